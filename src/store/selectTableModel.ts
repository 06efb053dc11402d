import {
  capitalise,
  at,
  endingDangers,
  endingThresholds,
  packageName,
  stillTo as stillToOf,
  theName,
  type EndingThreshold,
  type GameEvent,
} from '../engine/index';
import type { SeatGame } from './AppState';
import type { MeterThreshold, TableModel } from './TableModel';
import { lastTrustChanges } from './lastTrustChanges';
import { shortCodes } from './shortCodes';

/** The table as the seat sees it, from its view and its log: the public world, levers with the packages the seat knows of, this week's news. */
export function selectTableModel(game: Pick<SeatGame, 'view' | 'log'>): TableModel {
  const { view, log } = game;
  const { scenario, actor: seat } = view;
  const lastStart = lastIndexOf(log.events, (e) => e.type === 'week_started');
  const news = log.events.slice(lastStart + 1).flatMap((e) => {
    if (e.type !== 'news') return [];
    const def = at(scenario.events, e.event, 'event');
    return [{ headline: def.headline, label: def.provenance.label }];
  });
  const early = scenario.earlyEnd;
  const thresholds = endingThresholds(scenario);
  // The rule of "near" is the engine's (docs/model.md §3.4); the table only draws it.
  const dangers = endingDangers(scenario, view.values);
  const isNear = (t: EndingThreshold) => dangers.some((d) => d.ending === t.ending && d.value === t.value);
  const codes = shortCodes(scenario.actors.map((a) => a.name));
  return {
    title: scenario.title,
    week: view.week,
    weeks: scenario.turns.count,
    unit: scenario.turns.unit,
    ended: view.ended !== null,
    earlyEndChance: early && view.week >= early.fromWeek && view.week < scenario.turns.count ? early.chance : 0,
    earlyEnd:
      early && early.fromWeek <= scenario.turns.count ? { fromWeek: early.fromWeek, chance: early.chance } : null,
    actors: scenario.actors.map((a, i) => ({
      index: a.index,
      id: a.id,
      name: a.name,
      called: theName(a),
      code: codes[i] ?? '',
      leader: a.leader,
      colour: a.colour,
      emblem: a.emblem,
      isSeat: a.index === seat,
      support: at(view.values, a.supportIndex, 'value'),
    })),
    trust: scenario.actors.map((a) =>
      scenario.actors.map((b) =>
        a.index === b.index ? 0 : at(view.values, scenario.trustIndex(a.index, b.index), 'value'),
      ),
    ),
    trustChanges: lastTrustChanges(scenario, log.events),
    levers: scenario.levers.map((l) => {
      const now = at(view.levers, l.index, 'lever');
      const stillTo = stillToOf(l, now);
      // The seat's share of the packages in play: made by it, awaiting its answer, or copied to it.
      const proposals = view.inbox.flatMap((p) =>
        p.clauses
          .filter((c) => c.lever === l.index)
          .map((c) => ({
            packageId: p.id,
            name: capitalise(packageName(scenario, p, seat)),
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
        status: now.settled ? ('settled' as const) : now.open ? ('open' as const) : ('closed' as const),
        stillTo,
        option: now.option,
        signatories: l.signatories.map((s) => theName(at(scenario.actors, s, 'actor'))),
        // A signed lever is locked but for the options its option leads to: a package naming any other can change
        // nothing there, so it is not pinned.
        proposals: now.settled ? proposals.filter((p) => stillTo.includes(p.option)) : proposals,
      };
    }),
    meters: scenario.values.flatMap((v, i) =>
      v.kind === 'world'
        ? [
            {
              key: v.key,
              name: v.name,
              value: at(view.values, i, 'value'),
              min: v.min,
              max: v.max,
              thresholds: thresholds
                .filter((t) => t.value === i)
                .map((t): MeterThreshold => ({ ...thresholdOf(t), near: isNear(t) })),
            },
          ]
        : [],
    ),
    dangers: dangers.flatMap((d) => {
      const def = at(scenario.values, d.value, 'value');
      return def.kind === 'world'
        ? [
            {
              meter: def.name,
              ending: d.title,
              value: view.values[d.value] ?? 0,
              at: d.at,
              side: thresholdOf(d).side,
              crossed: d.distance <= 0,
            },
          ]
        : [];
    }),
    news,
  };
}

function thresholdOf(t: EndingThreshold): Omit<MeterThreshold, 'near'> {
  return { ending: t.title, at: t.at, side: t.op === '>=' || t.op === '>' ? 'above' : 'below', alone: t.alone };
}

function lastIndexOf(list: readonly GameEvent[], test: (x: GameEvent) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(at(list, i))) return i;
  return -1;
}
