/**
 * What one seat may know (docs/model.md §5): the public scenario and world,
 * its share of the packages (those it made, must answer or is copied in on),
 * everyone's public red lines, its own hidden profile and draws, its
 * estimates of the others — intervals that always contain the truth — what
 * meetings and statements taught it, and the events it saw since its last
 * orders. Never another actor's hidden profile. The UI, the adviser and every
 * policy read the game only through this; the rules of orders read it too
 * (it is a RulesState), so a seat's choices are computed from its view alone.
 */
import { at } from '../util/at';
import type { CompiledProfile, CompiledScenario } from '../scenario/CompiledScenario';
import type { RulesState } from './checkAction';
import type { GameEvent } from './GameEvent';
import type { GameEnd, GameState, Interval, LeverState, Package } from './GameState';
import type { ActorIndex, LeverIndex, OptionIndex } from './ids';
import { publicScenarioOf, type PublicScenario } from './PublicScenario';

export interface SeatView extends RulesState {
  readonly scenario: PublicScenario;
  readonly actor: ActorIndex;
  readonly week: number;
  readonly values: readonly number[];
  readonly levers: readonly LeverState[];
  /** The seat's share of the packages in play: made by it, awaiting its answer, or copied to it. */
  readonly inbox: readonly Package[];
  /** Packages to answer this week (the seat is a party, not the proposer). */
  readonly toAnswer: readonly Package[];
  /** Its own packages awaiting the others' answers this week. */
  readonly awaiting: readonly Package[];
  /** Packages it is copied in on. */
  readonly copiedIn: readonly Package[];
  readonly redLines: readonly (readonly (readonly OptionIndex[])[])[];
  /** Per pressure: the first week it may be used again (cooldowns follow public events). */
  readonly readyWeek: readonly number[];
  readonly profile: CompiledProfile;
  readonly temperament: number;
  readonly horizon: number;
  /** estimates[target][lever]; its own row holds its true weights as zero-width intervals. */
  readonly estimates: readonly (readonly Interval[])[];
  readonly costliest: readonly (LeverIndex | -1)[];
  readonly importance: readonly (readonly LeverIndex[])[];
  readonly ended: GameEnd | null;
  /** What the seat saw happen since its last orders: the last resolution and this week's news (or the game's opening). */
  readonly recent: readonly GameEvent[];
}

export function viewFor(
  scenario: CompiledScenario,
  state: GameState,
  actor: ActorIndex,
  recent: readonly GameEvent[],
): SeatView {
  const profile = at(scenario.actors, actor, 'actor').profile;
  // One pass over the packages in play, not a filter per list: every seat's view is made every week.
  const inbox: Package[] = [];
  const toAnswer: Package[] = [];
  const awaiting: Package[] = [];
  const copiedIn: Package[] = [];
  for (const p of state.inbox) {
    const mine = p.proposer === actor;
    const party = p.parties.includes(actor);
    const copied = p.copied.includes(actor);
    if (!mine && !party && !copied) continue;
    inbox.push(p);
    if (mine) awaiting.push(p);
    else if (party) toAnswer.push(p);
    if (copied) copiedIn.push(p);
  }
  return {
    scenario: publicScenarioOf(scenario),
    actor,
    week: state.week,
    values: state.values,
    levers: state.levers,
    inbox,
    toAnswer,
    awaiting,
    copiedIn,
    redLines: state.redLines,
    readyWeek: state.readyWeek,
    profile,
    temperament: at(state.temperament, actor),
    horizon: at(state.horizon, actor),
    estimates: estimatesOf(at(state.estimates, actor), actor, profile),
    costliest: at(state.costliest, actor),
    importance: at(state.importance, actor),
    ended: state.ended,
    recent,
  };
}

/**
 * A seat's estimates of each actor, its own row its true weights. A loop that pushes, not map(): map() returns a packed
 * list before viewFor is optimised and a holey one after, and the policy code that reads every view's estimates was
 * compiled again for each shape.
 */
function estimatesOf(
  rows: readonly (readonly Interval[])[],
  actor: ActorIndex,
  profile: CompiledProfile,
): (readonly Interval[])[] {
  const estimates: (readonly Interval[])[] = [];
  for (let target = 0; target < rows.length; target++)
    estimates.push(target === actor ? ownEstimates(profile) : at(rows, target));
  return estimates;
}

const own = new WeakMap<CompiledProfile, readonly Interval[]>();

/** A seat's estimates of itself: its true weights as zero-width intervals, made once per profile (views are read-only). */
function ownEstimates(profile: CompiledProfile): readonly Interval[] {
  let row = own.get(profile);
  if (!row) {
    row = profile.weights.map((w): Interval => [w, w]);
    own.set(profile, row);
  }
  return row;
}
