/**
 * legalActions is computed in one pass for speed; it must offer exactly what
 * checkAction accepts as a single order, in every state real games reach.
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../src/engine/game/Action';
import { checkAction } from '../../../src/engine/game/checkAction';
import type { GameState } from '../../../src/engine/game/GameState';
import { legalActions } from '../../../src/engine/game/legalActions';
import { createGame } from '../../../src/engine/game/createGame';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import { resolveWeek } from '../../../src/engine/game/resolveWeek';
import type { CompiledScenario } from '../../../src/engine/scenario/CompiledScenario';
import { playGame } from '../playGame';
import { fixture, ukraine } from './kit';
import { optionIndices } from '../../../src/engine/game/ids';

/** The state at the start of every week of a game with `policy` in every seat. */
function statesOf(scenario: CompiledScenario, seed: number, policy: string): GameState[] {
  const played = playGame(scenario, seed, policy);
  const states: GameState[] = [];
  let state = createGame(scenario, seed).state;
  for (let week = 1; !state.ended; week++) {
    states.push(state);
    state = resolveWeek(
      scenario,
      state,
      played.log.filter((a) => a.week === week).map((a) => a.action),
    ).state;
  }
  return states;
}

function agree(scenario: CompiledScenario, state: GameState): void {
  const pub = publicScenarioOf(scenario);
  for (const actor of scenario.actors.map((a) => a.index)) {
    const legal = legalActions(pub, state, actor);
    const ok = (action: Action) => checkAction(pub, state, [], action) === null;
    for (const lever of scenario.levers) {
      const offered = legal.proposable.find((p) => p.lever === lever.index)?.options ?? [];
      const accepted = optionIndices(lever).filter((o) =>
        ok({ type: 'propose', actor, clauses: [{ lever: lever.index, option: o }] }),
      );
      expect(offered, `${scenario.id} week ${state.week} actor ${actor} lever ${lever.id}`).toEqual(accepted);
    }
    const meetable = scenario.actors
      .map((a) => a.index)
      .filter((a) => a !== actor && ok({ type: 'meet', actor, with: [a] }));
    expect(legal.meetable).toEqual(meetable);
    const statements = scenario.levers.map((l) => l.index).filter((l) => ok({ type: 'flexibility', actor, lever: l }));
    expect(legal.statementLevers).toEqual(statements);
    const pressures = scenario.pressures
      .map((p) => p.index)
      .filter((p) => ok({ type: 'pressure', actor, pressure: p }));
    expect(legal.pressures).toEqual(pressures);
    for (const p of legal.toAnswer) expect(ok({ type: 'accept', actor, package: p.id })).toBe(true);
  }
}

describe('legalActions agrees with checkAction', () => {
  it.each(['minimal', 'three'])('on %s, in every week of games by several policies', (name) => {
    const scenario = fixture(name);
    for (const policy of ['random', 'negotiator', 'hardliner'])
      for (let seed = 1; seed <= 4; seed++)
        for (const state of statesOf(scenario, seed, policy)) agree(scenario, state);
  });

  it('on ukraine-2025, where a meeting rule restricts who may meet', () => {
    const scenario = ukraine();
    for (const policy of ['random', 'negotiator'])
      for (let seed = 1; seed <= 3; seed++)
        for (const state of statesOf(scenario, seed, policy)) agree(scenario, state);
  });
});
