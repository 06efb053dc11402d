/**
 * The package search behind proposals, counters and the adviser: among the
 * packages a seat may propose now (each open lever it may propose either left
 * out or set to an allowed option, at most `maxClauses` clauses), the one
 * worth most to the seat, optionally only among those it estimates every
 * other party would accept. It never crosses the seat's own red lines
 * (hidden or declared) nor another party's declared ones.
 * Utility is exact for the seat (links and world included); the others'
 * gains come from the opponent model, kept as running sums while the search
 * walks the combinations, so nothing is allocated per candidate.
 */
import type { Clause } from '../game/GameState';
import type { LegalActions } from '../game/legalActions';
import type { PublicScenario } from '../game/PublicScenario';
import type { ActorView } from '../game/viewFor';
import { utilityOf } from '../model/utilityOf';
import type { OpponentModel } from './OpponentModel';

export interface SearchRequest {
  readonly maxClauses: number;
  /** Minimum gain each other party must get, by the opponent model. */
  readonly demand: number;
  /** Only packages estimated acceptable to every other party. */
  readonly acceptableOnly: boolean;
  /** Only packages worth at least this to the seat. */
  readonly minOwn: number;
  /** Only packages this actor is a party to (a counter must reach the proposer). */
  readonly mustInclude?: number;
  readonly excludeLevers?: ReadonlySet<number>;
}

export interface Found {
  readonly clauses: readonly Clause[];
  readonly own: number;
  readonly parties: readonly number[];
  /** Estimated gain per party (the seat's own entry is its exact gain). */
  readonly gains: readonly number[];
}

export function bestPackage(scenario: PublicScenario, view: ActorView, legal: LegalActions, model: OpponentModel, request: SearchRequest): Found | null {
  const self = view.actor;
  const n = scenario.actors.length;
  const options = view.levers.map((l) => l.option);
  const base = utilityOf(view.profile, options, view.values);
  const weights = scenario.actors.map((a) => (a.index === self ? [] : model.weightsOf(view, a.index)));
  const choices = legal.proposable
    .filter((p) => !request.excludeLevers?.has(p.lever))
    .map((p) => ({
      lever: p.lever,
      signatories: scenario.levers[p.lever]!.signatories,
      options: p.options.filter((o) =>
        !view.profile.redLines[p.lever]![o] &&
        scenario.levers[p.lever]!.signatories.every((s) => !view.redLines[s]![p.lever]!.includes(o))),
    }))
    .filter((c) => c.options.length > 0);
  // The seat's own utility moves by weighted-value deltas plus any link that
  // starts or stops holding; world terms are the same for every package.
  const ownDelta = choices.map((c) => c.options.map((o) => view.profile.weighted[c.lever]![o]! - view.profile.weighted[c.lever]![options[c.lever]!]!));
  const links = view.profile.links;
  const linkBase = links.reduce((sum, k) => sum + (options[k.a.lever] === k.a.option && options[k.b.lever] === k.b.option ? k.bonus : 0), 0);
  let ownSum = 0;
  // gain[j][k][i]: actor j's estimated gain from choice k set to its i-th option.
  const gain = scenario.actors.map((a) => choices.map((c) => c.options.map((o) =>
    a.index === self ? 0 : weights[a.index]![c.lever]! * (model.valueOf(a.index, c.lever, o) - model.valueOf(a.index, c.lever, options[c.lever]!)))));

  const partyCount = new Array<number>(n).fill(0);
  const sums = new Array<number>(n).fill(0);
  const stack: Clause[] = [];
  let best: Found | null = null;

  const consider = () => {
    if (stack.length === 0) return;
    if (request.mustInclude !== undefined && request.mustInclude !== self && partyCount[request.mustInclude] === 0) return;
    if (request.acceptableOnly) {
      for (let j = 0; j < n; j++) if (j !== self && partyCount[j]! > 0 && sums[j]! < request.demand) return;
    }
    let linkNow = 0;
    for (const k of links) if (options[k.a.lever] === k.a.option && options[k.b.lever] === k.b.option) linkNow += k.bonus;
    const own = base + ownSum + linkNow - linkBase;
    if (own < request.minOwn) return;
    if (best && (own < best.own || (own === best.own && stack.length >= best.clauses.length))) return;
    const parties = scenario.actors.map((a) => a.index).filter((j) => j === self || partyCount[j]! > 0);
    best = { clauses: [...stack], own, parties, gains: parties.map((j) => (j === self ? own - base : sums[j]!)) };
  };

  const walk = (from: number) => {
    consider();
    if (stack.length >= request.maxClauses) return;
    for (let k = from; k < choices.length; k++) {
      const choice = choices[k]!;
      const previous = options[choice.lever]!;
      for (const s of choice.signatories) partyCount[s]! += 1;
      choice.options.forEach((o, i) => {
        options[choice.lever] = o;
        for (let j = 0; j < n; j++) sums[j]! += gain[j]![k]![i]!;
        ownSum += ownDelta[k]![i]!;
        stack.push({ lever: choice.lever, option: o });
        walk(k + 1);
        stack.pop();
        ownSum -= ownDelta[k]![i]!;
        for (let j = 0; j < n; j++) sums[j]! -= gain[j]![k]![i]!;
      });
      options[choice.lever] = previous;
      for (const s of choice.signatories) partyCount[s]! -= 1;
    }
  };
  walk(0);
  return best;
}
