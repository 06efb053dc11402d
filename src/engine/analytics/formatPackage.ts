import type { CompiledScenario } from '../scenario/CompiledScenario';

/**
 * Names a package for people: "Water share: Mostly to the West; River toll: A toll".
 * Only levers whose option differs from `base` (default: the status quo) are
 * named, since those are the package's clauses; none gives "the status quo"
 * (or "no change" against another base).
 */
export function formatPackage(
  scenario: CompiledScenario,
  options: readonly number[],
  base?: readonly number[],
): string {
  const clauses = scenario.levers
    .filter((l) => options[l.index] !== (base ? base[l.index] : l.statusQuo))
    .map((l) => {
      const option = options[l.index];
      const name = option === undefined ? undefined : l.options[option]?.name;
      return `${l.name}: ${name ?? `option ${option}`}`;
    });
  if (clauses.length > 0) return clauses.join('; ');
  return base ? 'no change' : 'the status quo';
}
