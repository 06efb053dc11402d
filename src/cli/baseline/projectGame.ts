/**
 * The behaviour baseline: what a game *does*, independent of how the engine
 * stores state, events or the AI's reasons. Per week: every seat's orders
 * (reasons left out), the levers settled, the world's values; then the
 * ending. A refactor that changes no game leaves every projection equal; one
 * that changes games on purpose regenerates the baseline (`npm run baseline`)
 * and shows the effect with the balance lab.
 */
export interface WeekProjection {
  readonly week: number;
  readonly orders: readonly string[];
  readonly settled: readonly string[];
  readonly values: readonly number[];
}

export interface GameProjection {
  readonly seed: number;
  readonly seats: readonly string[];
  readonly weeks: readonly WeekProjection[];
  readonly ending: string | null;
  readonly endWeek: number | null;
  readonly early: boolean;
}

/** One order as a stable line: its kind and fields, without reasons. */
export function projectOrder(
  action: { readonly type: string; readonly actor: number } & Record<string, unknown>,
): string {
  const fields = Object.keys(action)
    .filter((k) => k !== 'type' && k !== 'actor' && k !== 'reasons')
    .sort()
    .map((k) => `${k}=${JSON.stringify(action[k])}`);
  return [`a${action.actor}`, action.type, ...fields].join(' ');
}

/** The projection as readable lines (the golden files). */
export function formatProjection(game: GameProjection): string {
  const lines = [`seed ${game.seed} · seats ${game.seats.join(', ')}`];
  for (const w of game.weeks) {
    lines.push(`week ${w.week}`);
    for (const o of w.orders) lines.push(`  order ${o}`);
    if (w.settled.length > 0) lines.push(`  settled ${w.settled.join(', ')}`);
    lines.push(`  values ${w.values.map((v) => String(v)).join(' ')}`);
  }
  lines.push(
    game.ending === null ? 'not ended' : `ending ${game.ending} in week ${game.endWeek}${game.early ? ' (early)' : ''}`,
  );
  return lines.join('\n') + '\n';
}
