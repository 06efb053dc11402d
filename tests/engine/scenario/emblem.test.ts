/**
 * An actor's emblem: an optional file name in assets/emblems/, public like
 * the name; the loader checks it against the files it is told exist (the lint
 * tells it), with the emblem's line and column, and leaves it alone otherwise.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import { loadScenario } from '../../../src/engine/scenario/loadScenario';

const base = readFileSync('tests/fixtures/minimal.yaml', 'utf8');
const withEmblem = (file: string) =>
  base.replace('    colour: "#0072B2"\n', `    colour: "#0072B2"\n    emblem: ${file}\n`);

describe('an actor’s emblem', () => {
  it('is public, and null when a scenario gives none', () => {
    const loaded = loadScenario(withEmblem('ua.svg'), 'minimal.yaml');
    if (!loaded.ok) throw new Error('does not load');
    expect(publicScenarioOf(loaded.scenario).actors.map((a) => a.emblem)).toEqual(['ua.svg', null]);
  });

  it('must name a file the caller lists: EMBLEM_MISSING at the emblem, with the files there are', () => {
    const text = withEmblem('north.svg');
    const loaded = loadScenario(text, 'minimal.yaml', { emblems: new Set(['ua.svg', 'ru.svg']) });
    const d = loaded.diagnostics.find((x) => x.code === 'EMBLEM_MISSING');
    const line = text.split('\n').findIndex((l) => l.includes('emblem: north.svg')) + 1;
    expect(d).toMatchObject({ severity: 'error', line, col: 13 });
    expect(d?.hint).toContain('ru.svg, ua.svg');
    expect(loadScenario(withEmblem('ua.svg'), 'minimal.yaml', { emblems: new Set(['ua.svg']) }).ok).toBe(true);
  });

  it('is a plain file name: no folder, no other kind of file', () => {
    for (const file of ['../secret.svg', 'flag.png', '"emblems/ua.svg"'])
      expect(loadScenario(withEmblem(file), 'minimal.yaml').diagnostics.map((d) => d.code)).toContain('SCHEMA_FORMAT');
  });
});
