/**
 * The streamed statistics of one population at one sweep step: counts,
 * exact sums and sums of squares, fixed-bin histograms — everything
 * mergeable, nothing per game. Two CellStats of disjoint games merge into
 * exactly what one run over all of them gives (integer counts add; sums are
 * exact, see ExactSum), so workers, chunks and shards never change a figure.
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { at } from '../util/at';
import { ACTION_TYPES } from '../game/Action';
import { Moments, type MomentsJson } from './Moments';
import type { GameObservation } from './observeGame';

/** Result histograms: bins of RESULT_BIN points from RESULT_MIN to RESULT_MAX, plus one below and one above. */
export const RESULT_MIN = -100;
export const RESULT_MAX = 100;
export const RESULT_BIN = 5;
export const RESULT_BINS = (RESULT_MAX - RESULT_MIN) / RESULT_BIN + 2;

export function resultBin(x: number): number {
  if (x < RESULT_MIN) return 0;
  if (x >= RESULT_MAX) return RESULT_BINS - 1;
  return 1 + Math.floor((x - RESULT_MIN) / RESULT_BIN);
}

export interface ActorStats {
  result: Moments;
  utility: Moments;
  resultHist: number[];
  good: number;
  /** [strong, fair, weak]. */
  grades: number[];
  /** BATNA calibration: result (u end − RV start) in games with no deal at all. */
  noDeal: Moments;
  /** u end − RV end in games with no deal. */
  noDealEnd: Moments;
  /** Uses per action type (ACTION_TYPES order). */
  actions: number[];
  /** Games in which the actor used each action type at least once. */
  actionGames: number[];
  unanswered: number;
  /** Paired with the baseline population's same game: result here − result there. */
  diff: Moments;
  /** Paired: good here (0/1) − good there. */
  goodDiff: Moments;
}

export interface CellStats {
  games: number;
  /** Per ending index. */
  endings: number[];
  early: number;
  /** Games by the week they ended in (index = week; 0 unused). */
  length: number[];
  lengthM: Moments;
  /** Games with at least one signed package. */
  agreed: number;
  deals: Moments;
  /** Agreed games by the week of their first signature. */
  firstDeal: number[];
  /** Signed packages by week. */
  dealWeeks: number[];
  /** Games by the first week at whose start the zone of agreement was open (index 0: never). */
  zopa: number[];
  /** Games by the first week at whose start the plan's zone of agreement held more than its start_max (index 0: never). */
  zone: number[];
  /** The share of packages in the plan's zone of agreement at the start, over the games that measured it. */
  zoneStart: Moments;
  welfare: Moments;
  distance: Moments;
  /** Games whose final deal leaves nothing that everyone could gain at once (distance ≈ 0). */
  efficient: number;
  /** Games with at least one package voided by the same-week conflict rule. */
  voidGames: number;
  /** Void packages by the lever that decided them. */
  voidLevers: number[];
  refused: number;
  actors: ActorStats[];
  /** Per pressure: uses, and games with a use. */
  pressures: number[];
  pressureGames: number[];
  /** proposed[lever][option]: clauses proposed (propose and counter). */
  proposed: number[][];
  /** signed[lever][option]: levers settled to that option. */
  signed: number[][];
  /** final[lever][option]: games ending with that option in force. */
  final: number[][];
  /** Per scenario event: games in which it fired. */
  fired: number[];
}

const zeros = (n: number) => new Array<number>(n).fill(0);

export function emptyCellStats(scenario: CompiledScenario): CellStats {
  const weeks = scenario.turns.count + 1;
  const byOption = () => scenario.levers.map((l) => zeros(l.options.length));
  return {
    games: 0,
    endings: zeros(scenario.endings.length),
    early: 0,
    length: zeros(weeks),
    lengthM: new Moments(),
    agreed: 0,
    deals: new Moments(),
    firstDeal: zeros(weeks),
    dealWeeks: zeros(weeks),
    zopa: zeros(weeks),
    zone: zeros(weeks),
    zoneStart: new Moments(),
    welfare: new Moments(),
    distance: new Moments(),
    efficient: 0,
    voidGames: 0,
    voidLevers: zeros(scenario.levers.length),
    refused: 0,
    actors: scenario.actors.map(() => ({
      result: new Moments(),
      utility: new Moments(),
      resultHist: zeros(RESULT_BINS),
      good: 0,
      grades: zeros(3),
      noDeal: new Moments(),
      noDealEnd: new Moments(),
      actions: zeros(ACTION_TYPES.length),
      actionGames: zeros(ACTION_TYPES.length),
      unanswered: 0,
      diff: new Moments(),
      goodDiff: new Moments(),
    })),
    pressures: zeros(scenario.pressures.length),
    pressureGames: zeros(scenario.pressures.length),
    proposed: byOption(),
    signed: byOption(),
    final: byOption(),
    fired: zeros(scenario.events.length),
  };
}

/** Distances below this count as on the frontier (rounding in sums of weights). */
export const EFFICIENT_EPSILON = 1e-9;

/** list[i] += by, for an index the scenario has already validated. */
const addAt = (list: number[], i: number, by: number) => {
  list[i] = at(list, i, 'count') + by;
};

const bump = (list: number[], i: number, by = 1) => {
  addAt(list, Math.min(Math.max(0, i), list.length - 1), by);
};

/** Adds one game; `baseline` is the same game (same seed) in the baseline population, for paired differences. */
export function addGame(stats: CellStats, game: GameObservation, baseline: GameObservation | null): void {
  stats.games++;
  bump(stats.endings, game.ending);
  if (game.early) stats.early++;
  bump(stats.length, game.week);
  stats.lengthM.add(game.week);
  const deals = game.signed.length;
  stats.deals.add(deals);
  if (deals > 0) {
    stats.agreed++;
    // In the order signed: the first is the earliest.
    bump(stats.firstDeal, at(game.signed, 0, 'signed package').week);
    for (const p of game.signed) bump(stats.dealWeeks, p.week);
  }
  bump(stats.zopa, game.zopaWeek);
  bump(stats.zone, game.zoneWeek);
  if (!Number.isNaN(game.zoneStart)) stats.zoneStart.add(game.zoneStart);
  stats.welfare.add(game.welfare);
  if (!Number.isNaN(game.distance)) {
    stats.distance.add(game.distance);
    if (game.distance <= EFFICIENT_EPSILON) stats.efficient++;
  }
  if (game.voidLevers.length > 0) stats.voidGames++;
  for (const l of game.voidLevers) bump(stats.voidLevers, l);
  stats.refused += game.refused;
  game.actors.forEach((o, a) => {
    const s = at(stats.actors, a, 'actor');
    s.result.add(o.result);
    s.utility.add(o.utility);
    bump(s.resultHist, resultBin(o.result));
    if (o.good) s.good++;
    bump(s.grades, o.grade);
    if (deals === 0) {
      s.noDeal.add(o.result);
      s.noDealEnd.add(o.endSurplus);
    }
    at(game.actions, a, 'actor').forEach((count, t) => {
      addAt(s.actions, t, count);
      if (count > 0) addAt(s.actionGames, t, 1);
    });
    s.unanswered += at(game.unanswered, a, 'actor');
    if (baseline) {
      const b = at(baseline.actors, a, 'actor');
      s.diff.add(o.result - b.result);
      s.goodDiff.add((o.good ? 1 : 0) - (b.good ? 1 : 0));
    }
  });
  game.pressures.forEach((count, p) => {
    addAt(stats.pressures, p, count);
    if (count > 0) addAt(stats.pressureGames, p, 1);
  });
  for (const [l, o] of game.proposed) addAt(at(stats.proposed, l, 'lever'), o, 1);
  // A signed package settles each of its levers (docs/model.md §3.2).
  for (const p of game.signed) for (const [l, o] of p.clauses) addAt(at(stats.signed, l, 'lever'), o, 1);
  game.finalOptions.forEach((o, l) => {
    addAt(at(stats.final, l, 'lever'), o, 1);
  });
  for (const e of game.fired) addAt(stats.fired, e, 1);
}

const addInto = (into: number[], from: readonly number[]) => {
  from.forEach((x, i) => {
    addAt(into, i, x);
  });
};

/** Adds `from` into `into` (disjoint games). */
export function mergeCellStats(into: CellStats, from: CellStats): void {
  into.games += from.games;
  addInto(into.endings, from.endings);
  into.early += from.early;
  addInto(into.length, from.length);
  into.lengthM.merge(from.lengthM);
  into.agreed += from.agreed;
  into.deals.merge(from.deals);
  addInto(into.firstDeal, from.firstDeal);
  addInto(into.dealWeeks, from.dealWeeks);
  addInto(into.zopa, from.zopa);
  addInto(into.zone, from.zone);
  into.zoneStart.merge(from.zoneStart);
  into.welfare.merge(from.welfare);
  into.distance.merge(from.distance);
  into.efficient += from.efficient;
  into.voidGames += from.voidGames;
  addInto(into.voidLevers, from.voidLevers);
  into.refused += from.refused;
  into.actors.forEach((s, a) => {
    const f = at(from.actors, a, 'actor');
    s.result.merge(f.result);
    s.utility.merge(f.utility);
    addInto(s.resultHist, f.resultHist);
    s.good += f.good;
    addInto(s.grades, f.grades);
    s.noDeal.merge(f.noDeal);
    s.noDealEnd.merge(f.noDealEnd);
    addInto(s.actions, f.actions);
    addInto(s.actionGames, f.actionGames);
    s.unanswered += f.unanswered;
    s.diff.merge(f.diff);
    s.goodDiff.merge(f.goodDiff);
  });
  addInto(into.pressures, from.pressures);
  addInto(into.pressureGames, from.pressureGames);
  into.proposed.forEach((row, l) => addInto(row, at(from.proposed, l, 'lever')));
  into.signed.forEach((row, l) => addInto(row, at(from.signed, l, 'lever')));
  into.final.forEach((row, l) => addInto(row, at(from.final, l, 'lever')));
  addInto(into.fired, from.fired);
}

/** JSON form: Moments become plain objects; everything else is already plain. */
export type CellStatsJson = ReturnType<typeof cellStatsToJson>;

export function cellStatsToJson(s: CellStats) {
  return {
    ...s,
    lengthM: s.lengthM.toJSON(),
    deals: s.deals.toJSON(),
    zoneStart: s.zoneStart.toJSON(),
    welfare: s.welfare.toJSON(),
    distance: s.distance.toJSON(),
    actors: s.actors.map((a) => ({
      ...a,
      result: a.result.toJSON(),
      utility: a.utility.toJSON(),
      noDeal: a.noDeal.toJSON(),
      noDealEnd: a.noDealEnd.toJSON(),
      diff: a.diff.toJSON(),
      goodDiff: a.goodDiff.toJSON(),
    })),
  };
}

export function cellStatsFromJson(json: CellStatsJson): CellStats {
  const m = (x: MomentsJson) => new Moments(x);
  const copy = (xs: readonly number[]) => [...xs];
  return {
    ...json,
    endings: copy(json.endings),
    length: copy(json.length),
    firstDeal: copy(json.firstDeal),
    dealWeeks: copy(json.dealWeeks),
    zopa: copy(json.zopa),
    zone: copy(json.zone),
    voidLevers: copy(json.voidLevers),
    pressures: copy(json.pressures),
    pressureGames: copy(json.pressureGames),
    proposed: json.proposed.map(copy),
    signed: json.signed.map(copy),
    final: json.final.map(copy),
    fired: copy(json.fired),
    lengthM: m(json.lengthM),
    deals: m(json.deals),
    zoneStart: m(json.zoneStart),
    welfare: m(json.welfare),
    distance: m(json.distance),
    actors: json.actors.map((a) => ({
      ...a,
      resultHist: copy(a.resultHist),
      grades: copy(a.grades),
      actions: copy(a.actions),
      actionGames: copy(a.actionGames),
      result: m(a.result),
      utility: m(a.utility),
      noDeal: m(a.noDeal),
      noDealEnd: m(a.noDealEnd),
      diff: m(a.diff),
      goodDiff: m(a.goodDiff),
    })),
  };
}
