/**
 * The quick batch of a scenario opened from a file (docs/authoring.md, "Play
 * it in the browser"): games with the default computer negotiator in every
 * seat, played by the engine (its worker in the browser) in slices, so that
 * the role screen shows the batch's progress and the endings it reaches as
 * they come. The same games as `npm run scenario -- explain`, more of them.
 */
import type { EngineClient } from '../worker/engineProtocol';
import type { MaybePromise } from '../worker/MaybePromise';

export interface AuthorBatch {
  /** Games in the whole batch, and played so far. */
  readonly games: number;
  readonly done: number;
  /** Per ending, in the scenario's order: its title, and the games played so far that ended in it. */
  readonly endings: readonly { readonly title: string; readonly games: number }[];
  /** How long the whole batch took, in seconds; null while it runs, or when it stopped. */
  readonly seconds: number | null;
  /** The engine failed before the end: the batch stopped where it stood. */
  readonly stopped: boolean;
}

/** Games per request: small enough for the screen to move often, large enough that a request costs little. */
const SLICE = 50;

/**
 * Plays `games` games of the scenario the engine knows as `key`, telling `report` after every slice. Stops
 * between slices once `wanted()` is false (another scenario opened, or a game started); a failure of the engine stops the batch
 * where it stands, and says so.
 */
export async function runAuthorBatch(
  engine: EngineClient,
  key: MaybePromise<string>,
  games: number,
  now: () => number,
  wanted: () => boolean,
  report: (batch: AuthorBatch) => void,
): Promise<void> {
  const started = now();
  let endings: AuthorBatch['endings'] = [];
  let done = 0;
  const batch = (seconds: number | null, stopped = false): AuthorBatch => ({ games, done, endings, seconds, stopped });
  report(batch(null));
  try {
    const scenario = await key;
    for (let from = 1; from <= games; from += SLICE) {
      const to = Math.min(games + 1, from + SLICE);
      const slice = await engine.call('quickBatch', { scenario, from, to });
      if (!wanted()) return;
      endings = slice.map((e, i) => ({ title: e.title, games: e.games + (endings[i]?.games ?? 0) }));
      done = to - 1;
      report(batch(done === games ? (now() - started) / 1000 : null));
    }
  } catch {
    // The batch is advice: the scenario still plays; the screen says where the batch stopped.
    if (wanted()) report(batch(null, true));
  }
}
