/**
 * Whether untrusted data (an order from a saved game or a network message)
 * is Reasons data (Reasons.ts) whose every index names something in this
 * scenario: the log and every view read reasons, so a malformed one must be
 * refused by the rules, never crash them later.
 */
import type { PublicScenario } from './PublicScenario';

type Data = Readonly<Record<string, unknown>>;

const isObject = (x: unknown): x is Data => x !== null && typeof x === 'object' && !Array.isArray(x);
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isIndex = (x: unknown, length: number): x is number =>
  Number.isInteger(x) && (x as number) >= 0 && (x as number) < length;

export function isReasons(scenario: PublicScenario, x: unknown): boolean {
  if (!isObject(x)) return false;
  const actors = scenario.actors.length;
  const lever = (l: unknown) => isIndex(l, scenario.levers.length);
  const option = (l: unknown, o: unknown) => lever(l) && isIndex(o, scenario.levers[l as number]?.options.length ?? 0);
  const gains = (g: unknown) =>
    Array.isArray(g) &&
    g.length <= actors &&
    g.every((e) => isObject(e) && isIndex(e.actor, actors) && isNumber(e.gain));
  const optional = (v: unknown, ok: (v: unknown) => boolean) => v === undefined || ok(v);

  const pub = x.public;
  const publicOk =
    isObject(pub) &&
    (pub.kind === 'answer'
      ? ['acceptable', 'close', 'far'].includes(pub.verdict as string) &&
        optional(pub.sticking, lever) &&
        typeof pub.countered === 'boolean'
      : pub.kind === 'red_line_crossed'
        ? optional(pub.lever, lever) && typeof pub.countered === 'boolean'
        : pub.kind === 'proposal'
          ? typeof pub.acceptable === 'boolean'
          : pub.kind === 'learn'
            ? isIndex(pub.about, actors)
            : pub.kind === 'commitment' || pub.kind === 'pressure');
  if (!publicOk) return false;

  const p = x.private;
  if (p === null) return true;
  if (!isObject(p)) return false;
  switch (p.kind) {
    case 'answer': {
      const a = p.assessment;
      const assessed =
        isObject(a) &&
        (a.kind === 'red_line'
          ? option(a.lever, a.option)
          : a.kind === 'value' &&
            ['worth', 'target', 'reservation', 't', 'temperament', 'trust'].every((k) => isNumber(a[k])) &&
            (a.costliest === null ||
              (isObject(a.costliest) && lever(a.costliest.lever) && isNumber(a.costliest.loss))));
      const then = p.then;
      const followed =
        then === null ||
        (isObject(then) &&
          (then.kind === 'no_counter' || (then.kind === 'counter' && isNumber(then.own) && gains(then.gains))));
      return assessed && followed;
    }
    case 'proposal':
      return isNumber(p.own) && isNumber(p.target) && gains(p.gains) && typeof p.acceptable === 'boolean';
    case 'red_lines':
      return (
        lever(p.lever) &&
        Array.isArray(p.options) &&
        p.options.length <= 64 &&
        p.options.every((o) => option(p.lever, o))
      );
    case 'meet':
      return isIndex(p.other, actors) && isNumber(p.width);
    case 'pressure':
      return ['stalled', 't', 'from', 'cost'].every((k) => isNumber(p[k]));
    default:
      return false;
  }
}
