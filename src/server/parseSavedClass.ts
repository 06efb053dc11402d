/**
 * A saved class's file (docs/classroom.md) → the class, or why not. The file
 * is read as untrusted: its shape is checked by a schema, each table's
 * record by the engine's own reader, and each draft by the rules again when
 * the table is restored (ClassTable.resume).
 */
import { z } from 'zod';
import type { Action, ActorIndex, GameRecord } from '../engine/index';
import { parseRecord } from '../engine/loader';
import { NAME_LIMIT, type SavedClass } from './ClassHost';

const CODE = /^[A-HJ-NP-Z2-9]{6}$/;
const seat = z.int().min(0).max(63);

const SavedClassSchema = z.strictObject({
  format: z.literal('parley-class'),
  code: z.string().regex(CODE),
  teacherToken: z.string().min(16).max(64),
  source: z.strictObject({ text: z.string().max(4_000_000), file: z.string().max(1000) }),
  turnSeconds: z.int().min(1).max(3600).nullable().default(null),
  awaySeconds: z.int().min(1).max(3600).nullable().default(null),
  tables: z
    .array(
      z.strictObject({
        record: z.unknown(),
        drafts: z.array(z.strictObject({ seat, orders: z.array(z.unknown()).max(64), ended: z.boolean() })).max(64),
      }),
    )
    .min(1)
    .max(100),
  students: z
    .array(
      z.strictObject({
        token: z.string().min(16).max(64),
        code: z.string().regex(CODE),
        table: z.int().min(0).max(99),
        seat,
        name: z.string().max(NAME_LIMIT),
      }),
    )
    .max(6400),
});

export function parseSavedClass(
  text: string,
): { readonly ok: true; readonly saved: SavedClass } | { readonly problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: 'It is not JSON.' };
  }
  const parsed = SavedClassSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { problem: `${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'unreadable'}.` };
  }
  const records: GameRecord[] = [];
  for (const [i, table] of parsed.data.tables.entries()) {
    const record = parseRecord(JSON.stringify(table.record));
    if (!record.ok) return { problem: `Table ${i + 1}: ${record.message}` };
    records.push(record.record);
  }
  const saved = parsed.data;
  return {
    ok: true,
    saved: {
      ...saved,
      tables: saved.tables.map((t, i) => ({
        record: records[i] as GameRecord,
        // Orders are checked by the rules when the table is restored.
        drafts: t.drafts.map((d) => ({ ...d, seat: d.seat as ActorIndex, orders: d.orders as Action[] })),
      })),
      students: saved.students.map((s) => ({ ...s, seat: s.seat as ActorIndex })),
    },
  };
}
