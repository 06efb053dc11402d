import type { GameEvent } from '../engine/game/GameEvent';
import type { GameState } from '../engine/game/GameState';
import type { CompiledScenario } from '../engine/scenario/CompiledScenario';
import type { TableModel } from './TableModel';

/** The table as the seat sees it: public world, levers with the packages the seat knows of, this week's news. */
export function selectTableModel(
  scenario: CompiledScenario,
  state: GameState,
  events: readonly GameEvent[],
  seat: number,
): TableModel {
  const n = scenario.actors.length;
  const lastStart = lastIndexOf(events, (e) => e.type === 'week_started');
  const news = events.slice(lastStart + 1).flatMap((e) => {
    if (e.type !== 'news') return [];
    const def = scenario.events[e.event]!;
    return [{ headline: def.headline, label: def.provenance.label }];
  });
  const early = scenario.earlyEnd;
  return {
    title: scenario.title,
    week: state.week,
    weeks: scenario.turns.count,
    unit: scenario.turns.unit,
    ended: state.ended !== null,
    earlyEndChance: early && state.week >= early.fromWeek && state.week < scenario.turns.count ? early.chance : 0,
    actors: scenario.actors.map((a) => ({
      index: a.index,
      id: a.id,
      name: a.name,
      leader: a.leader,
      colour: a.colour,
      isSeat: a.index === seat,
      support: state.values[a.supportIndex]!,
    })),
    trust: scenario.actors.map((a) =>
      Array.from({ length: n }, (_, b) => (a.index === b ? 0 : state.values[scenario.trustIndex(a.index, b)]!)),
    ),
    levers: scenario.levers.map((l) => {
      const at = state.levers[l.index]!;
      const proposals = state.inbox
        .filter((p) => p.parties.includes(seat) || p.copied.includes(seat))
        .flatMap((p) =>
          p.clauses
            .filter((c) => c.lever === l.index)
            .map((c) => ({
              packageId: p.id,
              proposer: p.proposer,
              option: c.option,
              direction:
                p.proposer === seat
                  ? ('from-seat' as const)
                  : p.parties.includes(seat)
                    ? ('to-seat' as const)
                    : ('between-others' as const),
            })),
        );
      return {
        index: l.index,
        id: l.id,
        name: l.name,
        options: l.options.map((o) => o.name),
        statusQuo: l.statusQuo,
        status: at.settled ? ('settled' as const) : at.open ? ('open' as const) : ('closed' as const),
        option: at.option,
        signatories: l.signatories.map((s) => scenario.actors[s]!.name),
        proposals,
      };
    }),
    meters: scenario.values.flatMap((v, i) =>
      v.kind === 'world' ? [{ key: v.key, name: v.name, value: state.values[i]!, min: v.min, max: v.max }] : [],
    ),
    news,
  };
}

function lastIndexOf<T>(list: readonly T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i]!)) return i;
  return -1;
}
