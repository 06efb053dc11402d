/**
 * Turns the events of one resolved week into the steps of its animation, in
 * the order resolution produced them (docs/model.md §3): answers are stamped,
 * signed packages sealed on their levers, settled levers locked, packages
 * made void by a signature fail on the board, new packages travel, and last
 * the meters and support bars move. Each step plays its items together; a
 * week is at most six steps. Pure: no Phaser here.
 */
import type { GameEvent } from '../../engine/index';

export type Step =
  | {
      readonly kind: 'answer';
      readonly items: readonly { readonly actor: number; readonly answer: 'accept' | 'reject' | 'counter' }[];
    }
  | { readonly kind: 'sign'; readonly items: readonly { readonly lever: number; readonly option: number }[] }
  | { readonly kind: 'settle'; readonly levers: readonly number[] }
  | { readonly kind: 'void'; readonly items: readonly { readonly lever: number; readonly package: string }[] }
  | { readonly kind: 'deliver'; readonly items: readonly { readonly from: number; readonly to: readonly number[] }[] }
  | { readonly kind: 'values' };

/** Milliseconds per step kind; a full week stays under three seconds and a half. */
export const STEP_MS: Readonly<Record<Step['kind'], number>> = {
  answer: 520,
  sign: 560,
  settle: 380,
  void: 520,
  deliver: 560,
  values: 600,
};

export function planWeek(events: readonly GameEvent[]): Step[] {
  const answers: Extract<Step, { kind: 'answer' }>['items'][number][] = [];
  const signs: Extract<Step, { kind: 'sign' }>['items'][number][] = [];
  const settles: number[] = [];
  const voids: Extract<Step, { kind: 'void' }>['items'][number][] = [];
  const deliveries: Extract<Step, { kind: 'deliver' }>['items'][number][] = [];
  let values = false;
  for (const e of events) {
    switch (e.type) {
      case 'answered':
        if (e.answer !== 'none') answers.push({ actor: e.actor, answer: e.answer });
        break;
      case 'package_signed':
        for (const c of e.package.clauses) signs.push({ lever: c.lever, option: c.option });
        break;
      case 'lever_settled':
        settles.push(e.lever);
        break;
      case 'package_void':
        voids.push({ lever: e.lever, package: e.package });
        break;
      case 'package_delivered': {
        const to = [...new Set([...e.package.parties, ...e.package.copied])].filter((a) => a !== e.package.proposer);
        if (to.length > 0) deliveries.push({ from: e.package.proposer, to });
        break;
      }
      case 'values_changed':
        if (e.changes.some((c) => c.from !== c.to)) values = true;
        break;
      default:
        // Other events (news, meetings, statements…) are told by the DOM log; the redraw shows their result.
        break;
    }
  }
  const steps: Step[] = [];
  if (answers.length) steps.push({ kind: 'answer', items: answers });
  if (signs.length) steps.push({ kind: 'sign', items: signs });
  if (settles.length) steps.push({ kind: 'settle', levers: settles });
  if (voids.length) steps.push({ kind: 'void', items: voids });
  if (deliveries.length) steps.push({ kind: 'deliver', items: deliveries });
  if (values) steps.push({ kind: 'values' });
  return steps;
}
