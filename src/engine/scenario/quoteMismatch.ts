/**
 * Where a quote stops matching its source, for QUOTE_NOT_IN_SOURCE: the
 * longest start of the quote that the source contains (a start that appears
 * means every shorter one does, so a binary search finds it), then the word
 * there in the quote against the word at the same place in the source.
 * Both texts have their white space normalised.
 */
const SHOWN = 40;

function wordAt(text: string, i: number): string {
  const start = text.lastIndexOf(' ', i - 1) + 1;
  const end = text.indexOf(' ', i);
  const word = text.slice(start, end < 0 ? text.length : end);
  return word.length > SHOWN ? `${word.slice(0, SHOWN)}…` : word;
}

/** A clause naming where `quote` departs from `text`, or null when `text` contains it. */
export function quoteMismatch(text: string, quote: string): string | null {
  if (text.includes(quote)) return null;
  let lo = 0;
  let hi = quote.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  // The words before the one where the quote departs (that word may have matched in part).
  const atSpace = quote[lo] === ' ';
  const words = quote
    .slice(0, atSpace ? lo : Math.max(0, quote.lastIndexOf(' ', lo - 1)))
    .split(' ')
    .filter(Boolean);
  if (words.length < 2) return 'not even its first words are in it.';
  const at = text.indexOf(quote.slice(0, lo)) + lo;
  const from = words.slice(-4).join(' ');
  const ours = wordAt(quote, atSpace ? lo + 1 : lo);
  const next = text[at] === ' ' ? at + 1 : at;
  const theirs = next < text.length ? wordAt(text, next) : '';
  return theirs === ''
    ? `it matches up to “${from}”, where the source ends.`
    : `it matches up to “${from}”, then has “${ours}” where the source has “${theirs}”.`;
}
