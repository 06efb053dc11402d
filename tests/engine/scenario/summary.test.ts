/**
 * A role's summary: the author's own when given (a warning with its position
 * above 60 words), else the briefing's first sentences; the role screen gets
 * it through roleChoice, and a view never carries it, like the briefing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicScenario, roleChoice } from '../../../src/engine/index';
import { loadScenario } from '../../../src/engine/loader';

const FILE = 'minimal.yaml';
const base = readFileSync('tests/fixtures/minimal.yaml', 'utf8');
const NORTH_BRIEFING = 'briefing: We want the border where it was.';

function withNorth(lines: string): string {
  expect(base).toContain(NORTH_BRIEFING);
  return base.replace(NORTH_BRIEFING, lines);
}

function loaded(text: string) {
  const result = loadScenario(text, FILE);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result;
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('an actor’s summary', () => {
  it('is the author’s summary when the scenario gives one', () => {
    const text = withNorth(`${NORTH_BRIEFING}\n    summary: We keep the old line.`);
    const { scenario } = loaded(text);
    expect(roleChoice(scenario).summaries).toEqual(['We keep the old line.', 'We want the new line.']);
  });

  it('without one, is the briefing’s first sentences up to 50 words', () => {
    const [first, second] = [`Alpha ${words(19)}.`, `Beta ${words(24)}.`];
    const { scenario } = loaded(withNorth(`briefing: ${first} ${second} Gamma ${words(9)}. The rest.`));
    expect(roleChoice(scenario).summaries[0]).toBe(`${first} ${second}`);
  });

  it('over 60 words is a warning at the summary, and the scenario still loads', () => {
    const text = withNorth(`${NORTH_BRIEFING}\n    summary: ${words(61)}`);
    const result = loaded(text);
    const warning = result.diagnostics.find((d) => d.code === 'SUMMARY_LENGTH');
    const line = text.split('\n').findIndex((l) => l.startsWith('    summary:')) + 1;
    expect(warning).toMatchObject({ severity: 'warning', line, col: 14 });
    expect(warning?.message).toBe("North's summary has 61 words; aim for about 50, at most 60.");
    expect(
      loaded(withNorth(`${NORTH_BRIEFING}\n    summary: ${words(60)}`)).diagnostics.map((d) => d.code),
    ).not.toContain('SUMMARY_LENGTH');
  });

  it('stays out of the public scenario, as the briefing does', () => {
    const { scenario } = loaded(withNorth(`${NORTH_BRIEFING}\n    summary: We keep the old line.`));
    const pub = JSON.stringify(publicScenario(scenario));
    expect(pub).not.toContain('We keep the old line.');
    expect(pub).not.toContain('"summary":"We');
  });
});
