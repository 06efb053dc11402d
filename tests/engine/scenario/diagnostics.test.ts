/**
 * docs/diagnostics.md is a contract: it lists exactly the codes of
 * `DiagnosticCode`, each with an example, and every example produces its
 * code when loaded (patched into the minimal scenario, or as a whole file).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { DIAGNOSTIC_CODES, severityOf, type DiagnosticCode } from '../../../src/engine/scenario/Diagnostic';
import { loadScenario } from '../../../src/engine/scenario/loadScenario';

const catalogue = readFileSync('docs/diagnostics.md', 'utf8');
const base = readFileSync('tests/fixtures/minimal.yaml', 'utf8');

interface Example {
  code: DiagnosticCode;
  fence: string;
  body: string;
}

function examples(): Example[] {
  const list: Example[] = [];
  const sections = catalogue.split(/^### /m).slice(1);
  for (const section of sections) {
    const code = section.slice(0, section.indexOf('\n')).trim() as DiagnosticCode;
    const match = /```(\w[\w-]*)\n([\s\S]*?)```/.exec(section);
    if (match) list.push({ code, fence: match[1]!, body: match[2]! });
  }
  return list;
}

/** Applies a `# in <path>` patch to the minimal scenario. */
function patched(body: string): string {
  const [first, ...rest] = body.split('\n');
  const path = first!.replace(/^# in /, '').trim();
  const segments = path === '.' ? [] : path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const doc = parseDocument(base);
  const patch = parseDocument(rest.join('\n')).toJS() as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) doc.deleteIn([...segments, key]);
    else doc.setIn([...segments, key], doc.createNode(value));
  }
  return doc.toString({ lineWidth: 0 });
}

function generated(body: string): string {
  const m = /^([\w.]+) = "(.*)" × (\d+) \+ "(.*)"$/.exec(body.trim());
  if (!m) throw new Error(`bad generated example: ${body}`);
  const doc = parseDocument(base);
  const path = m[1]!.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  doc.setIn(path, m[2]!.repeat(Number(m[3])) + m[4]!);
  return doc.toString({ lineWidth: 0 });
}

function bytes(body: string): Uint8Array {
  const repeat = /^repeat ([0-9a-f]{2}) (\d+)$/.exec(body.trim());
  if (repeat) return new Uint8Array(Number(repeat[2])).fill(parseInt(repeat[1]!, 16));
  return Uint8Array.from(
    body
      .trim()
      .split(/\s+/)
      .map((h) => parseInt(h, 16)),
  );
}

function codesOf(example: Example): string[] {
  const load = (source: string | Uint8Array, options = {}) =>
    loadScenario(source, 'minimal.yaml', options).diagnostics.map((d) => d.code);
  switch (example.fence) {
    case 'yaml':
      return load(example.body.startsWith('# in ') ? patched(example.body) : example.body);
    case 'bytes':
      return load(bytes(example.body));
    case 'generated':
      return load(generated(example.body));
    case 'params':
      return load(base, { params: parseDocument(example.body).toJS() as Record<string, number> });
    case 'shell': {
      const args = example.body.trim().split(/\s+/).slice(4);
      // A warning leaves the exit status 0, an error does not: the report is read from stdout either way.
      let report: string;
      try {
        report = execFileSync('npx', ['tsx', 'src/cli/scenario.ts', ...args], { encoding: 'utf8' });
      } catch (error) {
        report = String((error as { stdout: string }).stdout);
      }
      return [...report.matchAll(/ (?:error|warning) ([A-Z_0-9]+) /g)].map((m) => m[1]!);
    }
    default:
      throw new Error(`unknown fence ${example.fence}`);
  }
}

describe('the diagnostics catalogue', () => {
  const list = examples();

  it('has an example for every code it lists', () => {
    const headings = [...catalogue.matchAll(/^### ([A-Z_0-9]+)$/gm)].map((m) => m[1]);
    expect(list.map((e) => e.code)).toEqual(headings);
    expect(headings.length).toBeGreaterThan(45);
  });

  it('lists exactly the codes of DiagnosticCode', () => {
    const listed = list.map((e) => e.code);
    expect(new Set(listed).size, 'a code is listed twice').toBe(listed.length);
    expect([...listed].sort()).toEqual([...DIAGNOSTIC_CODES].sort());
  });

  it('gives each code the severity of its section', () => {
    const warnings = catalogue.slice(catalogue.indexOf('\n## Warnings\n'));
    for (const e of list)
      expect(severityOf(e.code), e.code).toBe(warnings.includes(`### ${e.code}\n`) ? 'warning' : 'error');
  });

  it('the base scenario loads without errors', () => {
    const result = loadScenario(base, 'minimal.yaml');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each(list.map((e) => [e.code, e] as const))('%s: its example triggers it', (code, example) => {
    expect(codesOf(example)).toContain(code);
  });
});
