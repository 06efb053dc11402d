import type { Named } from './Named';

/**
 * The word that agrees with `who`: `agree(europe, 'learns', 'learn')` is
 * "learn" for the plural European allies and "learns" for Russia. Also for
 * pronouns: `agree(who, 'its', 'their')`.
 */
export function agree(who: Named, singular: string, plural: string): string {
  return who.plural ? plural : singular;
}
