/**
 * Untrusted JSON text → a game record, or why not: the record's shape is
 * checked by a schema before anything reads it. Apart from replayRecord, so
 * that replaying a record the app already holds needs no schema library.
 */
import { z } from 'zod';
import type { GameRecord, ReplayError } from './GameRecord';

const RecordSchema = z.strictObject({
  format: z.literal('parley-game'),
  engineVersion: z.string(),
  scenarioId: z.string(),
  scenarioHash: z.string(),
  seed: z.int().min(0).max(4294967295),
  seats: z.record(z.string(), z.string()),
  weeks: z.int().min(0).max(1000),
  actions: z
    .array(
      z.strictObject({ week: z.int().min(1).max(1000), action: z.looseObject({ type: z.string(), actor: z.int() }) }),
    )
    .max(100_000),
  memories: z.array(z.array(z.unknown()).max(64)).max(1001),
  branchOf: z.strictObject({ checksum: z.string(), week: z.int() }).nullable(),
  checksum: z.string(),
});

const fail = (code: ReplayError['code'], message: string): ReplayError => ({ ok: false, code, message });

export function parseRecord(text: string): { readonly ok: true; readonly record: GameRecord } | ReplayError {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('REPLAY_NOT_JSON', 'This file is not a saved Parley game (it is not JSON).');
  }
  const parsed = RecordSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || 'the file';
    return fail('REPLAY_MALFORMED', `This is not a valid saved game: ${where} — ${issue?.message ?? 'unreadable'}.`);
  }
  return { ok: true, record: parsed.data as unknown as GameRecord };
}
