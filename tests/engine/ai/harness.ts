/**
 * Shared helpers for the negotiator's behaviour tests: watch a negotiator
 * decide — every decide() call is handed to a check together with the seat's
 * view, its legal actions, the orders it gave, the memory it started the week
 * with and the one it kept, and a shadow opponent model rebuilt from that
 * memory and fed exactly the events the policy's own model was fed, so a
 * test can re-derive each decision by the documented formulas.
 */
import type { Action } from '../../../src/engine/game/Action';
import type { LegalActions } from '../../../src/engine/game/legalActions';
import type { PublicScenario } from '../../../src/engine/game/PublicScenario';
import type { SeatView } from '../../../src/engine/game/viewFor';
import { negotiatorPolicy, type NegotiatorMemory } from '../../../src/engine/ai/negotiatorPolicy';
import { copyOpponentData, OpponentModel } from '../../../src/engine/ai/OpponentModel';
import { PERSONAS, type Persona } from '../../../src/engine/ai/Persona';
import type { Policy, PolicyFactory } from '../../../src/engine/policies/Policy';

export { playGame, seeds } from '../playGame';

export const persona = (id: string): Persona => {
  const p = PERSONAS.find((x) => x.id === id);
  if (!p) throw new Error(`no persona ${id}`);
  return p;
};

export interface Decision {
  readonly scenario: PublicScenario;
  readonly seed: number;
  readonly persona: Persona;
  readonly view: SeatView;
  readonly legal: LegalActions;
  readonly actions: readonly Action[];
  /** Its memory at the start of the week, and what it kept for the next. */
  readonly memory: NegotiatorMemory;
  readonly next: NegotiatorMemory;
  /** Rebuilt from `memory` and fed the events of `view.recent`, as the policy's own model is. */
  readonly model: OpponentModel;
}

/** A negotiator whose every decision is passed to `check` before the game goes on. */
export function watched(p: Persona, check: (d: Decision) => void): PolicyFactory {
  const inner = negotiatorPolicy(p);
  return (context) => {
    const policy = inner(context) as Policy<NegotiatorMemory>;
    const wrapper: Policy<NegotiatorMemory> = {
      id: policy.id,
      start: () => policy.start(),
      isMemory: (data): data is NegotiatorMemory => policy.isMemory(data),
      decide(view, legal, memory) {
        const model = new OpponentModel(context.scenario, context.actor, copyOpponentData(memory.model));
        model.observe(view.recent, memory.costliest);
        const decision = policy.decide(view, legal, memory);
        check({
          scenario: context.scenario,
          seed: context.seed,
          persona: p,
          view,
          legal,
          actions: decision.orders,
          memory,
          next: decision.memory,
          model,
        });
        return decision;
      },
    };
    return wrapper as Policy;
  };
}
