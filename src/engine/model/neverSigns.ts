/**
 * What each actor would never sign (docs/model.md §4): the red lines of its
 * profile — hidden, or declared since — and any other red line it declared
 * during the game. The negotiator answers no package that crosses one
 * (docs/model.md §6), so scoring and the deal space leave out a package
 * that sets a lever to one of its signatories' red lines: "the best deal
 * possible" is then one its signatories would have signed.
 */
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { at } from '../util/at';

/** never[actor][lever][option]: the actor signs no package that sets the lever to this option. */
export type NeverSigns = readonly (readonly (readonly boolean[])[])[];

/** Declared red lines, as a game state keeps them: declared[actor][lever] lists options. */
export type DeclaredRedLines = readonly (readonly (readonly number[])[])[];

export function neverSigns(scenario: CompiledScenario, declared: DeclaredRedLines): NeverSigns {
  return scenario.actors.map((a) =>
    scenario.levers.map((l) => {
      const said = at(at(declared, a.index, 'declared red lines'), l.index, 'lever');
      const hidden = at(a.profile.redLines, l.index, 'red lines');
      return l.options.map((_, o) => at(hidden, o, 'option') || said.includes(o));
    }),
  );
}

/** Whether some actor declared a red line its profile does not hold: then a profile's red lines are not all. */
export function declaredBeyondProfiles(scenario: CompiledScenario, declared: DeclaredRedLines): boolean {
  return scenario.actors.some((a) =>
    at(declared, a.index, 'declared red lines').some((options, l) =>
      options.some((o) => !at(at(a.profile.redLines, l, 'red lines'), o, 'option')),
    ),
  );
}

/**
 * refusers[lever][option]: the bit mask of the lever's signatories that would
 * never sign it set to this option. A package is judged lever by lever, as a
 * game reaches its end through several packages: each moved lever needs its
 * own signatories, and only theirs (docs/model.md §4).
 */
export function refusersOf(levers: CompiledScenario['levers'], never: NeverSigns): number[][] {
  return levers.map((l) =>
    l.options.map((_, o) =>
      l.signatories.reduce((mask, s) => (at(at(at(never, s), l.index), o, 'option') ? mask | (1 << s) : mask), 0),
    ),
  );
}

/** The actors who would never sign a package: the refusers of each lever it moves off `base`, as a bit mask. */
export function refusersOfPackage(
  levers: CompiledScenario['levers'],
  refusers: readonly (readonly number[])[],
  options: ArrayLike<number>,
  base: ArrayLike<number>,
): number {
  let mask = 0;
  for (const l of levers) {
    const o = options[l.index];
    if (o !== undefined && o !== base[l.index]) mask |= at(at(refusers, l.index, 'lever'), o, 'option');
  }
  return mask;
}
