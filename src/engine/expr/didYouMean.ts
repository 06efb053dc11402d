/**
 * Edit distance with adjacent transpositions (optimal string alignment, the
 * restricted Damerau–Levenshtein distance): `suport`→`support` is 1 and so
 * is the swap `wrold`→`world`, which plain Levenshtein counts as 2.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // Three rolling rows: two back are needed for transpositions.
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        d = Math.min(d, (prev2[j - 2] ?? 0) + 1);
      }
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * The candidate closest to `name`, if it is close enough to be a plausible
 * typo. Case is ignored (so `World.x` finds `world.x`). "Close enough" is
 * at most max(1, ⌊length/3⌋) edits, where length is that of `name` *and*,
 * separately, that of the part that differs from the candidate once their
 * shared start and end are set aside. The second rule stops a long shared
 * prefix from excusing an unrelated ending: `support.china` is not a typo of
 * `support.usa`, though 4 edits is under a third of 13 characters.
 * Ties go to the alphabetically first candidate so the suggestion never
 * depends on iteration order. Undefined when nothing is close.
 */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const wanted = name.toLowerCase();
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // Cheap reject: the length gap alone already exceeds the limit.
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const other = candidate.toLowerCase();
    const d = editDistance(wanted, other);
    if (d > limit || d > Math.max(1, Math.floor(differingLength(wanted, other) / 3))) continue;
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Length of the longer of the two middles left after removing a shared prefix and suffix. */
function differingLength(a: string, b: string): number {
  let start = 0;
  while (start < a.length && start < b.length && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a.charCodeAt(a.length - 1 - end) === b.charCodeAt(b.length - 1 - end)
  )
    end++;
  return Math.max(a.length, b.length) - start - end;
}
