import type { WeekThatMattered } from './weekThatMattered';

/**
 * The `n` weeks whose decision moved the seat's result most either way (the
 * largest |advisedResult − playedResult|), ties in week order; a week where
 * the two branches ended level says nothing, so it is left out.
 */
export function weeksThatMatteredMost(weeks: readonly WeekThatMattered[], n = 3): readonly WeekThatMattered[] {
  const gap = (w: WeekThatMattered) => Math.abs(w.advisedResult - w.playedResult);
  return weeks
    .filter((w) => gap(w) > 0)
    .sort((a, b) => gap(b) - gap(a) || a.week - b.week)
    .slice(0, n);
}
