/**
 * Indices that cannot be mixed up: an actor's, a lever's and an option's
 * index are all numbers at run time, but each has its own type, so passing
 * a lever where an actor is wanted fails to compile. A branded index reads
 * as a number for free (it is one); arithmetic on it gives a plain number.
 *
 * The constructors below are for validated boundaries only: use them where
 * the value has been validated (checkAction's shape check, a parsed record)
 * or comes from the compiled scenario (compileScenario). Everywhere else an
 * index comes from the scenario (`actor.index`, `lever.index`), from the
 * helpers below, or from data built of those.
 */
export type ActorIndex = number & { readonly __brand: 'ActorIndex' };
export type LeverIndex = number & { readonly __brand: 'LeverIndex' };
export type OptionIndex = number & { readonly __brand: 'OptionIndex' };

/** Only where the value has been validated or comes from the compiled scenario. */
export const actorIndex = (n: number): ActorIndex => n as ActorIndex;
/** Only where the value has been validated or comes from the compiled scenario. */
export const leverIndex = (n: number): LeverIndex => n as LeverIndex;
/** Only where the value has been validated or comes from the compiled scenario. */
export const optionIndex = (n: number): OptionIndex => n as OptionIndex;

/** Each option's index of a lever (of the compiled scenario), in order. */
export function optionIndices(lever: { readonly options: readonly unknown[] }): OptionIndex[] {
  return lever.options.map((_, o) => optionIndex(o));
}

/** Each lever's index of a scenario, in order. */
export function leverIndices(scenario: { readonly levers: readonly { readonly index: LeverIndex }[] }): LeverIndex[] {
  return scenario.levers.map((l) => l.index);
}

/** The entries of a per-lever table (a state's levers, a profile's weights), each with its lever's index. */
export function byLever<T>(table: readonly T[]): [LeverIndex, T][] {
  return table.map((x, l) => [leverIndex(l), x]);
}

/** Each actor's index of a scenario, in order. */
export function actorIndices(scenario: { readonly actors: readonly { readonly index: ActorIndex }[] }): ActorIndex[] {
  return scenario.actors.map((a) => a.index);
}
