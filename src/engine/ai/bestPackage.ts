/**
 * The package search behind proposals, counters and the adviser. The space is
 * every package a seat may propose now — each open lever it may propose either
 * left out or set to an allowed option, at most `maxClauses` clauses — never
 * crossing the seat's own red lines (hidden or declared) nor another party's
 * declared ones. It is enumerated once per decision (`packageSpace`) into flat
 * arrays: the seat's exact utility (links and world included), a bit mask of
 * levers and of parties, and every other actor's estimated gain from the
 * opponent model. A package holding an option one of its parties named a red
 * line in refusing a package (the lever's signatories' declared red lines are
 * left out already) is enumerated but never found. Nor is one that only
 * costs one of its parties (a loss, and no clause that gains it) unless that
 * party owes what it would give (docs/model.md §6, "Nothing for nothing"):
 * the seat by its own exact values and accounts, the others by its estimates
 * and by what its own accounts say they owe it. Each question (`best`) is
 * then a scan of those arrays.
 */
import type { Clause } from '../game/GameState';
import type { LegalActions } from '../game/legalActions';
import type { PublicScenario } from '../game/PublicScenario';
import type { SeatView } from '../game/viewFor';
import { utilityOf } from '../model/utilityOf';
import type { OpponentModel } from './OpponentModel';
import { owedBy, refusesGift, type Ledger } from './Ledger';
import { signerMask } from '../model/packageTable';
import { at, missing } from '../util/at';
import { zeros } from '../util/zeros';
import type { ActorIndex, LeverIndex, OptionIndex } from '../game/ids';

export interface SearchRequest {
  /** Minimum gain each other party must get, by the opponent model. */
  readonly demand: number;
  /** Only packages estimated acceptable to every other party. */
  readonly acceptableOnly: boolean;
  /** Only packages worth at least this to the seat. */
  readonly minOwn: number;
  /** Only packages this actor is a party to (a counter must reach the proposer). */
  readonly mustInclude?: number;
  /** Levers already used in this week's orders, as a bit mask (lever l: 1 << l, as the candidates' own masks). */
  readonly excludeLevers?: number;
}

export interface Found {
  readonly clauses: readonly Clause[];
  readonly own: number;
  readonly parties: readonly number[];
  /** Estimated gain per party (the seat's own entry is its exact gain). */
  readonly gains: readonly number[];
  /** Whether every other party would accept it by the seat's estimates (the request's demand, nothing for nothing). */
  readonly acceptable: boolean;
}

export interface PackageSpace {
  best(request: SearchRequest): Found | null;
  /** Hands the space's tables back for the next search to reuse; the space must not be asked again. */
  release(): void;
}

/** The candidates' tables, at least `capacity` long (gains: capacity × actors). */
interface Tables {
  readonly capacity: number;
  readonly actors: number;
  readonly own: Float64Array;
  readonly leverMask: Int32Array;
  readonly partyMask: Int32Array;
  readonly gains: Float64Array;
  readonly parent: Int32Array;
  readonly code: Int32Array;
  readonly clauseCount: Int32Array;
}

// Tables a released space handed back. Typed arrays cost more to make than to fill, and every seat searches
// every week; a space not released simply leaves the next search to make its own.
let spare: Tables | null = null;

function tablesFor(size: number, actors: number): Tables {
  const reused = spare;
  if (reused && reused.capacity >= size && reused.actors === actors) {
    spare = null;
    return reused;
  }
  const capacity = Math.max(size, 2 * (reused?.capacity ?? 0), 64);
  return {
    capacity,
    actors,
    own: new Float64Array(capacity),
    leverMask: new Int32Array(capacity),
    partyMask: new Int32Array(capacity),
    gains: new Float64Array(capacity * actors),
    parent: new Int32Array(capacity),
    code: new Int32Array(capacity),
    clauseCount: new Int32Array(capacity),
  };
}

export function packageSpace(
  scenario: PublicScenario,
  view: SeatView,
  legal: LegalActions,
  model: OpponentModel,
  maxClauses: number,
  /** The seat's accounts when it gives nothing for nothing, else null. */
  ledger: Ledger | null,
): PackageSpace {
  const self = view.actor;
  const n = scenario.actors.length;
  // Index loops and plain reads, not map(), for-of or at(), all through this function: it is compiled anew
  // whenever a new shape reaches it, and each iterator's try block and each inlined helper make that compile
  // dearer (most of a short run's instructions are the optimising compiler's; −5.6% instructions over 300 lab
  // games).
  const options: OptionIndex[] = [];
  for (let l = 0; l < view.levers.length; l++) options.push(view.levers[l]!.option);
  const base = utilityOf(view.profile, options, view.values);
  const actors: ActorIndex[] = [];
  const weights: number[][] = [];
  for (let x = 0; x < n; x++) {
    const j = scenario.actors[x]!.index;
    actors.push(j);
    weights.push(j === self ? [] : model.weightsOf(view, j));
  }
  // Each choice (an open lever the seat may propose, with the options no red line forbids) in flat columns the
  // walk reads. Every choice's options in one list: the i-th option of choice k is q = first[k] + i. gain[q·n + j]
  // is actor j's estimated gain from it (the seat's own: 0), ownDelta[q] the seat's exact one, refusers[q] the
  // bit mask of the other actors known to refuse it. `settable[l]` has bit o set when lever l may end at option o
  // (in force now, or a choice's option). Filled in order by push (small, packed arrays are quickest to make
  // and to read): every seat searches most weeks.
  const choiceLever: LeverIndex[] = [];
  const choiceSigners: number[] = [];
  const choiceOptions: number[] = [];
  const first: number[] = [];
  const gain: number[] = [];
  const ownDelta: number[] = [];
  const optionAt: OptionIndex[] = [];
  const refusers: number[] = [];
  const settable: number[] = [];
  for (let l = 0; l < options.length; l++) settable.push(1 << options[l]!);
  // Each other actor's estimated value of the option in force on the choice's lever (the seat's own: 0).
  const valueNow: number[] = [];
  for (let j = 0; j < n; j++) valueNow.push(0);
  const proposable = legal.proposable;
  for (let c = 0; c < proposable.length; c++) {
    const p = proposable[c]!;
    const leverIndex = p.lever;
    const lever = scenario.levers[leverIndex];
    const ownRed = view.profile.redLines[leverIndex];
    const weighted = view.profile.weighted[leverIndex];
    const now = options[leverIndex];
    if (lever === undefined || ownRed === undefined || weighted === undefined || now === undefined)
      missing('lever', leverIndex);
    const weightedNow = weighted[now];
    if (weightedNow === undefined) missing('option value of lever', leverIndex);
    for (let x = 0; x < n; x++) {
      const j = actors[x]!;
      if (j !== self) valueNow[j] = model.valueOf(j, leverIndex, now);
    }
    const signatories = lever.signatories;
    const start = ownDelta.length;
    let bits = 0;
    for (let x = 0; x < p.options.length; x++) {
      const o = p.options[x]!;
      if (ownRed[o]) continue;
      let declared = false;
      for (let y = 0; y < signatories.length && !declared; y++)
        declared = at(at(view.redLines, signatories[y]!), leverIndex).includes(o);
      if (declared) continue;
      bits |= 1 << o;
      let mask = 0;
      for (let x = 0; x < n; x++) {
        const j = actors[x]!;
        if (j === self) {
          gain.push(0);
          continue;
        }
        const weight = weights[j]![leverIndex];
        if (weight === undefined) missing('estimated weight of lever', leverIndex);
        gain.push(weight * (model.valueOf(j, leverIndex, o) - valueNow[j]!));
        if (model.refuses(j, leverIndex, o)) mask |= 1 << j;
      }
      const weightedO = weighted[o];
      if (weightedO === undefined) missing('option value of lever', leverIndex);
      ownDelta.push(weightedO - weightedNow);
      optionAt.push(o);
      refusers.push(mask);
    }
    if (bits === 0) continue;
    first.push(start);
    choiceLever.push(leverIndex);
    choiceSigners.push(signerMask(lever));
    choiceOptions.push(ownDelta.length - start);
    settable[leverIndex] = settable[leverIndex]! | bits;
  }
  // The links as flat columns (a's lever, a's option, b's lever, b's option); only those some candidate can
  // make hold (both ends settable), since the others add nothing to any candidate's sum.
  let linkBase = 0;
  const linkEnds: number[] = [];
  const linkBonus: number[] = [];
  const links = view.profile.links;
  for (let x = 0; x < links.length; x++) {
    const { a, b, bonus } = links[x]!;
    const aNow = options[a.lever] === a.option;
    const bNow = options[b.lever] === b.option;
    if (aNow && bNow) linkBase += bonus;
    if (((settable[a.lever]! >> a.option) & (settable[b.lever]! >> b.option) & 1) === 0) continue;
    linkEnds.push(a.lever, a.option, b.lever, b.option);
    linkBonus.push(bonus);
  }
  const ends = linkMasks(linkEnds, options, choiceLever, first, choiceOptions, optionAt);

  // The flat table of candidates, in the order they are enumerated, sized exactly beforehand: as many as
  // packages of 1 to maxClauses choices, each at one of its options (elementary symmetric sums of the
  // option counts, whole numbers). Float64Array holds each sum exactly as a number does. Each candidate
  // is its prefix plus one clause: a parent pointer and a code (choice·64 + option). Entries past `size`
  // are a previous search's, never read.
  const size = candidateCount(choiceOptions, maxClauses);
  const tables = tablesFor(size, n);
  const { own, leverMask, partyMask, gains, parent, code, clauseCount } = tables;
  const state: Walk = {
    n,
    maxClauses,
    base,
    linkBase,
    choiceLever,
    choiceSigners,
    choiceFirst: first,
    choiceOptions,
    gain,
    ownDelta,
    optionAt,
    refusers,
    linkBonus,
    linkWords: ends.words,
    linkTouched: ends.touched,
    linkSet: ends.set,
    linkHeld: ends.held,
    tables,
    count: 0,
    prefix: [],
    ownAt: [0],
    levers: 0,
    parties: 1 << self,
    refused: 0,
  };
  if (maxClauses > 0) walk(state, 0, 0);
  if (state.count !== size)
    throw new RangeError(`Package search: ${state.count} candidates enumerated, ${size} counted.`);

  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      if (spare === null || spare.capacity < tables.capacity) spare = tables;
    },
    best(request) {
      const excluded = request.excludeLevers ?? 0;
      let bestAt = -1;
      for (let c = 0; c < size; c++) {
        if (own[c]! < request.minOwn || (leverMask[c]! & excluded) !== 0) continue;
        if (request.mustInclude !== undefined && (partyMask[c]! & (1 << request.mustInclude)) === 0) continue;
        if (request.acceptableOnly && !acceptable(c, request.demand)) continue;
        // Checked only for a loss: the rule walks the candidate's clauses.
        if (ledger && own[c]! < base && refusesGift(own[c]! - base, ownGain(c), owedToHelped(ledger, c))) continue;
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
          const k = Math.floor(p / 64);
          return { lever: choiceLever[k]!, option: optionAt[first[k]! + (p % 64)]! };
        }),
        own: own[bestAt]!,
        parties: members,
        gains: members.map((j) => (j === self ? own[bestAt]! - base : gains[bestAt * n + j]!)),
        acceptable: acceptable(bestAt, request.demand),
      };
    },
  };

  function acceptable(c: number, demand: number): boolean {
    const mask = partyMask[c]!;
    for (let j = 0; j < n; j++) {
      if (j === self || (mask & (1 << j)) === 0) continue;
      const g = gains[c * n + j]!;
      if (g < demand || (ledger && g < 0 && refusesGift(g, gainsFor(c, j), owedBy(ledger, j)))) return false;
    }
    return true;
  }

  /** Whether some clause of candidate c is an option the seat values above the option in force. */
  function ownGain(c: number): boolean {
    for (let x = c; x >= 0; x = parent[x]!) if (ownDelta[optionOf(x)]! > 0) return true;
    return false;
  }

  /** Whether some clause of candidate c gains actor j, by the seat's estimates. */
  function gainsFor(c: number, j: number): boolean {
    for (let x = c; x >= 0; x = parent[x]!) if (gain[optionOf(x) * n + j]! > 0) return true;
    return false;
  }

  /** What the seat owes the parties candidate c is estimated to leave better off. */
  function owedToHelped(ledger: Ledger, c: number): number {
    let sum = 0;
    for (let j = 0; j < n; j++)
      if (j !== self && (partyMask[c]! & (1 << j)) !== 0 && gains[c * n + j]! > 0) sum += Math.max(0, ledger.owed[j]!);
    return sum;
  }

  /** The option list's index q of candidate x's last clause. */
  function optionOf(x: number): number {
    const k = code[x]!;
    return first[Math.floor(k / 64)]! + (k % 64);
  }
}

/**
 * The enumeration's inputs, flat, and its running state: fields of one object rather than variables a nested
 * function closes over, because the walk reads and writes them for every candidate.
 */
interface Walk {
  readonly n: number;
  readonly maxClauses: number;
  readonly base: number;
  readonly linkBase: number;
  readonly choiceLever: number[];
  readonly choiceSigners: number[];
  readonly choiceFirst: number[];
  readonly choiceOptions: number[];
  readonly gain: number[];
  readonly ownDelta: number[];
  readonly optionAt: number[];
  readonly refusers: number[];
  readonly linkBonus: number[];
  /** The links' ends as bit masks (LinkMasks), `linkHeld` those holding in each prefix of the package being built. */
  readonly linkWords: number;
  readonly linkTouched: number[];
  readonly linkSet: number[];
  readonly linkHeld: number[];
  readonly tables: Tables;
  count: number;
  /** The candidates of the prefixes of the one being built. */
  readonly prefix: number[];
  /** The package being built: the seat's own exact change in utility from its first d clauses (entry d)… */
  readonly ownAt: number[];
  /** …the bit masks of its levers and of its parties… */
  levers: number;
  parties: number;
  /** …and of the actors known to refuse one of its options. */
  refused: number;
}

/**
 * Depth-first over choices in index order, each set to each of its options in turn: the candidates' order,
 * and every sum's order of additions, are those of a package built clause by clause. Indices are the loops'
 * own bounds into the tables packageSpace built, read without checks.
 */
function walk(s: Walk, from: number, depth: number): void {
  const { n, gain, ownAt, choiceLever, linkBonus, linkWords, linkTouched, linkSet, linkHeld } = s;
  const { own, leverMask, partyMask, gains, parent, code, clauseCount } = s.tables;
  for (let k = from; k < choiceLever.length; k++) {
    const lever = choiceLever[k]!;
    const savedParties = s.parties;
    s.parties |= s.choiceSigners[k]!;
    s.levers |= 1 << lever;
    const savedRefused = s.refused;
    for (let i = 0, q = s.choiceFirst[k]!, end = q + s.choiceOptions[k]!; q < end; i++, q++) {
      const delta = s.ownDelta[q]!;
      s.refused = savedRefused | s.refusers[q]!;
      // Every sum is its prefix's plus this clause's, not a running total added to and taken from: x + d − d
      // need not be x, and the rounding left by packages met before could put a gain of exactly the demand a
      // hair short of it. So each package's figures are its clauses' alone, added in their order.
      const ownSum = ownAt[depth]! + delta;
      ownAt[depth + 1] = ownSum;
      // The ends holding: the prefix's, less those on this clause's lever, plus those its option sets. A link
      // holds when both its bits are set; the lowest first, so the bonuses are added in the links' order.
      let linkNow = 0;
      for (let w = 0, held = depth * linkWords; w < linkWords; w++) {
        const ends = (linkHeld[held + w]! & ~linkTouched[k * linkWords + w]!) | linkSet[q * linkWords + w]!;
        linkHeld[held + linkWords + w] = ends;
        for (let both = ends & (ends >>> 1) & 0x55555555; both !== 0; both &= both - 1)
          linkNow += linkBonus[w * 16 + ((31 - Math.clz32(both & -both)) >> 1)]!;
      }
      const count = s.count;
      // A package a party will never sign is worth nothing to propose: no request's minimum is −∞.
      own[count] = (s.refused & s.parties) === 0 ? s.base + ownSum + linkNow - s.linkBase : -Infinity;
      leverMask[count] = s.levers;
      partyMask[count] = s.parties;
      const up = depth > 0 ? s.prefix[depth - 1]! : -1;
      // Each actor's estimated gain: its prefix's plus this clause's (the seat's own: 0).
      if (up < 0) for (let j = 0, g = count * n; j < n; j++, g++) gains[g] = gain[q * n + j]!;
      else for (let j = 0, g = count * n, h = up * n; j < n; j++, g++, h++) gains[g] = gains[h]! + gain[q * n + j]!;
      parent[count] = up;
      code[count] = k * 64 + i;
      clauseCount[count] = depth + 1;
      s.prefix[depth] = count;
      s.count = count + 1;
      if (depth + 1 < s.maxClauses) walk(s, k + 1, depth + 1);
    }
    s.levers &= ~(1 << lever);
    s.parties = savedParties;
    s.refused = savedRefused;
  }
}

/**
 * The links' ends as bit masks, sixteen links a word: link x's a end is bit 2(x mod 16) of word ⌊x/16⌋, its b end
 * the bit above, set where the end holds. A candidate's ends are then its prefix's, less those on its last
 * clause's lever (`touched`, per choice), plus those its option holds (`set`, per option of the choices' list);
 * `held` starts with those holding now.
 */
interface LinkMasks {
  readonly words: number;
  readonly touched: number[];
  readonly set: number[];
  readonly held: number[];
}

function linkMasks(
  linkEnds: readonly number[],
  options: readonly OptionIndex[],
  choiceLever: readonly LeverIndex[],
  choiceFirst: readonly number[],
  choiceOptions: readonly number[],
  optionAt: readonly OptionIndex[],
): LinkMasks {
  const words = Math.ceil(linkEnds.length / 64);
  const held = zeros(words);
  const touched = zeros(choiceLever.length * words);
  const set = zeros(optionAt.length * words);
  // End e/2 of the flat columns (its lever at e, its option at e + 1).
  for (let e = 0; e < linkEnds.length; e += 2) {
    const word = e >> 6;
    const bit = 1 << ((e >> 1) & 31);
    const lever = linkEnds[e]!;
    const option = linkEnds[e + 1]!;
    if (options[lever] === option) held[word] = held[word]! | bit;
    for (let k = 0; k < choiceLever.length; k++) {
      if (choiceLever[k] !== lever) continue;
      touched[k * words + word] = touched[k * words + word]! | bit;
      for (let q = choiceFirst[k]!, end = q + choiceOptions[k]!; q < end; q++)
        if (optionAt[q] === option) set[q * words + word] = set[q * words + word]! | bit;
    }
  }
  return { words, touched, set, held };
}

/** How many packages of 1 to `maxClauses` distinct choices, each set to one of its options, there are. */
function candidateCount(optionCounts: readonly number[], maxClauses: number): number {
  // bySize[d]: the packages of exactly d of the choices seen so far.
  const bySize: number[] = [1];
  for (let d = 1; d <= maxClauses; d++) bySize.push(0);
  for (const options of optionCounts)
    for (let d = maxClauses; d >= 1; d--) bySize[d] = bySize[d]! + bySize[d - 1]! * options;
  let total = 0;
  for (let d = 1; d <= maxClauses; d++) total += bySize[d]!;
  return total;
}
