/**
 * Shared helpers for the negotiator's behaviour tests: play whole games with
 * policies in every seat, and watch a negotiator decide — every decide() call
 * is handed to a check together with the seat's view, its legal actions, the
 * orders it gave and a shadow opponent model fed exactly what the policy's
 * own model was fed, so a test can re-derive each decision by the documented
 * formulas.
 */
import type { Action } from '../../../src/engine/game/Action';
import type { GameEvent } from '../../../src/engine/game/GameEvent';
import type { LegalActions } from '../../../src/engine/game/legalActions';
import type { PublicScenario } from '../../../src/engine/game/PublicScenario';
import type { ActorView } from '../../../src/engine/game/viewFor';
import { negotiatorPolicy } from '../../../src/engine/ai/negotiatorPolicy';
import { OpponentModel } from '../../../src/engine/ai/OpponentModel';
import { PERSONAS, type Persona } from '../../../src/engine/ai/Persona';
import type { Policy, PolicyFactory } from '../../../src/engine/policies/Policy';
import { makePolicies, playWeeks, startGame, type PlayedGame } from '../../../src/engine/replay/playWeeks';
import type { CompiledScenario } from '../../../src/engine/scenario/CompiledScenario';

export const persona = (id: string): Persona => {
  const p = PERSONAS.find((x) => x.id === id);
  if (!p) throw new Error(`no persona ${id}`);
  return p;
};

export interface Decision {
  readonly scenario: PublicScenario;
  readonly seed: number;
  readonly persona: Persona;
  readonly view: ActorView;
  readonly legal: LegalActions;
  readonly actions: readonly Action[];
  /** Fed the same events, with the same "view at the start of that week", as the policy's own model. */
  readonly model: OpponentModel;
}

/** A negotiator whose every decision is passed to `check` before the game goes on. */
export function watched(p: Persona, check: (d: Decision) => void): PolicyFactory {
  const inner = negotiatorPolicy(p);
  return (context) => {
    const policy = inner(context);
    const model = new OpponentModel(context.scenario, context.actor);
    let lastView: ActorView | undefined;
    const wrapper: Policy = {
      id: policy.id,
      observe(events: readonly GameEvent[]) {
        model.observe(events, lastView);
        policy.observe?.(events);
      },
      decide(view, legal) {
        lastView = view;
        const actions = policy.decide(view, legal);
        check({ scenario: context.scenario, seed: context.seed, persona: p, view, legal, actions, model });
        return actions;
      },
    };
    return wrapper;
  };
}

/** One whole game from `seed` with these factories, one per seat. */
export function playGame(scenario: CompiledScenario, seed: number, factories: readonly PolicyFactory[]): PlayedGame {
  const start = startGame(scenario, seed);
  return playWeeks(scenario, start, makePolicies(scenario, seed, factories, start.events));
}

/** Seeds 1…n. */
export const seeds = (n: number, from = 1): number[] => Array.from({ length: n }, (_, i) => from + i);
