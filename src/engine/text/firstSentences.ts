/** Words as the loader counts them: runs between spaces holding a letter or a digit ("—" alone is not a word). */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** A sentence ends at . ! or ? (and a closing quote or bracket) before a space and a capital letter… */
const SENTENCE_END = /(?<=[.!?]["'”’)]?)\s+(?=["“‘(]?\p{Lu})/u;
/** … unless its full stop follows an initial: "the U.S. Defense Secretary", "J. Smith". */
const AFTER_INITIAL = /(?:^|[\s.])\p{Lu}\.$/u;

/**
 * The first whole sentences of `text` that fit in `limit` words, for a short
 * summary of a long text; at least the first sentence, cut at `limit` words
 * with "…" when that one alone is longer.
 */
export function firstSentences(text: string, limit: number): string {
  const sentences: string[] = [];
  for (const part of text.trim().split(SENTENCE_END)) {
    const last = sentences.length - 1;
    if (last >= 0 && AFTER_INITIAL.test(sentences[last]!)) sentences[last] += ` ${part}`;
    else sentences.push(part);
  }
  const kept: string[] = [];
  let words = 0;
  for (const sentence of sentences) {
    const n = wordsOf(sentence).length;
    if (kept.length > 0 && words + n > limit) break;
    kept.push(sentence);
    words += n;
  }
  if (words <= limit) return kept.join(' ');
  return `${kept[0]!
    .split(/\s+/)
    .slice(0, limit)
    .join(' ')
    .replace(/[,;:—–-]+$/, '')}…`;
}
