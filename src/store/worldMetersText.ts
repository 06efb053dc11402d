import { joinNames } from '../engine/index';

const NAMED = 3;

/**
 * The scenario's own world meters, for a sentence on what moves a worth:
 * "the world's meters (Harbour tension)", "the world's meters (War intensity,
 * Human cost, Western unity and 4 more)"; null for a scenario without any.
 * A scenario with no war must not read "the war, the economy…".
 */
export function worldMetersText(values: readonly { readonly kind: string; readonly name: string }[]): string | null {
  const names = values.filter((v) => v.kind === 'world').map((v) => v.name);
  if (names.length === 0) return null;
  const shown = names.length > NAMED + 1 ? [...names.slice(0, NAMED), `${names.length - NAMED} more`] : names;
  return `the world's meters (${joinNames(shown)})`;
}
