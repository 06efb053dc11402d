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
    .map((p) => ({
      lever: p.lever,
      signatories: scenario.levers[p.lever]!.signatories,
      options: p.options.filter(
        (o) =>
          !view.profile.redLines[p.lever]![o] &&
          scenario.levers[p.lever]!.signatories.every((s) => !view.redLines[s]![p.lever]!.includes(o)),
      ),
    }))
    .filter((c) => c.options.length > 0);
  const weights = scenario.actors.map((a) => (a.index === self ? [] : model.weightsOf(view, a.index)));
  // gain[k][i][j]: actor j's estimated gain from choice k set to its i-th option (the seat's own: 0).
  const gain = choices.map((c) =>
    c.options.map((o) =>
      scenario.actors.map((a) =>
        a.index === self
          ? 0
          : weights[a.index]![c.lever]! *
            (model.valueOf(a.index, c.lever, o) - model.valueOf(a.index, c.lever, options[c.lever]!)),
      ),
    ),
  );
  const ownDelta = choices.map((c) =>
    c.options.map((o) => view.profile.weighted[c.lever]![o]! - view.profile.weighted[c.lever]![options[c.lever]!]!),
  );
  const links = view.profile.links;
  const linkBase = links.reduce(
    (sum, k) => sum + (options[k.a.lever] === k.a.option && options[k.b.lever] === k.b.option ? k.bonus : 0),
    0,
  );

  // The flat table of candidates.
  const own: number[] = [];
  const leverMask: number[] = [];
  const partyMask: number[] = [];
  const gains: number[] = [];
  // Each candidate is its prefix plus one clause: a parent pointer and a code (choice·64 + option).
  const parent: number[] = [];
  const code: number[] = [];
  const clauseCount: number[] = [];
  const prefix: number[] = [];
  const sums = new Array<number>(n).fill(0);
  const stack: number[] = [];
  let ownSum = 0;
  let levers = 0;
  let parties = 1 << self;

  const record = () => {
    let linkNow = 0;
    for (const k of links)
      if (options[k.a.lever] === k.a.option && options[k.b.lever] === k.b.option) linkNow += k.bonus;
    own.push(base + ownSum + linkNow - linkBase);
    leverMask.push(levers);
    partyMask.push(parties);
    for (let j = 0; j < n; j++) gains.push(sums[j]!);
    parent.push(stack.length > 1 ? prefix[stack.length - 2]! : -1);
    code.push(stack[stack.length - 1]!);
    clauseCount.push(stack.length);
    prefix[stack.length - 1] = own.length - 1;
  };
  const walk = (from: number) => {
    if (stack.length > 0) record();
    if (stack.length >= maxClauses) return;
    for (let k = from; k < choices.length; k++) {
      const choice = choices[k]!;
      const previous = options[choice.lever]!;
      const savedParties = parties;
      for (const s of choice.signatories) parties |= 1 << s;
      levers |= 1 << choice.lever;
      for (let i = 0; i < choice.options.length; i++) {
        options[choice.lever] = choice.options[i]!;
        const g = gain[k]![i]!;
        for (let j = 0; j < n; j++) sums[j]! += g[j]!;
        ownSum += ownDelta[k]![i]!;
        stack.push(k * 64 + i);
        walk(k + 1);
        stack.pop();
        ownSum -= ownDelta[k]![i]!;
        for (let j = 0; j < n; j++) sums[j]! -= g[j]!;
      }
      levers &= ~(1 << choice.lever);
      parties = savedParties;
      options[choice.lever] = previous;
    }
  };
  walk(0);

  return {
    best(request) {
      let excluded = 0;
      for (const l of request.excludeLevers ?? []) excluded |= 1 << l;
      let bestAt = -1;
      for (let c = 0; c < own.length; c++) {
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
