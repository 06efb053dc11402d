/**
 * Reasons for an answer, in two parts (docs/model.md §5). The private part has the
 * exact numbers; the public part only says how far the package is
 * ("acceptable", "close", "far from acceptable") and names the costliest
 * clause only to a receiver that has already learnt it matters — so a
 * student cannot read hidden weights off a few answers.
 */
import { fmt } from '../game/formatEvent';
import type { Clause } from '../game/GameState';
import type { PublicScenario } from '../game/PublicScenario';
import type { Reasons } from '../game/Reasons';
import type { SeatView } from '../game/viewFor';

/** Gaps (target − worth) up to this many points read as "close". */
export const CLOSE_GAP = 8;

export interface AnswerFacts {
  readonly worth: number;
  readonly target: number;
  readonly reservation: number;
  readonly t: number;
  readonly temperament: number;
  readonly trust: number;
  /** The clause that costs the seat most, if any costs it anything. */
  readonly costliest: { readonly clause: Clause; readonly loss: number } | null;
  /** Whether the receiver has learnt that lever matters to the seat. */
  readonly receiverKnowsCostliest: boolean;
  readonly redLine: Clause | null;
  readonly redLineDeclared: boolean;
}

export function publicVerdict(gap: number): string {
  return gap <= 0 ? 'acceptable' : gap <= CLOSE_GAP ? 'close' : 'far from acceptable';
}

export function explainAnswer(scenario: PublicScenario, view: SeatView, facts: AnswerFacts): Reasons {
  const me = scenario.actors[view.actor]!.name;
  const leverName = (c: Clause) => scenario.levers[c.lever]!.name;
  if (facts.redLine) {
    const lever = leverName(facts.redLine);
    const option = scenario.levers[facts.redLine.lever]!.options[facts.redLine.option]!.name;
    return {
      public: facts.redLineDeclared
        ? `it crosses ${me}'s declared red line on ${lever}`
        : `${me} will not sign one of its clauses`,
      private: `"${option}" on ${lever} is a red line for ${me}`,
    };
  }
  const gap = facts.target - facts.worth;
  const verdict = publicVerdict(gap);
  const sticking =
    facts.costliest && gap > 0 && facts.receiverKnowsCostliest ? { sticking: facts.costliest.clause.lever } : {};
  const costs = facts.costliest
    ? `; the ${leverName(facts.costliest.clause)} clause costs it most (−${fmt(facts.costliest.loss)})`
    : '';
  return {
    public: verdict,
    ...sticking,
    private: `worth ${fmt(facts.worth)} to ${me}, it needs ${fmt(facts.target)} now (reservation ${fmt(facts.reservation)}, t ${fmt(facts.t)}, temperament ${fmt(facts.temperament)}, trust in proposer ${fmt(facts.trust)})${costs}`,
  };
}
