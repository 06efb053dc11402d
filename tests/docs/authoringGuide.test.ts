/**
 * docs/authoring.md is a tutorial a teacher follows command by command, so
 * every command it shows is run here, in the guide's order, in a temporary
 * folder (nothing in the repository changes), after the edits it asks for:
 *
 * - a ```sh block holds commands (`npm run <script> -- …`, run through tsx as
 *   package.json's script says); the ```text block right after it is what
 *   they print, cut where long: every line shown must be printed, in that
 *   order, and `…` stands for anything (a whole line of it, for any lines);
 * - `<!-- guide: exit N -->` before a ```sh block: the exit code it must
 *   give (0 otherwise);
 * - `<!-- guide: not run, <reason> -->` before a ```sh block: a command a
 *   person runs (the game's server), left out with its reason;
 * - `<!-- guide: edit <file> -->` before a ```yaml block: the change the
 *   guide asks for. Its keys replace the file's; maps are changed key by
 *   key, and a list of items with ids item by item (an id not there yet is
 *   added), so a snippet shows only what changes; a key left empty is
 *   deleted.
 * - `<!-- guide: replace <file> -->`: its top-level sections replace the
 *   file's whole.
 *
 * The guide's worked example of how the computer concedes is recomputed with
 * the engine's own function, and its table of sections is held to the schema.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isMap, isSeq, parse, parseDocument, type Document, type YAMLMap } from 'yaml';
import { concessionTarget, timeOf } from '../../src/engine/ai/concession';
import { buildJsonSchema } from '../../src/engine/scenario/buildJsonSchema';

const GUIDE = 'docs/authoring.md';
const doc = readFileSync(GUIDE, 'utf8');
const TSX = path.resolve('node_modules/.bin/tsx');
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

type Step =
  | { kind: 'run'; command: string; exit: number; shown: string | null }
  | { kind: 'skip'; command: string; reason: string }
  | { kind: 'edit'; file: string; yaml: string; whole: boolean };

/** The guide's fenced blocks in order, each with the marker comment just above it. */
function steps(markdown: string): Step[] {
  const fence = /^(?:<!-- guide: (.+?) -->\n)?```(\w*)\n([\s\S]*?)^```$/gm;
  const blocks = [...markdown.matchAll(fence)].map((m) => ({ marker: m[1] ?? '', lang: m[2]!, body: m[3]! }));
  const out: Step[] = [];
  blocks.forEach((b, i) => {
    if (b.lang === 'sh') {
      const commands = b.body.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
      const next = blocks[i + 1];
      const shown = next?.lang === 'text' && next.marker === '' ? next.body : null;
      const skip = /^not run, (.+)$/.exec(b.marker);
      const exit = /^exit (\d+)$/.exec(b.marker);
      if (b.marker !== '' && !skip && !exit) throw new Error(`unknown marker before ${commands[0]}: ${b.marker}`);
      commands.forEach((command, k) => {
        const last = k === commands.length - 1;
        if (skip) out.push({ kind: 'skip', command, reason: skip[1]! });
        else out.push({ kind: 'run', command, exit: exit ? Number(exit[1]) : 0, shown: last ? shown : null });
      });
    } else if (b.marker !== '') {
      const edit = /^(edit|replace) (\S+)$/.exec(b.marker);
      if (!edit || b.lang !== 'yaml') throw new Error(`unknown marker before a ${b.lang} block: ${b.marker}`);
      out.push({ kind: 'edit', file: edit[2]!, yaml: b.body, whole: edit[1] === 'replace' });
    }
  });
  return out;
}

interface Run {
  code: number;
  output: string;
}

/** `npm run <script> -- args` as package.json's `tsx <file>` script, in the folder. */
function run(command: string, cwd: string): Promise<Run> {
  const m = /^npm run (\w+)(?: -- (.*))?$/.exec(command);
  const script = m ? scripts[m[1]!] : undefined;
  const tsx = script ? /^tsx (\S+)$/.exec(script) : null;
  if (!m || !tsx) throw new Error(`the guide may show only npm run <tsx script> commands: ${command}`);
  const args = m[2]?.split(/\s+/) ?? [];
  // Paths stay inside the temporary folder.
  for (const a of args) if (path.isAbsolute(a) || a.split('/').includes('..')) throw new Error(`${command}: ${a}`);
  return new Promise((done) => {
    execFile(
      TSX,
      [path.resolve(tsx[1]!), ...args],
      { cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        done({ code, output: stdout + stderr });
      },
    );
  });
}

/**
 * The first line shown that is not printed where the guide shows it: the
 * lines shown follow each other as printed, from the first, unless a line of
 * `…` alone stands for lines left out; `…` within a line stands for any text.
 */
function missingShownLine(shown: string, output: string): string | null {
  const lines = output.split('\n').map((l) => l.trimEnd());
  let at = 0;
  let gap = false;
  for (const raw of shown.replace(/\n$/, '').split('\n')) {
    const line = raw.trimEnd();
    if (line === '…') {
      gap = true;
      continue;
    }
    const pattern = new RegExp(`^${line.split('…').map(escape).join('.*')}$`);
    const found = gap ? lines.findIndex((l, i) => i >= at && pattern.test(l)) : pattern.test(lines[at] ?? '') ? at : -1;
    if (found < 0) return line;
    at = found + 1;
    gap = false;
  }
  return null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Plain = Record<string, unknown>;
const isPlain = (x: unknown): x is Plain => typeof x === 'object' && x !== null && !Array.isArray(x);
const idOf = (x: unknown) => (isPlain(x) ? x['id'] : undefined);

/** Changes the file's map as the snippet says (see the header): key by key, and list items by id. */
function merge(file: Document, target: YAMLMap, patch: Plain): void {
  for (const [key, value] of Object.entries(patch)) {
    const current = target.get(key, true);
    if (value === null) target.delete(key);
    else if (isMap(current) && isPlain(value)) merge(file, current, value);
    else if (isSeq(current) && Array.isArray(value) && value.every((v) => typeof idOf(v) === 'string')) {
      for (const item of value as Plain[]) {
        const same = current.items.find((n) => isMap(n) && n.get('id') === item['id']);
        if (isMap(same)) merge(file, same, item);
        else current.add(file.createNode(item));
      }
    } else target.set(key, file.createNode(value));
  }
}

function applyEdit(folder: string, step: Extract<Step, { kind: 'edit' }>): void {
  const file = path.join(folder, step.file);
  const yaml = parseDocument(readFileSync(file, 'utf8'));
  const patch = parse(step.yaml) as Plain;
  if (!isMap(yaml.contents)) throw new Error(`${step.file} is not a map`);
  if (step.whole) for (const [key, value] of Object.entries(patch)) yaml.set(key, yaml.createNode(value));
  else merge(yaml, yaml.contents, patch);
  writeFileSync(file, yaml.toString({ lineWidth: 0 }));
}

const folder = mkdtempSync(path.join(tmpdir(), 'parley-guide-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const guide = steps(doc);

describe('docs/authoring.md, every command in order', () => {
  it('shows commands, and leaves out only the game server, with a reason', () => {
    expect(guide.filter((s) => s.kind === 'run').length).toBeGreaterThan(8);
    const skipped = guide.filter((s) => s.kind === 'skip');
    expect(skipped.map((s) => s.command)).toEqual(['npm run dev']);
  });

  guide.forEach((step, i) => {
    if (step.kind === 'skip') return;
    if (step.kind === 'edit') {
      it(`step ${i + 1}: ${step.whole ? 'replace' : 'edit'} ${step.file} (${Object.keys(parse(step.yaml) as Plain).join(', ')})`, () => {
        applyEdit(folder, step);
      });
      return;
    }
    it(`step ${i + 1}: ${step.command}`, { timeout: 90_000 }, async () => {
      const r = await run(step.command, folder);
      const context = `${step.command} printed:\n${r.output}`;
      expect(r.code, context).toBe(step.exit);
      expect(r.output, context).not.toMatch(/^\s+at /m);
      if (step.shown === null) return;
      const missing = missingShownLine(step.shown, r.output);
      expect(missing, `${GUIDE} shows a line ${step.command} does not print:\n${missing}\n\n${context}`).toBeNull();
    });
  });
});

describe('docs/authoring.md, what it says of the model and the format', () => {
  it('its example of conceding is what the computer player does', () => {
    const section = doc.slice(doc.indexOf('## How the computer players concede'));
    const given =
      /best package is worth (\d+) to it, whose no deal is\s+worth (\d+), with a horizon of (\d+) weeks/.exec(section);
    expect(given, 'the example’s best package, no deal and horizon').not.toBeNull();
    const [best, noDeal, horizon] = given!.slice(1).map(Number);
    const rows = [...section.matchAll(/^\| temperament (\d+(?:\.\d+)?) [^|]*\|((?: [\d.]+ \|)+)$/gm)];
    expect(rows.length).toBe(3);
    for (const [, e, cells] of rows) {
      const shown = cells!
        .split('|')
        .map((c) => c.trim())
        .filter((c) => c !== '')
        .map(Number);
      const computed = shown.map((_, w) =>
        Math.round(concessionTarget(noDeal!, best!, timeOf(w + 1, horizon!), Number(e))),
      );
      expect(shown, `temperament ${e}`).toEqual(computed);
    }
  });

  it('lists each section as required or optional, with the keys it requires and some it may have, as the schema does', () => {
    interface Shape {
      required?: string[];
      properties?: Record<string, Shape>;
      items?: Shape;
    }
    const schema = JSON.parse(buildJsonSchema()) as Shape & { required: string[]; properties: Record<string, Shape> };
    const table = doc.slice(doc.indexOf('## Which sections are required'));
    const rows = [...table.matchAll(/^\| `(\w+)` \| (required|optional) \|([^|]*)\|([^|]*)\|$/gm)];
    expect(rows.map((r) => r[1]).sort()).toEqual(Object.keys(schema.properties).sort());
    const keys = (cell: string) => [...cell.matchAll(/`(\w+)`/g)].map((m) => m[1]!).sort();
    for (const [, key, status, must, may] of rows) {
      expect(status, key).toBe(schema.required.includes(key!) ? 'required' : 'optional');
      const shape = schema.properties[key!]!.items ?? schema.properties[key!]!;
      const required = shape.required ?? [];
      expect(keys(must!), `the keys ${key} requires`).toEqual([...required].sort());
      const optional = Object.keys(shape.properties ?? {}).filter((k) => !required.includes(k));
      expect(
        keys(may!).filter((k) => !optional.includes(k)),
        `the keys ${key} may have`,
      ).toEqual([]);
    }
  });
});
