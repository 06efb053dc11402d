/**
 * Records that outlive an upgrade (docs/model.md §7): a record replayed
 * under a changed copy of its scenario, or under another engine version,
 * replays its orders until the first that no longer applies, says which and
 * why in words, and gives the weeks before it as a branch that resumes. A
 * record edited by hand is still refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Game } from '../../../src/engine/game/Game';
import type { GameRecord } from '../../../src/engine/replay/GameRecord';
import { stateHashOf } from '../../../src/engine/replay/hashes';
import { checksumOf, recordGame } from '../../../src/engine/replay/recordGame';
import { replayPrefix } from '../../../src/engine/replay/replayPrefix';
import { replayRecord } from '../../../src/engine/replay/replayRecord';
import type { CompiledScenario } from '../../../src/engine/scenario/CompiledScenario';
import { loadScenario } from '../../../src/engine/scenario/loadScenario';
import { ENGINE_VERSION } from '../../../src/engine/version';
import { playGame } from '../playGame';

const FILE = 'tests/fixtures/ui-talks.yaml';
const TEXT = readFileSync(FILE, 'utf8');
const SEED = 7;

/** The fixture with `edit` applied to its text (the edit must change it). */
function edited(edit: (text: string) => string): CompiledScenario {
  const text = edit(TEXT);
  expect(text).not.toBe(TEXT);
  const loaded = loadScenario(text, 'ui-talks.yaml');
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  return loaded.scenario;
}

const original = edited((t) => `${t}\n`);

function played(): { game: Game; record: GameRecord } {
  const game = playGame(original, SEED, 'negotiator');
  const seats = Object.fromEntries(original.actors.map((a) => [a.id, 'negotiator']));
  return { game, record: recordGame(original, game, { seed: SEED, seats }) };
}

function resigned(record: GameRecord, edit: Partial<Omit<GameRecord, 'checksum'>>): GameRecord {
  const { checksum: _old, ...body } = { ...record, ...edit };
  return { ...body, checksum: checksumOf(body) };
}

describe('replaying a record under today’s scenario and rules', () => {
  const { game, record } = played();

  it('gives back the same record when nothing changed', () => {
    const result = replayPrefix(original, record);
    expect(result).toMatchObject({ ok: true, changed: false, stopped: null, weeks: record.weeks });
    expect(result.ok && result.record).toEqual(record);
  });

  it('replays every week when only a name changed, as a branch that resumes to the same state', () => {
    const renamed = edited((t) => t.replace('name: A joint fund', 'name: A shared fund'));
    const result = replayPrefix(renamed, record);
    if (!result.ok) throw new Error(result.message);
    expect(result).toMatchObject({ changed: true, stopped: null, weeks: record.weeks });
    expect(result.record.branchOf).toEqual({ checksum: record.checksum, week: record.weeks + 1 });
    const resumed = replayRecord(renamed, result.record);
    if (!resumed.ok) throw new Error(resumed.message);
    expect(stateHashOf(resumed.game.state)).toBe(stateHashOf(game.state));
  });

  it('stops at the first order naming an option the scenario no longer has, and says which and why', () => {
    // U.S. majority rights removed from the minerals fund (and from each actor's values for it).
    const removed = edited((t) =>
      t
        .replace('      - { id: us_majority, name: U.S. majority rights }\n', '')
        .replace(/, us_majority: \d+ \}/g, ' }'),
    );
    const first = record.actions.find(
      ({ action }) =>
        (action.type === 'propose' || action.type === 'counter') &&
        action.clauses.some((c) => c.lever === 0 && c.option === 2),
    );
    expect(first, 'the recorded game proposes U.S. majority rights at some point').toBeDefined();
    const result = replayPrefix(removed, record);
    if (!result.ok) throw new Error(result.message);
    expect(result.stopped).toMatchObject({ week: first!.week, who: original.actors[first!.action.actor]!.name });
    expect(result.stopped?.what).toContain('Minerals fund: something no longer in the scenario');
    expect(result.stopped?.why).toBe(
      'It names an option, a lever, a side or a pressure this version of the scenario no longer has',
    );
    expect(result.weeks).toBe(first!.week - 1);
    // The weeks before it resume under the changed scenario, labelled as a branch from that week.
    expect(result.record.branchOf).toEqual({ checksum: record.checksum, week: first!.week });
    const resumed = replayRecord(removed, result.record);
    expect(resumed.ok && resumed.game.state.week).toBe(first!.week);
  });

  it('replays a record from another engine version as a branch, every order still applying', () => {
    const older = resigned(record, { engineVersion: '0.9.0' });
    expect(older.engineVersion).not.toBe(ENGINE_VERSION);
    const result = replayPrefix(original, older);
    expect(result).toMatchObject({ ok: true, changed: true, stopped: null, weeks: record.weeks });
    expect(result.ok && result.record.engineVersion).toBe(ENGINE_VERSION);
  });

  it('refuses a record edited by hand', () => {
    const tampered = { ...record, seed: record.seed + 1 };
    expect(replayPrefix(original, tampered)).toMatchObject({ ok: false, code: 'REPLAY_TAMPERED' });
  });

  // An ending that the war's first week of drift (60 → 62) brings about: nothing recorded after week 1 applies.
  // (One true at the start would not load: ENDING_AT_START.)
  const endsEarly = (t: string) =>
    t.replace(
      'endings:\n',
      'endings:\n  - { id: stop, title: Stopped, kind: terminal, priority: 99, when: "world.war_intensity > 60", narrative: Stopped., label: simulated }\n',
    );

  it('says so when the game ended earlier under the changed scenario than the record goes', () => {
    const early = edited(endsEarly);
    expect(record.weeks).toBeGreaterThan(1);
    const result = replayPrefix(early, record);
    if (!result.ok) throw new Error(result.message);
    expect(result.stopped).toMatchObject({ week: 2, why: 'The game had already ended in week 1' });
    expect(result.weeks).toBe(1);
  });

  it('says when it ended in the scenario’s unit of turns: “day 1” in a scenario counted in days', () => {
    const inDays = (t: string) => t.replace('unit: week', 'unit: day');
    const days = edited(inDays);
    const seats = Object.fromEntries(days.actors.map((a) => [a.id, 'negotiator']));
    const dayRecord = recordGame(days, playGame(days, SEED, 'negotiator'), { seed: SEED, seats });
    expect(dayRecord.weeks).toBeGreaterThan(1);
    const early = edited((t) => endsEarly(inDays(t)));
    const result = replayPrefix(early, dayRecord);
    if (!result.ok) throw new Error(result.message);
    expect(result.stopped).toMatchObject({ week: 2, why: 'The game had already ended in day 1' });
  });
});
