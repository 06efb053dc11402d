/**
 * What each actor would never sign (docs/model.md §4): the red lines of its
 * profile — hidden, or declared since — and any other red line it declared
 * during the game. The negotiator answers no package that crosses one
 * (docs/model.md §6), so scoring and the deal space leave such packages out:
 * "the best deal possible" is then one its signatories would have signed.
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
 * Whether a signatory of a package would never sign it: the package moves the
 * levers whose option differs from `base`, each of their signatories signs it,
 * and each answers for all its clauses, as the negotiator does (docs/model.md §6).
 */
export function refusedBySignatory(
  levers: CompiledScenario['levers'],
  never: NeverSigns,
  options: ArrayLike<number>,
  base: ArrayLike<number>,
): boolean {
  let signs = 0;
  for (const l of levers) if (options[l.index] !== base[l.index]) for (const s of l.signatories) signs |= 1 << s;
  for (let s = 0; signs >> s !== 0; s++) {
    if ((signs & (1 << s)) === 0) continue;
    const byLever = at(never, s, 'actor');
    for (const l of levers) {
      const o = options[l.index];
      if (o !== base[l.index] && at(at(byLever, l.index, 'lever'), o ?? -1, 'option')) return true;
    }
  }
  return false;
}
