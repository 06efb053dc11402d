/**
 * The package search behind proposals, counters and the adviser. The space is
 * every package a seat may propose now — each open lever it may propose either
 * left out or set to an allowed option, at most `maxClauses` clauses — never
 * crossing the seat's own red lines (hidden or declared) nor another party's
 * declared ones. It is enumerated once per decision (`packageSpace`) into flat
 * arrays: the seat's exact utility (links and world included), a bit mask of
 * levers and of parties, and every other actor's estimated gain from the
 * opponent model. Each question (`best`) is then a scan of those arrays.
 */
import type { Clause } from '../game/GameState';
import type { LegalActions } from '../game/legalActions';
import type { PublicScenario } from '../game/PublicScenario';
import type { SeatView } from '../game/viewFor';
import { utilityOf } from '../model/utilityOf';
import type { OpponentModel } from './OpponentModel';
import { signerMask } from '../model/packageTable';
import { at, missing } from '../util/at';

export interface SearchRequest {
  /** Minimum gain each other party must get, by the opponent model. */
  readonly demand: number;
  /** Only packages estimated acceptable to every other party. */
  readonly acceptableOnly: boolean;
  /** Only packages worth at least this to the seat. */
  readonly minOwn: number;
  /** Only packages this actor is a party to (a counter must reach the proposer). */
  readonly mustInclude?: number;
  /** Levers already used in this week's orders. */
  readonly excludeLevers?: ReadonlySet<number>;
}

export interface Found {
  readonly clauses: readonly Clause[];
  readonly own: number;
  readonly parties: readonly number[];
  /** Estimated gain per party (the seat's own entry is its exact gain). */
  readonly gains: readonly number[];
}

export interface PackageSpace {
  best(request: SearchRequest): Found | null;
}

export function packageSpace(
  scenario: PublicScenario,
  view: SeatView,
  legal: LegalActions,
  model: OpponentModel,
  maxClauses: number,
): PackageSpace {
  const self = view.actor;
  const n = scenario.actors.length;
  const options = view.levers.map((l) => l.option);
  const base = utilityOf(view.profile, options, view.values);
  const choices = legal.proposable
    .map((p) => {
      const signatories = at(scenario.levers, p.lever).signatories;
      const ownRed = at(view.profile.redLines, p.lever);
      return {
        lever: p.lever,
        signers: signerMask(at(scenario.levers, p.lever)),
        options: p.options.filter(
          (o) => !ownRed[o] && signatories.every((s) => !at(at(view.redLines, s), p.lever).includes(o)),
        ),
      };
    })
    .filter((c) => c.options.length > 0);
  const weights = scenario.actors.map((a) => (a.index === self ? [] : model.weightsOf(view, a.index)));
  // Every choice's options in one list: the i-th option of choice k is q = first[k] + i. gain[q·n + j] is
  // actor j's estimated gain from it (the seat's own: 0), ownDelta[q] the seat's exact one.
  const first: number[] = [];
  const gain: number[] = [];
  const ownDelta: number[] = [];
  for (const c of choices) {
    first.push(ownDelta.length);
    const weighted = at(view.profile.weighted, c.lever);
    const now = at(options, c.lever);
    for (const o of c.options) {
      for (const a of scenario.actors)
        gain.push(
          a.index === self
            ? 0
            : at(at(weights, a.index), c.lever) *
                (model.valueOf(a.index, c.lever, o) - model.valueOf(a.index, c.lever, now)),
        );
      ownDelta.push(at(weighted, o) - at(weighted, now));
    }
  }
  const links = view.profile.links;
  const linkBase = links.reduce(
    (sum, k) => sum + (options[k.a.lever] === k.a.option && options[k.b.lever] === k.b.option ? k.bonus : 0),
    0,
  );

  // The flat table of candidates, sized exactly: ways[m] packages of m clauses.
  const ways = new Array<number>(maxClauses + 1).fill(0);
  ways[0] = 1;
  for (const c of choices)
    for (let m = maxClauses; m >= 1; m--) ways[m] = at(ways, m) + at(ways, m - 1) * c.options.length;
  const size = ways.reduce((sum, w) => sum + w, 0) - 1;
  const own = new Array<number>(size);
  const leverMask = new Array<number>(size);
  const partyMask = new Array<number>(size);
  const gains = new Array<number>(size * n);
  // Each candidate is its prefix plus one clause: a parent pointer and a code (choice·64 + option).
  const parent = new Array<number>(size);
  const code = new Array<number>(size);
  const clauseCount = new Array<number>(size);
  let count = 0;
  // The candidate being built: its clauses' codes, and the candidates of its prefixes.
  const stack = new Array<number>(maxClauses).fill(0);
  const prefix = new Array<number>(maxClauses).fill(-1);
  const sums = new Array<number>(n).fill(0);
  let ownSum = 0;
  let levers = 0;
  let parties = 1 << self;

  const record = (depth: number) => {
    let linkNow = 0;
    for (const k of links)
      if (options[k.a.lever] === k.a.option && options[k.b.lever] === k.b.option) linkNow += k.bonus;
    own[count] = base + ownSum + linkNow - linkBase;
    leverMask[count] = levers;
    partyMask[count] = parties;
    for (let j = 0; j < n; j++) gains[count * n + j] = sums[j] ?? NaN;
    parent[count] = depth > 1 ? (prefix[depth - 2] ?? -1) : -1;
    code[count] = stack[depth - 1] ?? -1;
    clauseCount[count] = depth;
    prefix[depth - 1] = count;
    count++;
  };
  // Depth-first over choices in index order, each set to each of its options in turn: the candidates'
  // order, and every sum's order of additions, are those of a package built clause by clause.
  const walk = (from: number, depth: number) => {
    for (let k = from; k < choices.length; k++) {
      const choice = at(choices, k);
      const previous = at(options, choice.lever);
      const savedParties = parties;
      parties |= choice.signers;
      levers |= 1 << choice.lever;
      for (let i = 0, q = at(first, k); i < choice.options.length; i++, q++) {
        const delta = ownDelta[q];
        if (delta === undefined) missing('option of the space', q);
        options[choice.lever] = at(choice.options, i);
        for (let j = 0; j < n; j++) sums[j] = (sums[j] ?? NaN) + (gain[q * n + j] ?? NaN);
        ownSum += delta;
        stack[depth] = k * 64 + i;
        record(depth + 1);
        if (depth + 1 < maxClauses) walk(k + 1, depth + 1);
        ownSum -= delta;
        for (let j = 0; j < n; j++) sums[j] = (sums[j] ?? NaN) - (gain[q * n + j] ?? NaN);
      }
      levers &= ~(1 << choice.lever);
      parties = savedParties;
      options[choice.lever] = previous;
    }
  };
  if (maxClauses > 0) walk(0, 0);
  if (count !== size) throw new Error(`unreachable: ${count} packages enumerated, ${size} counted`);

  return {
    best(request) {
      let excluded = 0;
      for (const l of request.excludeLevers ?? []) excluded |= 1 << l;
      let bestAt = -1;
      for (let c = 0; c < size; c++) {
        if (own[c]! < request.minOwn || (leverMask[c]! & excluded) !== 0) continue;
        if (request.mustInclude !== undefined && (partyMask[c]! & (1 << request.mustInclude)) === 0) continue;
        if (request.acceptableOnly && !acceptable(c, request.demand)) continue;
        // Ties go to fewer clauses, then to the first enumerated (lowest levers).
        if (bestAt < 0 || own[c]! > own[bestAt]! || (own[c] === own[bestAt] && clauseCount[c]! < clauseCount[bestAt]!))
          bestAt = c;
      }
      if (bestAt < 0) return null;
      const members = scenario.actors.map((a) => a.index).filter((j) => (partyMask[bestAt]! & (1 << j)) !== 0);
      const codes: number[] = [];
      for (let c = bestAt; c >= 0; c = parent[c]!) codes.unshift(code[c]!);
      return {
        clauses: codes.map((p) => {
          const choice = choices[Math.floor(p / 64)]!;
          return { lever: choice.lever, option: choice.options[p % 64]! };
        }),
        own: own[bestAt]!,
        parties: members,
        gains: members.map((j) => (j === self ? own[bestAt]! - base : gains[bestAt * n + j]!)),
      };
    },
  };

  function acceptable(c: number, demand: number): boolean {
    const mask = partyMask[c]!;
    for (let j = 0; j < n; j++) if (j !== self && (mask & (1 << j)) !== 0 && gains[c * n + j]! < demand) return false;
    return true;
  }
}
