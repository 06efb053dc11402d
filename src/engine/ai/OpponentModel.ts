/**
 * What one seat believes about the others, learnt only from what it may see
 * (docs/model.md "Opponent model"):
 *  - weights ŵ_j,l: the midpoint of its estimate interval (meetings and
 *    statements narrow it), ×(1 + 0.3·r) where r counts j's rejections of
 *    packages with a clause on l, ×1.5 on j's costliest lever once learnt;
 *    normalised to sum 1;
 *  - option values v̂_j(l,o): 50 when nothing is known; 100 for an option j
 *    proposed; 20 for one j declared a red line; at least 70 for one in a
 *    package j accepted; −10 per rejection of a package holding it;
 *  - j's estimated gain from a package: Σ ŵ_j,l·(v̂_j(l,o) − v̂_j(l, option in force)).
 * It also remembers which of its own levers it has revealed to whom (its
 * costliest lever at a meeting, any lever it made a statement on), so public
 * reasons name a clause only to those who have learnt it.
 */
import type { GameEvent } from '../game/GameEvent';
import type { Clause, Package } from '../game/GameState';
import type { PublicScenario } from '../game/PublicScenario';
import type { ActorView } from '../game/viewFor';
import { costliestOpenLever } from '../model/costliestOpenLever';

export const REJECTION_WEIGHT_STEP = 0.3;
export const COSTLIEST_WEIGHT_FACTOR = 1.5;
const UNKNOWN = 50;
const PROPOSED = 100;
const RED_LINE = 20;
const ACCEPTED = 70;
const REJECTED_STEP = 10;

export class OpponentModel {
  private readonly packages = new Map<string, Package>();
  /** rejections[j][l] */
  private readonly rejections: number[][];
  /** values[j][l][o], undefined = unknown */
  private readonly values: (number | undefined)[][][];
  /** revealed[j]: own levers j has learnt matter to this seat. */
  private readonly revealed: Set<number>[];

  constructor(
    private readonly scenario: PublicScenario,
    private readonly self: number,
  ) {
    const n = scenario.actors.length;
    this.rejections = Array.from({ length: n }, () => scenario.levers.map(() => 0));
    this.values = Array.from({ length: n }, () =>
      scenario.levers.map((l) => l.options.map((): number | undefined => undefined)),
    );
    this.revealed = Array.from({ length: n }, () => new Set<number>());
  }

  /** Learn from the events this seat may see; `view` is the seat's view at the start of the week they happened in. */
  observe(events: readonly GameEvent[], view: ActorView | undefined): void {
    for (const e of events) {
      switch (e.type) {
        case 'package_delivered':
          this.packages.set(e.package.id, e.package);
          for (const c of e.package.clauses) this.values[e.package.proposer]![c.lever]![c.option] = PROPOSED;
          break;
        case 'answered': {
          const pkg = this.packages.get(e.package);
          if (!pkg || e.actor === this.self) break;
          for (const c of pkg.clauses) {
            const known = this.values[e.actor]![c.lever]!;
            if (e.answer === 'accept') known[c.option] = Math.max(known[c.option] ?? UNKNOWN, ACCEPTED);
            else {
              this.rejections[e.actor]![c.lever]! += 1;
              known[c.option] = Math.max(0, (known[c.option] ?? UNKNOWN) - REJECTED_STEP);
            }
          }
          break;
        }
        case 'red_line_declared':
          if (e.actor === this.self) this.revealAll(e.lever);
          else for (const o of e.options) this.values[e.actor]![e.lever]![o] = RED_LINE;
          break;
        case 'flexibility_signalled':
          if (e.actor === this.self) this.revealAll(e.lever);
          break;
        case 'meeting_held':
          if (view && e.participants.includes(this.self)) {
            const lever = costliestOpenLever(view.profile, view.levers);
            if (lever >= 0) for (const p of e.participants) if (p !== this.self) this.revealed[p]!.add(lever);
          }
          break;
        default:
          break;
      }
    }
  }

  private revealAll(lever: number): void {
    for (const set of this.revealed) set.add(lever);
  }

  /** Whether `other` has learnt that `lever` matters to this seat. */
  hasRevealed(other: number, lever: number): boolean {
    return this.revealed[other]!.has(lever);
  }

  rejectionsOf(other: number, lever: number): number {
    return this.rejections[other]![lever]!;
  }

  /** ŵ_j for every lever, normalised. */
  weightsOf(view: ActorView, other: number): number[] {
    const raw = this.scenario.levers.map((l) => {
      const [lo, hi] = view.estimates[other]![l.index]!;
      const costliest = view.costliest[other] === l.index ? COSTLIEST_WEIGHT_FACTOR : 1;
      return ((lo + hi) / 2) * (1 + REJECTION_WEIGHT_STEP * this.rejections[other]![l.index]!) * costliest;
    });
    const sum = raw.reduce((a, b) => a + b, 0);
    return sum > 0 ? raw.map((w) => w / sum) : raw;
  }

  valueOf(other: number, lever: number, option: number): number {
    return this.values[other]![lever]![option] ?? UNKNOWN;
  }

  /** j's estimated utility gain if `clauses` were signed now. */
  gainOf(view: ActorView, other: number, clauses: readonly Clause[], weights = this.weightsOf(view, other)): number {
    let gain = 0;
    for (const c of clauses) {
      const current = view.levers[c.lever]!.option;
      gain += weights[c.lever]! * (this.valueOf(other, c.lever, c.option) - this.valueOf(other, c.lever, current));
    }
    return gain;
  }
}
