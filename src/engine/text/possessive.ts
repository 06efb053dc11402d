/** "Russia's", "European allies'", "the United States'": a name ending in s takes only the apostrophe. */
export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}
