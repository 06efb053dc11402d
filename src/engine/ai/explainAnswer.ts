/**
 * Reasons for an answer, in two parts (docs/model.md §5–6), as data. The
 * private part has the exact numbers; the public part only says how far the
 * package is ("acceptable", "close", "far") and names the costliest clause
 * only to a receiver that has already learnt it matters — so a student
 * cannot read hidden weights off a few answers. A clause that crosses a red
 * line is always named: the package is public, and "which one?" is what its
 * proposer must know to try again. So is a clause whose lever was settled
 * after the package was offered: the package can no longer be signed. A
 * package that only costs the seat says so: "nothing in return" tells its
 * proposer what to add, not how much the seat values anything.
 */
import type { Clause } from '../game/GameState';
import { repays, type AnswerVerdict, type Reasons } from '../game/Reasons';

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
  /** A clause whose lever was settled after the package was offered (docs/model.md §3.2). */
  readonly overtaken: Clause | null;
  /**
   * Set when the package is worth the target yet only costs the seat (docs/model.md §6, "Nothing for nothing"): the
   * cost against what it has now, and what it owes the parties the package would help.
   */
  readonly gift: { readonly cost: number; readonly owed: number } | null;
}

export function publicVerdict(gap: number): AnswerVerdict {
  return gap <= 0 ? 'acceptable' : gap <= CLOSE_GAP ? 'close' : 'far';
}

export function explainAnswer(facts: AnswerFacts): Reasons {
  // First: a package that can no longer be signed is refused whatever it is worth.
  if (facts.overtaken) {
    const { lever } = facts.overtaken;
    return {
      public: { kind: 'overtaken', lever, countered: false },
      private: { kind: 'answer', assessment: { kind: 'overtaken', lever }, then: null },
    };
  }
  if (facts.redLine) {
    const { lever, option } = facts.redLine;
    return {
      public: { kind: 'red_line_crossed', lever, countered: false },
      private: { kind: 'answer', assessment: { kind: 'red_line', lever, option }, then: null },
    };
  }
  if (facts.gift) {
    const { cost, owed } = facts.gift;
    return {
      public: repays(facts.gift)
        ? { kind: 'answer', verdict: 'acceptable', countered: false }
        : { kind: 'nothing_in_return', countered: false },
      private: { kind: 'answer', assessment: { kind: 'gift', worth: facts.worth, cost, owed }, then: null },
    };
  }
  const gap = facts.target - facts.worth;
  const verdict = publicVerdict(gap);
  const { worth, target, reservation, t, temperament, trust } = facts;
  const costliest = facts.costliest && { lever: facts.costliest.clause.lever, loss: facts.costliest.loss };
  return {
    // Two literals, not a spread of an optional part: every answer of every seat is explained.
    public:
      facts.costliest && gap > 0 && facts.receiverKnowsCostliest
        ? { kind: 'answer', verdict, sticking: facts.costliest.clause.lever, countered: false }
        : { kind: 'answer', verdict, countered: false },
    private: {
      kind: 'answer',
      assessment: { kind: 'value', worth, target, reservation, t, temperament, trust, costliest },
      then: null,
    },
  };
}
