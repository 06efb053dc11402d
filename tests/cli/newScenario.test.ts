/**
 * `npm run scenario -- new <id>` writes a starter scenario that lints with no
 * diagnostic at all and plays: its computer players reach an agreement in
 * some games and not in others. It never overwrites a file, refuses an id
 * the format would refuse, and points the editor's schema modeline at the
 * bundled schema from any folder.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { newScenario } from '../../src/cli/newScenario';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { at } from '../../src/engine/util/at';
import { playGame, seeds } from '../engine/playGame';

const dir = mkdtempSync(path.join(tmpdir(), 'parley-new-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const emblems = new Set(readdirSync('assets/emblems'));

describe('scenario new', () => {
  it('writes <id>.yaml that lints with no diagnostic and plays to different endings', () => {
    const made = newScenario('harbour-deal', dir);
    expect(made).toEqual({ ok: true, file: path.join(dir, 'harbour-deal.yaml') });
    if (!made.ok) return;
    const text = readFileSync(made.file, 'utf8');
    expect(text).toMatch(/^id: harbour-deal$/m);
    const loaded = loadScenario(Buffer.from(text), made.file, { emblems });
    expect(loaded.diagnostics).toEqual([]);
    if (!loaded.ok) return;
    const endings = new Set(
      seeds(40).map((seed) => {
        const game = playGame(loaded.scenario, seed, seed % 2 === 0 ? 'negotiator' : 'random');
        return at(loaded.scenario.endings, game.state.ended?.ending ?? -1).id;
      }),
    );
    expect(endings).toContain('agreement');
    expect(endings.size).toBeGreaterThan(1);
  });

  it('points the schema modeline at the bundled schema from another folder', () => {
    const made = newScenario('elsewhere', dir);
    if (!made.ok) throw new Error(made.message);
    const modeline = /\$schema=(\S+)/.exec(readFileSync(made.file, 'utf8'))?.[1] ?? '';
    expect(path.resolve(dir, modeline)).toBe(path.resolve('scenarios/scenario.schema.json'));
  });

  it('never overwrites a file, and refuses an id the format refuses', () => {
    const file = path.join(dir, 'kept.yaml');
    writeFileSync(file, 'mine');
    expect(newScenario('kept', dir)).toEqual({
      ok: false,
      message: `${file} already exists; choose another id, or delete the file first.`,
    });
    expect(readFileSync(file, 'utf8')).toBe('mine');
    for (const bad of ['Harbour', '1st', 'a b', '', 'x'.repeat(41)])
      expect(newScenario(bad, dir)).toMatchObject({
        ok: false,
        message: expect.stringContaining('cannot be a scenario id'),
      });
  });
});
