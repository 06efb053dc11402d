/**
 * The red-team cases: files that are silly or impossible but that the
 * loader once accepted, or reported badly. Each gets one diagnostic with
 * its code, a position at the fault, a plain message and a hint that says
 * what to do — and the files that were fine stay fine.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Diagnostic, DiagnosticCode } from '../../../src/engine/scenario/Diagnostic';
import { loadScenario } from '../../../src/engine/scenario/loadScenario';

const FILE = 'minimal.yaml';
const base = readFileSync('tests/fixtures/minimal.yaml', 'utf8');

/** Replaces one exact piece of the fixture (and fails loudly if it is not there). */
function patch(from: string, to: string, text = base): string {
  expect(text, `the fixture no longer contains ${JSON.stringify(from)}`).toContain(from);
  return text.replace(from, to);
}

/** `line:col` of the `at`-th character of the `nth` occurrence of `needle`. */
function positionOf(text: string, needle: string, at = 0, nth = 0): string {
  let offset = -1;
  for (let k = 0; k <= nth; k++) offset = text.indexOf(needle, offset + 1);
  expect(offset, `${JSON.stringify(needle)} is not in the text`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset + at);
  return `${before.split('\n').length}:${offset + at - before.lastIndexOf('\n')}`;
}

/** The diagnostics other than the fixture's own two short-briefing warnings. */
function problems(text: string): Diagnostic[] {
  return loadScenario(text, FILE).diagnostics.filter((d) => d.code !== 'BRIEFING_LENGTH');
}

/** The text has exactly one problem, with this code, at this position, and it stops the load. */
function theOneError(text: string, code: DiagnosticCode, at: string): Diagnostic {
  const found = problems(text);
  expect(
    found.map((d) => `${d.line}:${d.col} ${d.code}`),
    found.map((d) => d.message).join('\n'),
  ).toEqual([`${at} ${code}`]);
  const d = found[0]!;
  expect(d.severity).toBe('error');
  expect(d.message).toMatch(/^\S.*[.?!]$/);
  expect(d.hint).toMatch(/^\S.*[.?!]$/);
  expect(loadScenario(text, FILE).ok).toBe(false);
  return d;
}

describe('1. a terminal ending that holds at the start', () => {
  it('is an error at its condition, naming it, when the condition is true on the initial state', () => {
    const text = patch('priority: 20, when: "world.tension >= 90"', 'priority: 20, when: "true"');
    const d = theOneError(text, 'ENDING_AT_START', positionOf(text, '"true"'));
    expect(d.message).toContain('`crisis`');
    expect(d.message).toContain('week 1');
  });

  it('reads the state a game starts from: the initial values, then the first week’s news', () => {
    const atStart = patch('"world.tension >= 90"', '"world.tension >= 50"');
    theOneError(atStart, 'ENDING_AT_START', positionOf(atStart, '"world.tension >= 50"'));
    // One point above the initial tension is not an ending at the start…
    expect(problems(patch('"world.tension >= 90"', '"world.tension >= 51"'))).toEqual([]);
    // …unless week 1's scheduled news raises the tension past it.
    const afterNews = patch('effects: { open: [quota] }', 'effects: { open: [quota], add: { world.tension: 45 } }');
    const d = theOneError(afterNews, 'ENDING_AT_START', positionOf(afterNews, '"world.tension >= 90"'));
    expect(d.message).toContain('`crisis`');
  });

  it('names the ending the end check picks: the higher priority', () => {
    const both = patch(
      'priority: 10, when: "settled.border and settled.quota"',
      'priority: 10, when: "world.tension >= 0"',
      patch('"world.tension >= 90"', '"world.tension >= 10"'),
    );
    expect(problems(both).map((d) => d.message)).toEqual([expect.stringContaining('`crisis`')]);
  });

  it('is not asked of a classification ending, which only names the game at its end', () => {
    const text = patch(
      '{ id: no_deal, title: No deal, kind: classification, priority: 0, default: true,',
      '{ id: talking, title: Talking, kind: classification, priority: 5, when: "true", narrative: x, label: simulated }\n  - { id: no_deal, title: No deal, kind: classification, priority: 0, default: true,',
    );
    expect(problems(text)).toEqual([]);
  });
});

describe('2. a reservation value that overflows', () => {
  it('is an error, not a warning that prints Infinity', () => {
    const huge = Array.from({ length: 40 }, () => '1000000000').join(' * ');
    const text = patch('reservation: "80 - 0.1 * world.tension - param.war_cost"', `reservation: "${huge}"`);
    const d = theOneError(text, 'RV_NOT_FINITE', positionOf(text, `"${huge}"`));
    expect(d.message).toContain('North');
    expect(d.message).not.toMatch(/Infinity/);
  });

  it('below the overflow it is an ordinary number, judged against the status quo as before', () => {
    const text = patch('reservation: "80 - 0.1 * world.tension - param.war_cost"', 'reservation: "1000000000"');
    expect(problems(text).map((d) => [d.code, d.severity])).toEqual([['RV_FAR_FROM_STATUS_QUO', 'warning']]);
  });
});

describe('3. an effect that opens and breaks the same lever', () => {
  it('is an error at the lever in `break:`', () => {
    const text = patch('effects: { open: [quota] }', 'effects: { open: [quota], break: [quota] }');
    const d = theOneError(text, 'EFFECT_OPEN_AND_BREAK', positionOf(text, 'break: [quota]', 8));
    expect(d.message).toContain('`quota`');
  });

  it('is checked in every set of effects: a rule’s too', () => {
    const text = patch(
      'add: { world.tension: "1" }',
      'add: { world.tension: "1" }\n    open: [quota]\n    break: [quota]',
    );
    theOneError(text, 'EFFECT_OPEN_AND_BREAK', positionOf(text, 'break: [quota]', 8));
  });
});

describe('4. an id shared across kinds', () => {
  it.each([
    ['an ending', 'an event', 'id: settled', 'id: talks_agreed'],
    ['a pressure', 'an actor', 'id: drills', 'id: north'],
    ['a rule', 'a lever', 'id: drift', 'id: quota'],
    ['an event', 'a metric', 'id: talks_agreed', 'id: tension'],
  ])('%s taking the id of %s is an error that names both places', (_a, _b, renamed, taken) => {
    const id = taken.slice(4);
    const text = patch(renamed, `id: ${id}`);
    // The second one in the file is at fault; the message gives the first one's line.
    const places = [positionOf(text, `id: ${id}`, 4, 0), positionOf(text, `id: ${id}`, 4, 1)];
    const d = theOneError(text, 'ID_SHARED', places[1]!);
    expect(d.message).toContain(`\`${id}\``);
    expect(d.message).toContain(`line ${places[0]!.split(':')[0]}`);
  });

  it('a param is a kind too: an actor taking a param’s name is reported at the actor, below it', () => {
    const text = patch('  war_cost: 2', '  war_cost: 2\n  north: 1');
    const d = theOneError(text, 'ID_SHARED', positionOf(text, 'id: north', 4));
    expect(d.message).toContain(`a param (line ${positionOf(text, 'north: 1').split(':')[0]}) and an actor (here)`);
  });

  it('a meeting rule is a kind of its own too', () => {
    const text = patch(
      'actions:\n',
      'meeting_rules:\n  - { id: drills, when: "true", includes: [north], others_allowed: false, message: Alone., label: simulated }\nactions:\n',
    );
    const d = theOneError(text, 'ID_SHARED', positionOf(text, 'id: drills', 4, 1));
    expect(d.message).toMatch(/a meeting rule \(line \d+\) and a pressure/);
  });

  it('a source is a kind too: a metric below it with its id is at fault', () => {
    const text = patch(
      'metrics:\n',
      'metrics:\n  - { id: note, name: Notes, min: 0, max: 1, initial: 0, label: simulated }\n',
    );
    const d = theOneError(text, 'ID_SHARED', positionOf(text, 'id: note', 4, 1));
    expect(d.message).toMatch(/a source \(line \d+\) and a metric \(here\)/);
  });

  it('options are named within their lever; an ending may share its lever’s id (format 1 scenarios do)', () => {
    const withOption = patch(
      '{ id: large, name: Large }',
      '{ id: large, name: Large }, { id: north, name: North }',
      patch('large: 10 }', 'large: 10, north: 0 }', patch('large: 100 }', 'large: 100, north: 0 }')),
    );
    expect(problems(withOption)).toEqual([]);
    expect(problems(patch('{ id: settled, title: Settled', '{ id: border, title: Settled'))).toEqual([]);
  });
});

describe('5. an impossible start date', () => {
  it.each(['9999-99-99', '2025-02-30', '2023-02-29', '2025-04-31', '2025-00-10', '2025-13-01', '2025-01-00'])(
    '%s is an error at the date',
    (date) => {
      const text = patch('start_date: "2025-01-06"', `start_date: "${date}"`);
      const d = theOneError(text, 'SCHEMA_FORMAT', positionOf(text, `"${date}"`));
      expect(d.message).toContain('`turns.start_date`');
      expect(d.hint).toContain('2025-02-28');
    },
  );

  it.each(['2024-02-29', '2000-02-29', '2025-12-31', '2025-01-06'])('%s is a real date and loads', (date) => {
    expect(problems(patch('start_date: "2025-01-06"', `start_date: "${date}"`))).toEqual([]);
  });

  it('unquoted, the YAML reads it as text all the same', () => {
    const text = patch('start_date: "2025-01-06"', 'start_date: 9999-99-99');
    theOneError(text, 'SCHEMA_FORMAT', positionOf(text, '9999-99-99'));
  });
});

describe('7. did you mean, for every kind of name', () => {
  it.each<[string, string, string, DiagnosticCode, string]>([
    ['an option (status quo)', 'status_quo: old_line', 'status_quo: old_lin', 'REF_OPTION', 'old_line'],
    ['an option (values)', 'quota: { none: 20, small: 60', 'quota: { none: 20, smal: 60', 'REF_OPTION', 'small'],
    ['an option (red lines)', 'red_lines: { quota: [none] }', 'red_lines: { quota: [nnoe] }', 'REF_OPTION', 'none'],
    ['an option (links)', 'border: new_line, quota: large', 'border: new_lin, quota: large', 'REF_OPTION', 'new_line'],
    ['an option (expression)', '"not settled.border"', '"lever.border == old_lin"', 'EXPR_UNKNOWN_OPTION', 'old_line'],
    [
      'an actor',
      'signatories: [north, south]\n    opens: start',
      'signatories: [north, sotuh]\n    opens: start',
      'REF_ACTOR',
      'south',
    ],
    ['a lever', 'effects: { open: [quota] }', 'effects: { open: [quot] }', 'REF_LEVER', 'quota'],
    ['a value', 'world: { world.tension: -0.1 }', 'world: { world.tensoin: -0.1 }', 'REF_VALUE', 'world.tension'],
    ['a param', '- param.war_cost"', '- param.war_cots"', 'EXPR_UNKNOWN_NAME', 'param.war_cost'],
    ['a source', 'source: note', 'source: nte', 'REF_SOURCE', 'note'],
    [
      'an ending',
      'early_end:',
      'balance: { ending_rate: { setled: [0.2, 0.8] } }\nearly_end:',
      'REF_ENDING',
      'settled',
    ],
  ])('%s: one error, and the hint names the close one', (_what, from, to, code, meant) => {
    const found = problems(patch(from, to));
    expect(found.map((d) => d.code)).toEqual([code]);
    expect(found[0]!.hint).toContain(`Did you mean \`${meant}\`?`);
  });

  it('a param overridden for a sweep', () => {
    const found = loadScenario(base, FILE, { params: { war_cots: 3 } }).diagnostics.filter(
      (d) => d.severity === 'error',
    );
    expect(found.map((d) => [d.code, d.hint])).toEqual([['REF_PARAM', 'Did you mean `war_cost`?']]);
  });
});

describe('8. one root cause, one message', () => {
  it.each([
    ['a nested key far from its name', '    colour: "#0072B2"', '    colr: "#0072B2"', 'colour'],
    ['a top-level key far from its name', 'language: en', 'lang: en', 'language'],
    ['a top-level key renamed', 'summary: Two', 'synopsis: Two', 'summary'],
    ['a nested key close to its name', '    colour: "#0072B2"', '    collour: "#0072B2"', 'colour'],
    ['a key in a flow map', 'count: 6,', 'cont: 6,', 'count'],
  ])('%s: only SCHEMA_UNKNOWN_KEY, at the key, suggesting the missing one', (_what, from, to, meant) => {
    const text = patch(from, to);
    const key = to.trim().split(':')[0]!;
    const d = theOneError(text, 'SCHEMA_UNKNOWN_KEY', positionOf(text, `${key}:`));
    expect(d.hint).toBe(`Did you mean \`${meant}\`?`);
  });

  it('a second spelling beside the real key is not taken for another missing key', () => {
    const text = patch(
      "    leader: The North's premier\n",
      '',
      patch('    colour: "#0072B2"', '    colour: "#0072B2"\n    collour: x'),
    );
    const found = problems(text);
    expect(found.map((d) => d.code).sort()).toEqual(['SCHEMA_MISSING', 'SCHEMA_UNKNOWN_KEY']);
    expect(found.find((d) => d.code === 'SCHEMA_UNKNOWN_KEY')!.hint).toBe('Did you mean `colour`?');
  });

  it('a misspelt option among the values is not reported again as a missing value', () => {
    const found = problems(patch('quota: { none: 20, small: 60', 'quota: { none: 20, smal: 60'));
    expect(found.map((d) => d.code)).toEqual(['REF_OPTION']);
  });

  it('a misspelt lever in `open:` is not reported again as a lever that never opens', () => {
    const found = problems(patch('effects: { open: [quota] }', 'effects: { open: [quot] }'));
    expect(found.map((d) => d.code)).toEqual(['REF_LEVER']);
  });
});

describe('9. a value with ": " in it', () => {
  it.each([
    ['a block value', 'title: A border deal', 'title: A border deal: the two neighbours talk', 'deal: the'],
    ['a briefing', 'briefing: We want the border', 'briefing: We want this: the border', 'this: the'],
    [
      'a value in a flow map',
      '{ id: old_line, name: The old line }',
      '{ id: old_line, name: The line: old }',
      'line: old',
    ],
  ])('%s: YAML_SYNTAX at the colon, with a hint to quote it', (_what, from, to, fault) => {
    const text = patch(from, to);
    const d = theOneError(text, 'YAML_SYNTAX', positionOf(text, fault, fault.indexOf(':')));
    expect(d.message).toContain('": "');
    expect(d.hint).toMatch(/must be quoted/);
  });

  it('a colon that YAML reads as text is no error, nor one inside quotes', () => {
    expect(problems(patch('title: A border deal', 'title: A border deal at 10:30'))).toEqual([]);
    expect(problems(patch('title: A border deal', 'title: "A border deal: the two talk"'))).toEqual([]);
  });
});

describe('formats written for format 1 still load', () => {
  it.each(['scenarios/tutorial.yaml', 'scenarios/ukraine-2025.yaml', 'tests/fixtures/allies.yaml'])(
    '%s loads with no error',
    (file) => {
      const result = loadScenario(readFileSync(file, 'utf8'), file);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.ok).toBe(true);
    },
  );
});
