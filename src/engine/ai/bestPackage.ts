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
import { at } from '../util/at';
import type { OptionIndex } from '../game/ids';

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
  // actor j's estimated gain from it (the seat's own: 0), ownDelta[q] the seat's exact one. Every table
  // here and below is filled in order by push (small, packed arrays are quickest to make and to read).
  const first: number[] = [];
  const gain: number[] = [];
  const ownDelta: number[] = [];
  const optionAt: OptionIndex[] = [];
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
      optionAt.push(o);
    }
  }
  const links = view.profile.links;
  const linkBase = links.reduce(
    (sum, k) => sum + (options[k.a.lever] === k.a.option && options[k.b.lever] === k.b.option ? k.bonus : 0),
    0,
  );

  // The flat table of candidates, in the order they are enumerated.
  const own: number[] = [];
  const leverMask: number[] = [];
  const partyMask: number[] = [];
  const gains: number[] = [];
  // Each candidate is its prefix plus one clause: a parent pointer and a code (choice·64 + option).
  const parent: number[] = [];
  const code: number[] = [];
  const clauseCount: number[] = [];
  const choiceLever = choices.map((c) => c.lever);
  const choiceSigners = choices.map((c) => c.signers);
  const choiceOptions = choices.map((c) => c.options.length);
  // The candidates of the prefixes of the one being built, and its estimated gains.
  const prefix: number[] = [];
  const sums: number[] = [];
  for (let j = 0; j < n; j++) sums.push(0);
  let ownSum = 0;
  let levers = 0;
  let parties = 1 << self;

  // Depth-first over choices in index order, each set to each of its options in turn: the candidates'
  // order, and every sum's order of additions, are those of a package built clause by clause. Indices
  // are the loops' own bounds into the tables just built, read without checks.
  function walk(from: number, depth: number): void {
    for (let k = from; k < choiceLever.length; k++) {
      const lever = choiceLever[k]!;
      const previous = options[lever]!;
      const savedParties = parties;
      parties |= choiceSigners[k]!;
      levers |= 1 << lever;
      for (let i = 0, q = first[k]!, end = q + choiceOptions[k]!; q < end; i++, q++) {
        const delta = ownDelta[q]!;
        options[lever] = optionAt[q]!;
        for (let j = 0; j < n; j++) sums[j]! += gain[q * n + j]!;
        ownSum += delta;
        let linkNow = 0;
        for (const link of links)
          if (options[link.a.lever] === link.a.option && options[link.b.lever] === link.b.option) linkNow += link.bonus;
        const count = own.length;
        own.push(base + ownSum + linkNow - linkBase);
        leverMask.push(levers);
        partyMask.push(parties);
        for (let j = 0; j < n; j++) gains.push(sums[j]!);
        parent.push(depth > 0 ? prefix[depth - 1]! : -1);
        code.push(k * 64 + i);
        clauseCount.push(depth + 1);
        prefix[depth] = count;
        if (depth + 1 < maxClauses) walk(k + 1, depth + 1);
        ownSum -= delta;
        for (let j = 0; j < n; j++) sums[j]! -= gain[q * n + j]!;
      }
      levers &= ~(1 << lever);
      parties = savedParties;
      options[lever] = previous;
    }
  }
  if (maxClauses > 0) walk(0, 0);
  const size = own.length;

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
