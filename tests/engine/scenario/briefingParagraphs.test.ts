/**
 * A briefing written as labelled paragraphs: each paragraph keeps its own
 * label (and quote or note), a reported paragraph's quote is held to its
 * source like any other, the word count and the summary read the paragraphs
 * together, and the public scenario carries none of it. The plain text form
 * still loads, as one paragraph under the actor's label. Options may carry
 * their own label; without one they have their lever's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicScenario, roleChoice } from '../../../src/engine/index';
import { loadScenario } from '../../../src/engine/loader';

const FILE = 'minimal.yaml';
const base = readFileSync('tests/fixtures/minimal.yaml', 'utf8');
const NORTH_BRIEFING = 'briefing: We want the border where it was.';
const QUOTA_OPTIONS = 'options: [{ id: none, name: None }, { id: small, name: Small }, { id: large, name: Large }]';

function patch(from: string, to: string, text = base): string {
  expect(text, `the fixture no longer contains ${JSON.stringify(from)}`).toContain(from);
  return text.replace(from, to);
}

const paragraphs = (items: string) => patch(NORTH_BRIEFING, `briefing:\n${items}`);

const LABELLED = paragraphs(
  [
    '      - text: The two of us agreed to talk about the border.',
    '        label: reported',
    '        source: note',
    '        quote: The two neighbours agreed to talk about the border.',
    '      - text: Our farmers have used the river for centuries.',
    '        label: context',
    '        note: A fact the note does not contain.',
    '      - text: If there is no deal, tension rises every week.',
    '        label: simulated',
  ].join('\n'),
);

function loaded(text: string) {
  const result = loadScenario(text, FILE);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result;
}

describe('a briefing in labelled paragraphs', () => {
  it('reaches the role screen paragraph by paragraph, each with its label, quote or note', () => {
    const role = roleChoice(loaded(LABELLED).scenario);
    expect(role.briefingParagraphs[0]).toEqual([
      {
        text: 'The two of us agreed to talk about the border.',
        provenance: { label: 'reported', source: 'note', quote: 'The two neighbours agreed to talk about the border.' },
      },
      {
        text: 'Our farmers have used the river for centuries.',
        provenance: { label: 'context', note: 'A fact the note does not contain.' },
      },
      { text: 'If there is no deal, tension rises every week.', provenance: { label: 'simulated' } },
    ]);
    // The whole briefing, for the summary and the word count, is the paragraphs together.
    expect(role.briefings[0]).toBe(
      'The two of us agreed to talk about the border.\n\nOur farmers have used the river for centuries.\n\nIf there is no deal, tension rises every week.',
    );
    expect(role.summaries[0]).toBe(
      'The two of us agreed to talk about the border. Our farmers have used the river for centuries. If there is no deal, tension rises every week.',
    );
  });

  it('in the plain text form is one paragraph under the actor’s own label', () => {
    const role = roleChoice(loaded(base).scenario);
    expect(role.briefingParagraphs[0]).toEqual([{ text: 'We want the border where it was.', provenance: null }]);
  });

  it('counts the words of all its paragraphs for BRIEFING_LENGTH', () => {
    const many = Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ');
    const two = paragraphs(
      [`      - { text: ${many}, label: simulated }`, `      - { text: ${many}, label: simulated }`].join('\n'),
    );
    const codes = (text: string, actor: string) =>
      loaded(text)
        .diagnostics.filter((d) => d.code === 'BRIEFING_LENGTH')
        .map((d) => d.message)
        .filter((m) => m.startsWith(actor));
    expect(codes(two, 'North')).toEqual([]);
    expect(codes(paragraphs(`      - { text: ${many}, label: simulated }`), 'North')).toEqual([
      "North's briefing has 80 words; aim for 150–300.",
    ]);
  });

  it('holds a reported paragraph to its quote, at the paragraph', () => {
    const text = LABELLED.replace(
      'quote: The two neighbours agreed to talk about the border.',
      'quote: The neighbours agreed to talk.',
    );
    const result = loadScenario(text, FILE);
    const d = result.diagnostics.find((x) => x.code === 'QUOTE_NOT_IN_SOURCE');
    const line = text.split('\n').findIndex((l) => l.includes('quote: The neighbours agreed to talk.')) + 1;
    expect(d).toMatchObject({ severity: 'error', line, col: 16 });
  });

  it('reports a paragraph without a label at that paragraph, not as a wrong kind of briefing', () => {
    const text = paragraphs('      - text: We want the border where it was.');
    const result = loadScenario(text, FILE);
    expect(result.ok).toBe(false);
    const line = text.split('\n').findIndex((l) => l.includes('- text: We want the border')) + 1;
    expect(result.diagnostics.map((d) => [d.code, d.line])).toEqual([['SCHEMA_VALUE', line]]);
    expect(result.diagnostics[0]?.message).toBe(
      '`actors[0].briefing[0].label` must be one of: reported, context, simulated.',
    );
  });

  it('names a misspelt key inside a paragraph', () => {
    const text = paragraphs('      - { text: We want the border where it was., label: simulated, nte: x }');
    const result = loadScenario(text, FILE);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['SCHEMA_UNKNOWN_KEY']);
    expect(result.diagnostics[0]?.hint).toBe('Did you mean `note`?');
  });

  it('stays out of the public scenario, as the plain briefing does', () => {
    const pub = JSON.stringify(publicScenario(loaded(LABELLED).scenario));
    expect(pub).not.toContain('Our farmers');
    expect(pub).not.toContain('briefing');
  });
});

describe('an option’s label', () => {
  const labelled = patch(
    QUOTA_OPTIONS,
    'options: [{ id: none, name: None }, { id: small, name: Small, label: context, note: A quota of this size was discussed. }, { id: large, name: Large, label: simulated }]',
  );

  it('is its own when given, else its lever’s', () => {
    const quota = publicScenario(loaded(labelled).scenario).levers.find((l) => l.id === 'quota');
    expect(quota?.options.map((o) => o.provenance)).toEqual([
      { label: 'simulated' },
      { label: 'context', note: 'A quota of this size was discussed.' },
      { label: 'simulated' },
    ]);
  });

  it('when reported, needs its source and quote like any element', () => {
    const text = patch(QUOTA_OPTIONS, QUOTA_OPTIONS.replace('name: Small }', 'name: Small, label: reported }'));
    const result = loadScenario(text, FILE);
    expect(result.diagnostics.map((d) => d.code)).toContain('PROVENANCE_MISSING');
  });
});

describe('a missing briefing', () => {
  it('is reported as missing, in the actor', () => {
    const text = patch(`    ${NORTH_BRIEFING}\n`, '');
    const result = loadScenario(text, FILE);
    expect(result.diagnostics.map((d) => [d.code, d.message, d.hint])).toEqual([
      ['SCHEMA_MISSING', '`actors[0].briefing` is missing.', 'Add `briefing:` (text or a list).'],
    ]);
  });
});
