const WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** 1 → "first", 2 → "second", … 10 → "tenth", then "11th", "12th"… (a week has few of anything). */
export function ordinal(n: number): string {
  return WORDS[n - 1] ?? `${n}th`;
}
