/**
 * Short codes for actors (UKR, US, EUR…), shown inside their tokens and on
 * the proposal pins, so a pin names its proposer in text, not by colour.
 * Made from the name the scenario gives, never its id (a student never sees
 * an id): a leading "The", "A" or "An" is skipped; a name of two or more
 * capitalised words gives their initials ("United Kingdom" → UK, "Democratic
 * Republic of the Congo" → DRC); any other name the first three letters of
 * its first word ("Iceland" → ICE, "European allies" → EUR). At most three
 * characters, and unique: a code already taken gives way to the name's first
 * two letters and a later one, then to its first letters and its place
 * in the list.
 */
export function shortCodes(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name, i) => {
    const words = name.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (words.length > 1 && /^(the|a|an)$/i.test(words[0] ?? '')) words.shift();
    const letters = (text: string) => (text.match(/[\p{L}\p{N}]/gu) ?? []).join('').toUpperCase();
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
    const first =
      capitalised.length >= 2 ? capitalised.map((w) => letters(w).charAt(0)).join('') : letters(words[0] ?? '');
    const all = letters(words.join('')) || `A${i + 1}`;
    const place = String(i + 1);
    const candidates = [
      (first || all).slice(0, 3),
      ...Array.from(all.slice(3), (c) => all.slice(0, 2) + c),
      `${all.slice(0, 3 - place.length)}${place}`,
    ];
    const code = candidates.find((c) => !used.has(c)) ?? place;
    used.add(code);
    return code;
  });
}
