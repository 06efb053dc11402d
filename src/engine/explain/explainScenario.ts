/**
 * What a scenario's author needs to know before a whole balance run
 * (`npm run scenario -- explain`, docs/authoring.md): at the start of the
 * game, each actor's utility of the status quo beside its reservation value
 * (docs/model.md §1); the whole table's zone of possible agreement, the
 * packages every actor prefers to no deal (docs/analytics.md); how many
 * packages each actor prefers to no deal and its favourite; and which endings
 * a quick batch of games with the default negotiator in every seat reaches.
 */
import { longNames, type LongName } from './longNames';
import { createGame } from '../game/createGame';
import { envOf } from '../game/envOf';
import { worldPart } from '../balance/DealSpace';
import { optionsOf, packageTableOf } from '../model/packageTable';
import { reservationOf } from '../model/reservationOf';
import { utilityOf } from '../model/utilityOf';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { at } from '../util/at';
import { quickBatch } from './quickBatch';

export interface ActorAtStart {
  readonly id: string;
  readonly name: string;
  /** The name is grammatically plural ("the European allies sign"). */
  readonly plural: boolean;
  /** Utility of the status quo at the start. */
  readonly statusQuo: number;
  /** Reservation value at the start: what no deal is worth. */
  readonly reservation: number;
  /** Packages other than the status quo worth at least the reservation value to it (null: too many to count). */
  readonly acceptable: number | null;
  /** Its favourite package (each lever's option, by index), and what it is worth to it. */
  readonly favourite: { readonly options: readonly number[]; readonly utility: number } | null;
}

export interface Explanation {
  readonly actors: readonly ActorAtStart[];
  /** Every combination of options, one per lever, but the status quo (null when there are too many to enumerate). */
  readonly packages: number | null;
  /**
   * Packages other than the status quo worth at least its reservation value to every actor: the zone of possible
   * agreement (null: too many).
   */
  readonly zone: number | null;
  /**
   * Up to ZONE_SHOWN packages of the zone, those whose least gain over no deal (for the actor they suit least) is
   * largest first: the deals a game is most likely to find.
   */
  readonly zoneBest: readonly { readonly options: readonly number[]; readonly leastGain: number }[];
  /** Names the table will wrap onto several lines (longNames.ts). */
  readonly longNames: readonly LongName[];
  /** The quick batch: games played, and how many ended in each ending (in the scenario's order). */
  readonly batch: {
    readonly games: number;
    readonly endings: readonly { readonly id: string; readonly games: number }[];
  };
}

/** How many of the zone's packages an explanation shows. */
export const ZONE_SHOWN = 3;

export function explainScenario(scenario: CompiledScenario, games = 200): Explanation {
  const start = createGame(scenario, 1).state;
  const env = envOf(scenario, start);
  const options = start.levers.map((l) => l.option);
  const reservations = scenario.actors.map((a) => reservationOf(a, env));
  const worlds = scenario.actors.map((a) => worldPart(a.profile, start.values));
  const table = packageTableOf(scenario);
  const k = scenario.actors.length;

  const counts = scenario.actors.map(() => 0);
  const best = scenario.actors.map(() => ({ at: -1, utility: Number.NEGATIVE_INFINITY }));
  // Packages are numbered as an odometer turns, lever 0 fastest (optionsOf): the status quo's number, digit by digit.
  const statusQuo = scenario.levers.reduceRight((p, l) => p * l.options.length + l.statusQuo, 0);
  let zone = 0;
  let zoneBest: { readonly at: number; readonly leastGain: number }[] = [];
  if (table) {
    // Only packages no signatory's red line rules out (docs/model.md §4): the rest are no deal at all.
    for (const p of table.open) {
      if (p === statusQuo) continue;
      let everyone = true;
      let leastGain = Number.POSITIVE_INFINITY;
      for (let a = 0; a < k; a++) {
        const u = (table.parts[p * k + a] ?? Number.NaN) + at(worlds, a);
        const mine = at(best, a);
        if (u > mine.utility) best[a] = { at: p, utility: u };
        if (u >= at(reservations, a)) counts[a] = at(counts, a) + 1;
        else everyone = false;
        leastGain = Math.min(leastGain, u - at(reservations, a));
      }
      if (!everyone) continue;
      zone++;
      // Kept sorted, largest least gain first; on a tie the earlier package stays first.
      if (zoneBest.length < ZONE_SHOWN || leastGain > (zoneBest.at(-1)?.leastGain ?? 0))
        zoneBest = [...zoneBest, { at: p, leastGain }]
          .sort((x, y) => y.leastGain - x.leastGain || x.at - y.at)
          .slice(0, ZONE_SHOWN);
    }
  }

  const ended = quickBatch(scenario, 1, games + 1);
  return {
    actors: scenario.actors.map((a) => {
      const favourite = at(best, a.index);
      return {
        id: a.id,
        name: a.name,
        plural: a.plural,
        statusQuo: utilityOf(a.profile, options, start.values),
        reservation: at(reservations, a.index),
        acceptable: table ? at(counts, a.index) : null,
        favourite:
          table && favourite.at >= 0
            ? { options: optionsOf(scenario, favourite.at), utility: favourite.utility }
            : null,
      };
    }),
    packages: table ? table.size - 1 : null,
    zone: table ? zone : null,
    zoneBest: zoneBest.map((z) => ({ options: optionsOf(scenario, z.at), leastGain: z.leastGain })),
    longNames: longNames(scenario),
    batch: { games, endings: scenario.endings.map((e) => ({ id: e.id, games: at(ended, e.index) })) },
  };
}
