/**
 * What the command line refuses, it refuses the same way everywhere: `lint`,
 * `sim` and `balance` read a scenario through one function, so a folder, a device, a
 * pipe, a missing or too large file gets the same FILE_UNREADABLE (or
 * FILE_TOO_LARGE) line from both, at once, with no stack trace. A file with
 * thousands of problems prints the first 50 and a count of the rest.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const TSX = resolve('node_modules/.bin/tsx');
const base = readFileSync('tests/fixtures/minimal.yaml', 'utf8');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(script: string, args: readonly string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      TSX,
      [resolve(`src/cli/${script}.ts`), ...args],
      { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // A process killed by the timeout (one that hung) has no numeric code.
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        done({ code, stdout, stderr });
      },
    );
  });
}

const STACK_FRAME = /^\s+at /m;
const BAD_TARGETS = 10_000;

let root: string;
const files: Record<string, string> = {};
const lint: Record<string, Run> = {};
const sim: Record<string, Run> = {};
const balance: Record<string, Run> = {};
let save: Run;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'parley-refused-'));
  files.folder = join(root, 'a_folder.yaml');
  mkdirSync(files.folder);
  files.fifo = join(root, 'pipe.yaml');
  execFileSync('mkfifo', [files.fifo]);
  files.device = '/dev/zero';
  files.missing = join(root, 'missing.yaml');
  files.large = join(root, 'large.yaml');
  writeFileSync(files.large, 'title: ' + 'a'.repeat(4 * 1024 * 1024) + '\n');
  // Ten thousand misspelt targets of one effect: ten thousand REF_VALUE errors.
  files.many = join(root, 'minimal.yaml');
  const targets = Array.from({ length: BAD_TARGETS }, (_, i) => `world.tension${i}: 1`).join(', ');
  writeFileSync(
    files.many,
    base.replace('effects: { add: { world.tension: 10 } }', `effects: { add: { ${targets} } }`),
  );
  files.good = join(root, 'good', 'minimal.yaml');
  mkdirSync(join(root, 'good'));
  writeFileSync(files.good, base);

  // The processes start together: each pays tsx's start-up once, in parallel.
  const names = ['folder', 'fifo', 'device', 'missing', 'large', 'many'] as const;
  const runs = await Promise.all([
    run('scenario', ['lint', ...names.map((n) => files[n]!)]),
    ...names.map((n) => run('sim', [files[n]!])),
    run('sim', [files.good!, '--until', '1', '--save', join(root, 'no-such-folder', 'game.json')]),
    ...names.map((n) => run('balance', [files[n]!, '--games', '1', '--out', join(root, `out-${n}`)])),
  ]);
  const [all, ...rest] = runs;
  // lint prints each file's lines in turn: split its output by file.
  for (const n of names) {
    lint[n] = {
      code: all!.code,
      stdout: all!.stdout
        .split('\n')
        .filter(
          (line, i, lines) =>
            line.startsWith(`${files[n]}:`) || (line.startsWith('  hint:') && lines[i - 1]!.startsWith(`${files[n]}:`)),
        )
        .join('\n'),
      stderr: all!.stderr,
    };
  }
  names.forEach((n, i) => (sim[n] = rest[i]!));
  save = rest[names.length]!;
  names.forEach((n, i) => (balance[n] = rest[names.length + 1 + i]!));
}, 180_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a file that cannot be a scenario', () => {
  it.each([
    ['folder', /^(\S+):1:1: error FILE_UNREADABLE This is a folder\.\n {2}hint: \S/],
    ['fifo', /^(\S+):1:1: error FILE_UNREADABLE This is not a regular file .*\n {2}hint: \S/],
    ['device', /^(\S+):1:1: error FILE_UNREADABLE This is not a regular file .*\n {2}hint: \S/],
    ['missing', /^(\S+):1:1: error FILE_UNREADABLE No such file\.\n {2}hint: \S/],
    ['large', /^(\S+):1:1: error FILE_TOO_LARGE .*\n {2}hint: \S/],
  ])('%s: lint and sim refuse it in the same words, exit 1, at once', (name, refusal) => {
    expect(lint[name]!.stdout).toMatch(refusal);
    expect(lint[name]!.code).toBe(1);
    // sim writes the same lines, to stderr, and plays nothing; so does the balance lab, before its usage.
    expect(sim[name]!).toEqual({ code: 1, stdout: '', stderr: `${lint[name]!.stdout}\n` });
    expect(balance[name]!).toMatchObject({ code: 1, stdout: '' });
    expect(balance[name]!.stderr.startsWith(`${lint[name]!.stdout}\n`)).toBe(true);
  });

  it('never prints a stack trace', () => {
    for (const r of [...Object.values(lint), ...Object.values(sim), ...Object.values(balance), save])
      expect(r.stdout + r.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('a file with ten thousand problems', () => {
  it('lint prints the first 50 with their hints, then one line with the count of the rest', () => {
    const lines = lint.many!.stdout.split('\n');
    // The fixture's two short briefings are warnings, before the errors in the file.
    const total = BAD_TARGETS + 2;
    expect(lines.filter((l) => / (error|warning) [A-Z_]+ /.test(l))).toHaveLength(50);
    expect(lines.filter((l) => / error REF_VALUE /.test(l))).toHaveLength(48);
    expect(lines.filter((l) => l.startsWith('  hint: '))).toHaveLength(50);
    expect(lines.at(-1)).toBe(`${files.many}: and ${(total - 50).toLocaleString('en')} more not shown`);
    expect(lines).toHaveLength(101);
    expect(lint.many!.code).toBe(1);
  });

  it('sim and the balance lab refuse it with the same lines', () => {
    expect(sim.many!.code).toBe(1);
    expect(sim.many!.stderr).toBe(`${lint.many!.stdout}\n`);
    expect(balance.many!.code).toBe(1);
    expect(balance.many!.stderr.startsWith(`${lint.many!.stdout}\n`)).toBe(true);
  });
});

describe('sim --save into a folder that does not exist', () => {
  it('says so in one line, with no stack trace', () => {
    expect(save.code).toBe(2);
    expect(save.stderr).toBe(
      `--save ${join(root, 'no-such-folder', 'game.json')}: there is no folder ${join(root, 'no-such-folder')}; create it first, or save elsewhere.\n`,
    );
  });
});
