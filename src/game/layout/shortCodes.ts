/**
 * Short codes for actors (UKR, RUS, USA…), shown inside their tokens and on
 * the proposal pins, so a pin names its proposer in text, not by colour.
 * The first three letters of the id, upper-cased; made unique if two clash.
 */
export function shortCodes(ids: readonly string[]): string[] {
  const used = new Set<string>();
  return ids.map((id, i) => {
    const letters = (id.match(/[a-z0-9]/gi) ?? []).join('').toUpperCase() || `A${i + 1}`;
    const candidates = [
      letters.slice(0, 3),
      ...Array.from(letters.slice(3), (c) => letters.slice(0, 2) + c),
      `${letters.slice(0, 2)}${i + 1}`,
    ];
    const code = candidates.find((c) => !used.has(c)) ?? `${letters.slice(0, 1)}${i + 1}`;
    used.add(code);
    return code;
  });
}
