/**
 * scanYamlTokens is yaml's Lexer without generators: for any text it hands
 * out exactly the tokens yaml's Lexer yields, in order, so that what
 * readPlainYaml sees is what the slow path parses. A sink that says stop
 * stops it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lexer } from 'yaml';
import { scanYamlTokens } from '../../../src/engine/scenario/scanYamlTokens';

function tokensOf(text: string): string[] {
  const tokens: string[] = [];
  expect(scanYamlTokens(text, (token) => tokens.push(token) > 0)).toBe(true);
  return tokens;
}

const lexed = (text: string): string[] => [...new Lexer().lex(text)];

const yamlFiles = [
  ...readdirSync('scenarios')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `scenarios/${f}`),
  ...readdirSync('tests/fixtures')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `tests/fixtures/${f}`),
];

/** Every ```yaml example of the docs, complete or not. */
const docExamples = readdirSync('docs')
  .filter((f) => f.endsWith('.md'))
  .flatMap((f) => [...readFileSync(`docs/${f}`, 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!));

const yamlish = fc.string({
  unit: fc.constantFrom(
    ...': - [ ] { } , " \' # & * ! | > ? % @ ` \\ < ~ + a b 1 0 . e _ x'.split(' '),
    ' ',
    '  ',
    '\n',
    '\n  ',
    '\n- ',
    '\t',
    '\r',
    '\r\n',
    '\uFEFF',
    '---',
    '...',
    '|2+',
    '>-',
    '%YAML 1.2',
    '%TAG ! tag:x,2000:',
    '!!str',
    '!<tag:x>',
    '&a',
    '*a',
    'é',
    '\u2028',
    '😀',
  ),
  maxLength: 80,
});

describe('scanYamlTokens gives the tokens of yaml’s Lexer', () => {
  it.each(yamlFiles)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(tokensOf(text)).toEqual(lexed(text));
  });

  it('for every YAML example in docs/', () => {
    expect(docExamples.length).toBeGreaterThan(20);
    for (const text of docExamples) expect(tokensOf(text)).toEqual(lexed(text));
  });

  it('for the empty text and a few edge cases', () => {
    for (const text of ['', '\n', ' ', '#', '-', '---', '...', '"', "'", '[', '{', ']', '|', '>', '\r', '\uFEFF', ':'])
      expect(tokensOf(text), JSON.stringify(text)).toEqual(lexed(text));
  });

  // Generous timeouts: the machine running the tests may be busy; the runs are fixed by their seeds.
  it('for YAML-flavoured strings', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        expect(tokensOf(text)).toEqual(lexed(text));
      }),
      { seed: 20250301, numRuns: 10_000 },
    );
  });

  it('for arbitrary strings', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
        expect(tokensOf(text)).toEqual(lexed(text));
      }),
      { seed: 17, numRuns: 1000 },
    );
  });
});

describe('stopping', () => {
  it('stops at the first token the sink refuses and says so', () => {
    const seen: string[] = [];
    const finished = scanYamlTokens('a: 1\nb: 2\n', (token) => {
      seen.push(token);
      return token !== ':';
    });
    expect(finished).toBe(false);
    expect(seen).toEqual(lexed('a: 1\nb: 2\n').slice(0, seen.length));
    expect(seen.at(-1)).toBe(':');
    expect(seen.filter((t) => t === ':')).toHaveLength(1);
  });
});
