/**
 * `npm run scenario -- lint|schema` as a teacher meets it: real processes,
 * real files in a temporary folder. Errors are `file:line:col: error CODE
 * message` plus a `hint:` line, exit codes are 0 / 1 / 2, and no stack trace
 * is ever printed.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/cli/scenario';
import { buildJsonSchema } from '../../src/engine/scenario/buildJsonSchema';
import { loadScenario } from '../../src/engine/scenario/loadScenario';

const TSX = resolve('node_modules/.bin/tsx');
const CLI = resolve('src/cli/scenario.ts');
const base = readFileSync('tests/fixtures/minimal.yaml', 'utf8');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    execFile(TSX, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      done({ code, stdout, stderr });
    });
  });
}

function positionOf(text: string, needle: string): string {
  const before = text.slice(0, text.indexOf(needle));
  return `${before.split('\n').length}:${before.length - before.lastIndexOf('\n')}`;
}

const STACK_FRAME = /^\s+at /m;

let root: string;
const runs: Record<string, Run> = {};
const broken = base.replace(
  'signatories: [north, south]\n    opens: start',
  'signatories: [north, sout]\n    opens: start',
);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'parley-cli-'));
  const dir = (name: string) => {
    const d = join(root, name);
    mkdirSync(d, { recursive: true });
    return d;
  };
  const good = dir('good');
  writeFileSync(join(good, 'minimal.yaml'), base);
  const bad = dir('bad');
  writeFileSync(join(bad, 'minimal.yaml'), broken);
  writeFileSync(join(bad, 'syntax.yaml'), 'format: 1\nid: syntax\ntitle: "Talks over the border\n');
  const odd = dir('odd');
  dir('odd/a_folder.yaml');
  writeFileSync(join(odd, 'big.yaml'), 'title: ' + 'a'.repeat(5 * 1024 * 1024) + '\n');
  const schema = dir('schema');
  dir('schema/scenarios');
  const noScenarios = dir('no-scenarios');

  // The processes start together: each pays tsx's start-up once, in parallel.
  const [a, b, c, d, e, f] = await Promise.all([
    run(['lint', 'minimal.yaml'], good),
    run(['lint', 'minimal.yaml', 'syntax.yaml'], bad),
    run(['lint', 'missing.yaml', 'a_folder.yaml', 'big.yaml'], odd),
    run([], root),
    run(['schema'], schema),
    run(['schema'], noScenarios),
  ]);
  Object.assign(runs, { good: a, broken: b, odd: c, none: d, schema: e, noScenarios: f });
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('scenario lint', () => {
  it('a good file: exit 0, prints ok with a summary', () => {
    const r = runs.good!;
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^minimal\.yaml: ok — 2 actors, 2 levers, 1 event, 3 endings, 2 warnings$/m);
    // Warnings are printed in the same format as errors, and do not fail the run.
    expect(r.stdout).toMatch(/^minimal\.yaml:\d+:\d+: warning BRIEFING_LENGTH /m);
    expect(r.stderr).toBe('');
  });

  it('a broken file: exit 1, `file:line:col: error CODE message` and a hint', () => {
    const r = runs.broken!;
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    const i = lines.findIndex((l) => l.startsWith(`minimal.yaml:${positionOf(broken, 'sout]')}: error REF_ACTOR `));
    expect(i, r.stdout).toBeGreaterThanOrEqual(0);
    // The message names the misspelling; the hint line suggests the fix.
    expect(lines[i]).toContain('`sout`');
    expect(lines[i + 1]).toMatch(/^ {2}hint: .*Did you mean `south`\?/);
    expect(r.stdout).not.toMatch(/^minimal\.yaml: ok/m);
  });

  it('each file is reported: a YAML error in the second one too', () => {
    const r = runs.broken!;
    expect(r.stdout).toMatch(/^syntax\.yaml:3:8: error YAML_SYNTAX .*quote/m);
    expect(r.stdout).toMatch(/^syntax\.yaml:3:8: .*\n {2}hint: \S/m);
  });

  it('a missing file, a folder and a 5 MB file: exit 1, one line each', () => {
    const r = runs.odd!;
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^missing\.yaml:1:1: error FILE_UNREADABLE \S/m);
    expect(r.stdout).toMatch(/^a_folder\.yaml:1:1: error FILE_UNREADABLE /m);
    expect(r.stdout).toMatch(/^big\.yaml:1:1: error FILE_TOO_LARGE /m);
  });

  it('no files: exit 2 and the usage', () => {
    const r = runs.none!;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Usage:/);
    expect(r.stderr).toContain('lint <file.yaml…>');
  });

  it('never prints a stack trace', () => {
    for (const [name, r] of Object.entries(runs)) {
      expect(r.stdout + r.stderr, `${name} printed a stack trace`).not.toMatch(STACK_FRAME);
      expect(r.stdout + r.stderr, name).not.toMatch(/\b(TypeError|RangeError|ReferenceError)\b/);
    }
  });
});

describe('scenario schema', () => {
  it('writes scenarios/scenario.schema.json relative to the working folder', () => {
    const r = runs.schema!;
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('wrote scenarios/scenario.schema.json\n');
    expect(readFileSync(join(root, 'schema', 'scenarios', 'scenario.schema.json'), 'utf8')).toBe(buildJsonSchema());
  });

  it('without a scenarios/ folder: exit 1, one plain line', () => {
    const r = runs.noScenarios!;
    expect(r.code).toBe(1);
    // One line that names the file and the system's error code.
    expect(r.stderr).toMatch(/^[^\n]*scenarios\/scenario\.schema\.json[^\n]*\bENOENT\b[^\n]*\n$/);
  });
});

describe('an internal error (a bug of ours) is one plain line, not a stack trace', () => {
  it('is caught per file; the next file is still checked', () => {
    const out: string[] = [];
    const file = join(root, 'good', 'minimal.yaml');
    let calls = 0;
    const code = lint(
      [file, file],
      (text) => out.push(text),
      (source, name, options) => {
        calls++;
        if (calls === 1) throw new TypeError('Cannot read properties of undefined (reading "x")');
        return loadScenario(source, name, options);
      },
    );
    expect(code).toBe(1);
    const text = out.join('');
    // One line: the file, `internal error`, the error's name and message, and that it is our bug.
    const line = text.split('\n').find((l) => l.startsWith(`${file}: internal error: `));
    expect(line, text).toBeDefined();
    expect(line).toContain('TypeError: Cannot read properties of undefined (reading "x")');
    expect(line).toContain('bug in Parley');
    expect(text).toContain(`${file}: ok — 2 actors`);
    expect(text).not.toMatch(STACK_FRAME);
  });
});

describe('new and explain, as a teacher starts a scenario', () => {
  it('writes a starter that lints clean and is explained; never overwrites; says how to call it', async () => {
    const made = await run(['new', 'harbour', 'drafts'], root);
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(made.stdout).toMatch(
      /^wrote drafts\/harbour\.yaml: lint it with `npm run scenario -- lint drafts\/harbour\.yaml`/,
    );
    const [linted, explained, again, bare] = await Promise.all([
      run(['lint', 'drafts/harbour.yaml'], root),
      run(['explain', 'drafts/harbour.yaml'], root),
      run(['new', 'harbour', 'drafts'], root),
      run(['explain'], root),
    ]);
    expect(linted).toMatchObject({
      code: 0,
      stdout: 'drafts/harbour.yaml: ok — 2 actors, 2 levers, 1 event, 4 endings\n',
    });
    expect(explained.code).toBe(0);
    expect(explained.stdout).toMatch(
      /^Zone of agreement at the start: open — \d+ of the 5 packages that change something/m,
    );
    expect(explained.stdout).toMatch(/^A quick batch: 200 games/m);
    expect(again).toMatchObject({
      code: 1,
      stderr: 'drafts/harbour.yaml already exists; choose another id, or delete the file first.\n',
    });
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('npm run scenario -- explain <file.yaml>');
    for (const r of [made, linted, explained, again, bare]) expect(r.stderr + r.stdout).not.toMatch(STACK_FRAME);
  });

  it('explains a broken file by its diagnostics, and exits 1', async () => {
    writeFileSync(
      join(root, 'broken.yaml'),
      base.replace(/^id: .*$/m, 'id: broken').replace('status_quo:', 'status_qo:'),
    );
    const r = await run(['explain', 'broken.yaml'], root);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^broken\.yaml:\d+:\d+: error /m);
    expect(r.stdout).not.toContain('Zone of agreement');
  });
});
