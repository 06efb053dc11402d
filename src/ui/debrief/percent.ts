import type { Interval } from '../../engine/index';

/** A share of what matters to an actor (its weights sum to 1), as people read it: "40%". */
export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** An estimate of a share: "28–64%", or "anything" while it is still the whole range. */
export function range([lo, hi]: Interval): string {
  const a = Math.round(lo * 100);
  const b = Math.round(hi * 100);
  if (a === 0 && b === 100) return 'anything from 0 to 100%';
  return a === b ? `${a}%` : `${a}–${b}%`;
}
