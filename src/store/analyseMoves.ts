/**
 * The moves that mattered (docs/model.md §9), asked of the engine worker
 * after the ending, one week at a time so that the debrief can say how far
 * it has got ("Analysing week 3 of 10"): for each week, the seat's result
 * after the orders it played and after its adviser's, each branch played on
 * with the same luck. When every week is in, weeksThatMatteredMost picks the
 * two or three weeks whose decision gained or cost the most.
 */
import { weeksThatMatteredMost, type ActorIndex, type GameRecord, type WeekThatMattered } from '../engine/index';
import type { SessionEngine } from './GameSession';
import { andThen, settle } from '../worker/MaybePromise';

export interface MovesAnalysis {
  /** Weeks analysed so far, of `total`. */
  readonly done: number;
  readonly total: number;
  readonly weeks: readonly WeekThatMattered[];
  /** Once every week is in: the weeks whose decision moved the result most, largest first (none when no week did). */
  readonly most: readonly WeekThatMattered[] | null;
  /** The engine could not answer: the debrief says so and shows the rest. */
  readonly failed: boolean;
}

/** How many weeks the debrief names. */
export const WEEKS_NAMED = 3;

/**
 * Analyses `record` for `seat` week by week, handing each step to `report`,
 * which answers false once nobody is waiting (the player has left the game):
 * then no more weeks are asked. Returns the promise of the whole analysis
 * when the engine answers later (its worker), to await in tests.
 */
export function analyseMoves(
  engine: SessionEngine,
  record: GameRecord,
  seat: ActorIndex,
  report: (analysis: MovesAnalysis) => boolean,
): Promise<void> | undefined {
  const total = record.weeks;
  const step = (weeks: readonly WeekThatMattered[]): Promise<void> | undefined => {
    const done = weeks.length;
    const finished = done >= total;
    const analysis = { done, total, weeks, most: finished ? weeksThatMatteredMost(weeks, WEEKS_NAMED) : null };
    if (!report({ ...analysis, failed: false }) || finished) return undefined;
    let next: Promise<void> | undefined;
    const asked = settle(
      () =>
        andThen(engine.scenario, (scenario) =>
          engine.client.call('weekThatMattered', { scenario, record, seat, week: done + 1 }),
        ),
      (week) => {
        next = step([...weeks, week]);
      },
      () => {
        report({ ...analysis, failed: true });
      },
    );
    return asked ? asked.then(() => next) : next;
  };
  return step([]);
}
