/**
 * What one actor may know (docs/model.md §5): the public world, the packages
 * addressed to it, everyone's public red lines, its own hidden profile and
 * draws, and its estimates of the others — intervals that always contain the
 * truth — plus what meetings and statements taught it. Never another actor's
 * hidden profile. UI and policies read the game only through this.
 */
import type { CompiledProfile, CompiledScenario } from '../scenario/CompiledScenario';
import type { GameEnd, GameState, Interval, LeverState, Package } from './GameState';

export interface ActorView {
  readonly actor: number;
  readonly week: number;
  readonly values: readonly number[];
  readonly levers: readonly LeverState[];
  /** Packages to answer this week (the actor is a party, not the proposer). */
  readonly toAnswer: readonly Package[];
  /** Its own packages awaiting the others' answers this week. */
  readonly awaiting: readonly Package[];
  /** Packages it is copied in on. */
  readonly copiedIn: readonly Package[];
  readonly redLines: readonly (readonly (readonly number[])[])[];
  readonly profile: CompiledProfile;
  readonly temperament: number;
  readonly horizon: number;
  /** estimates[target][lever]; its own row holds its true weights as zero-width intervals. */
  readonly estimates: readonly (readonly Interval[])[];
  readonly costliest: readonly number[];
  readonly importance: readonly (readonly number[])[];
  /** Per pressure of this actor: the first week it may be used again. */
  readonly readyWeek: readonly number[];
  readonly ended: GameEnd | null;
}

export function viewFor(scenario: CompiledScenario, state: GameState, actor: number): ActorView {
  const profile = scenario.actors[actor]!.profile;
  return {
    actor,
    week: state.week,
    values: state.values,
    levers: state.levers,
    toAnswer: state.inbox.filter((p) => p.proposer !== actor && p.parties.includes(actor)),
    awaiting: state.inbox.filter((p) => p.proposer === actor),
    copiedIn: state.inbox.filter((p) => p.copied.includes(actor)),
    redLines: state.redLines,
    profile,
    temperament: state.temperament[actor]!,
    horizon: state.horizon[actor]!,
    estimates: state.estimates[actor]!.map((row, target) =>
      target === actor ? profile.weights.map((w): Interval => [w, w]) : row,
    ),
    costliest: state.costliest[actor]!,
    importance: state.importance[actor]!,
    readyWeek: scenario.pressures.map((p) =>
      p.actor === actor ? state.readyWeek[p.index]! : Number.POSITIVE_INFINITY,
    ),
    ended: state.ended,
  };
}
