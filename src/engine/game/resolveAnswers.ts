/**
 * Answers and signatures (docs/model.md §3): a package delivered last week is
 * signed when every party other than its proposer accepts it this week (no
 * answer is a rejection; a counter rejects). The week's signed packages are
 * ranked by the surplus of their least-satisfied party over its reservation
 * value (ties: a keyed draw — never the order of actors or clicks) and applied
 * in that order; one touching a lever already set is void as a whole. Signing
 * across one's own declared red line costs support.
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { reservationOf } from '../model/reservationOf';
import { utilityOf } from '../model/utilityOf';
import { keyedUnit } from '../rng/keyedUnit';
import type { Action } from './Action';
import { addDelta, changeValues, type Deltas } from './changeValues';
import type { Draft } from './Draft';
import { envOf } from './envOf';
import type { GameEvent } from './GameEvent';
import type { Package } from './GameState';
import { leversWith } from './leversWith';
import { overtakenClause } from './overtakenClause';
import { at } from '../util/at';
import { sorted } from '../util/sorted';

type Answer = Extract<Action, { type: 'accept' | 'reject' | 'counter' }>;

export function resolveAnswers(
  scenario: CompiledScenario,
  state: Draft,
  answers: readonly Answer[],
  emit: (events: readonly GameEvent[]) => void,
): void {
  const signed: { pkg: Package; minSurplus: number; tie: number }[] = [];
  const env = envOf(scenario, state);
  for (const pkg of sorted(state.inbox, (a, b) => (a.id < b.id ? -1 : 1))) {
    let all = true;
    for (const party of pkg.parties) {
      if (party === pkg.proposer) continue;
      const answer = answers.find((a) => a.actor === party && (a.type === 'counter' ? a.to : a.package) === pkg.id);
      const kind = answer ? (answer.type === 'counter' ? 'counter' : answer.type) : 'none';
      emit([
        {
          type: 'answered',
          actor: party,
          package: pkg.id,
          proposer: pkg.proposer,
          answer: kind,
          reasons: answer?.reasons ?? null,
        },
      ]);
      if (kind !== 'accept') all = false;
    }
    if (!all) {
      emit([{ type: 'package_expired', package: pkg.id, proposer: pkg.proposer }]);
      continue;
    }
    const options = leversWith(state.levers, pkg.clauses);
    // The least surplus by a loop, not Math.min over a spread of map(): a list of a new shape once this is optimised.
    let minSurplus = Infinity;
    for (const p of pkg.parties) {
      const actor = at(scenario.actors, p);
      minSurplus = Math.min(minSurplus, utilityOf(actor.profile, options, state.values) - reservationOf(actor, env));
    }
    signed.push({ pkg, minSurplus, tie: keyedUnit(state.seed, state.week, 'conflict', pkg.id) });
  }
  signed.sort((a, b) => b.minSurplus - a.minSurplus || a.tie - b.tie);
  const setBy = new Map<number, string>();
  const support: Deltas = [];
  signed.forEach(({ pkg, minSurplus }, rank) => {
    const taken = overtakenClause(scenario.levers, state.levers, pkg.clauses);
    if (taken) {
      emit([
        { type: 'package_void', package: pkg.id, lever: taken.lever, by: setBy.get(taken.lever) ?? 'an earlier deal' },
      ]);
      return;
    }
    emit([{ type: 'package_signed', package: pkg, rank: rank + 1, minSurplus }]);
    for (const c of pkg.clauses) {
      setBy.set(c.lever, pkg.id);
      emit([{ type: 'lever_settled', lever: c.lever, option: c.option, package: pkg.id }]);
      for (const party of pkg.parties) {
        if (at(at(state.redLines, party), c.lever).includes(c.option)) {
          emit([{ type: 'red_line_broken', actor: party, lever: c.lever, option: c.option }]);
          addDelta(
            support,
            at(scenario.actors, party).supportIndex,
            -scenario.actions.statement.red_line_support_cost,
            { kind: 'red_line_broken', actor: party, lever: c.lever },
          );
        }
      }
    }
  });
  emit(changeValues(scenario, state, support, 'red lines'));
}
