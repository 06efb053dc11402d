/**
 * Rebuilds a game from its record, refusing — with a code and a plain
 * message — a record made by another engine version, for another scenario
 * (or another version of it), edited by hand, or holding an illegal action.
 * `throughWeek` stops early: the start of a branch.
 */
import { z } from 'zod';
import type { Action } from '../game/Action';
import { legalActions } from '../game/legalActions';
import { publicScenarioOf } from '../game/PublicScenario';
import { resolveWeek } from '../game/resolveWeek';
import { viewFor } from '../game/viewFor';
import { eventsFor } from '../game/visibleTo';
import type { Policy, PolicyFactory } from '../policies/Policy';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { ENGINE_VERSION } from '../version';
import type { GameRecord } from './GameRecord';
import { scenarioHashOf } from './hashes';
import { startGame, type PlayedGame } from './playWeeks';
import { checksumOf } from './recordGame';

export type ReplayResult =
  | {
      readonly ok: true;
      readonly game: PlayedGame;
      readonly record: GameRecord;
      readonly policies: readonly (Policy | null)[];
    }
  | { readonly ok: false; readonly code: string; readonly message: string };

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
  branchOf: z.strictObject({ checksum: z.string(), week: z.int() }).nullable(),
  checksum: z.string(),
});

/** Untrusted JSON text → a record, or why not. */
export function parseRecord(
  text: string,
): { ok: true; record: GameRecord } | { ok: false; code: string; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, code: 'REPLAY_NOT_JSON', message: 'This file is not a saved Parley game (it is not JSON).' };
  }
  const parsed = RecordSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      code: 'REPLAY_MALFORMED',
      message: `This is not a valid saved game: ${issue.path.join('.') || 'the file'} — ${issue.message}.`,
    };
  }
  return { ok: true, record: parsed.data as unknown as GameRecord };
}

/**
 * `factories` (one per seat, null for a human) rebuilds the AI seats exactly
 * as they were: each policy is asked for its orders every week (the answer is
 * ignored; the record holds what was played) and observes what its seat saw,
 * so a resumed or branched game goes on as if it had never stopped.
 */
export function replayRecord(
  scenario: CompiledScenario,
  record: GameRecord,
  throughWeek = Number.POSITIVE_INFINITY,
  factories: readonly (PolicyFactory | null)[] = [],
): ReplayResult {
  if (record.engineVersion !== ENGINE_VERSION) {
    return {
      ok: false,
      code: 'REPLAY_ENGINE_VERSION',
      message: `This game was recorded by engine ${record.engineVersion}; this is engine ${ENGINE_VERSION}, whose rules may differ.`,
    };
  }
  if (record.scenarioId !== scenario.id || record.scenarioHash !== scenarioHashOf(scenario)) {
    return {
      ok: false,
      code: 'REPLAY_SCENARIO',
      message: `This game was played on ${record.scenarioId === scenario.id ? 'another version of' : `scenario "${record.scenarioId}", not`} "${scenario.id}".`,
    };
  }
  const { checksum, ...body } = record;
  if (checksumOf(body) !== checksum) {
    return {
      ok: false,
      code: 'REPLAY_TAMPERED',
      message: 'This saved game has been edited since it was recorded; it cannot be replayed.',
    };
  }
  let game = startGame(scenario, record.seed);
  const pub = publicScenarioOf(scenario);
  const policies = scenario.actors.map((a) => {
    const factory = factories[a.index];
    if (!factory) return null;
    const policy = factory({ scenario: pub, actor: a.index, seed: record.seed });
    policy.observe?.(eventsFor(game.events, a.index));
    return policy;
  });
  const last = Math.min(record.weeks, throughWeek);
  const log = [...game.log];
  const events = [...game.events];
  let state = game.state;
  for (let week = 1; week <= last && !state.ended; week++) {
    const orders = record.actions.filter((a) => a.week === week).map((a) => a.action as Action);
    policies.forEach((policy, actor) =>
      policy?.decide(viewFor(scenario, state, actor), legalActions(scenario, state, actor)),
    );
    const result = resolveWeek(scenario, state, orders);
    policies.forEach((policy, actor) => policy?.observe?.(eventsFor(result.events, actor)));
    const refused = result.refused[0];
    if (refused) {
      return {
        ok: false,
        code: 'REPLAY_ILLEGAL_ACTION',
        message: `Week ${week}: a recorded action is not legal (${refused.rejection.code}: ${refused.rejection.message.replace(/\.$/, '')}).`,
      };
    }
    for (const action of orders) log.push({ week, action });
    events.push(...result.events);
    state = result.state;
  }
  game = { state, events, log, refused: [] };
  return { ok: true, game, record, policies };
}
