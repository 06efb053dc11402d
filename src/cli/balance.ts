/**
 * npm run balance -- <scenario.yaml> [--games n] [--seed s] [--workers w]
 *                    [--seats a=p,…] [--probes list] [--roles a,b] [--sweep p=a..b:k]
 *                    [--shard i/n] [--out dir] [--targets file.json] [--min-effect x] [--quiet]
 * npm run balance -- merge <dir…> --out <dir> [--targets file.json]
 * Plays thousands of seeded games headless and writes report.html,
 * summary.json, games.jsonl, CSV tables and state.json (for merge) to --out.
 * The scenario's balance: block says what to play (games, probes, roles: the
 * options override each) and the targets it must meet.
 * Exit codes: 0 done; 1 bad usage or scenario; 2 a balance target is violated.
 */
import {
  closeSync,
  createReadStream,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { csvTables } from './balance/csv';
import { runPool, runStatsFromJson } from './balance/pool';
import { formatSeconds, Progress } from './balance/progress';
import { reportHtml } from './balance/report';
import { makeState, mergeStates, readState, STATE_FILE, type BalanceState } from './balance/state';
import { terminalSummary } from './balance/terminal';
import { readScenarioFile } from './readScenarioFile';
import {
  buildCells,
  parseSeats,
  parseSweep,
  PROBE_SETS,
  shardRange,
  unitCount,
  type BalancePlan,
  summarise,
  checkTargets,
  hasTargets,
  parseBalanceRun,
  parseTargets,
  zoneSpecOf,
  type BalanceProblem,
  type BalanceRun,
  type CellDef,
  type TargetResult,
  type Targets,
  DEFAULT_POLICY,
  POLICIES,
  scenarioHashOf,
  formatDiagnostic,
  formatDiagnostics,
  loadCompiledScenario,
  parseScenarioYaml,
  ENGINE_VERSION,
  type RunStats,
  type CompiledScenario,
} from '../engine/authoring';

export const USAGE = `Usage: npm run balance -- <scenario.yaml> [options]
       npm run balance -- merge <dir…> --out <dir> [--targets file.json]
  --games <n>           games per population (and per sweep step); default: the balance block's games, or 1000
  --seed <s>            base seed; game i plays seed f(s, i) in every population; default 1
  --workers <w>         worker threads; default: the CPU count (${availableParallelism()}); 0 plays in-process
  --seats a=p,…         the baseline's seats (default: ${DEFAULT_POLICY} everywhere); p is a policy
                        (${[...POLICIES.keys()].join(', ')}) or a probe (below)
  --probes list         populations beside the baseline, each probed role playing each of:
                        ${PROBE_SETS.join(', ')} (sets), or specs: never-accept, accept-all, stall,
                        max-pressure, forbid:<action>, force:<action>, forbid:<lever>=<option>,
                        force:<lever>=<option>, expert[:<rollouts>], oracle[:<rollouts>] (the expert
                        seeing the whole game: a ceiling), <probe>@<policy>, everyone:<policy>
                        (default: the balance block's probes, or none)
  --roles a,b           the roles probed (default: the balance block's roles, or every actor)
  --sweep p=a..b:k      vary the scenario's param p over k evenly spaced values from a to b
  --shard i/n           play only shard i (0-based) of n; merge the shards' --out dirs later
  --out <dir>           where to write the report (default balance-out)
  --targets <file>      a JSON file with the balance: block's keys (docs/balance.md), in the scenario's block's place;
                        exit 2 when a target is violated
  --min-effect <x>      smallest mean gain (points) for a probe to be flagged; default 1
  --quiet               no progress on stderr`;

class UsageError extends Error {}

/** Where a run writes: the terminal normally, buffers in tests. */
export interface BalanceIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Progress goes here (a bar on a terminal, plain lines otherwise); none when omitted. */
  readonly progress?: NodeJS.WriteStream;
}

const PROCESS_IO: BalanceIo = {
  stdout: (t) => {
    process.stdout.write(t);
  },
  stderr: (t) => {
    process.stderr.write(t);
  },
  progress: process.stderr,
};

/** Runs the command; resolves to the exit code (0 done, 1 bad usage or scenario, 2 a target violated). */
export async function balance(argv: readonly string[], io: BalanceIo = PROCESS_IO): Promise<number> {
  try {
    return await main(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${USAGE}\n`);
      return 1;
    }
    // One line, no stack: a bug of ours, to report with the command that met it.
    const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.stderr(
      `balance failed: ${what.split('\n')[0] ?? what} (this is a bug in Parley; please report it with the command)\n`,
    );
    return 1;
  }
}

interface Outputs {
  readonly dir: string;
  readonly state: BalanceState;
  readonly scenario: CompiledScenario;
  readonly targets: Targets | null;
}

/** A scenario's balance block or a --targets file (what to play and what must hold), and how to point at its problems. */
interface Block {
  readonly json: unknown;
  readonly explain: (problems: readonly BalanceProblem[]) => string;
}

async function main(argv: readonly string[], io: BalanceIo): Promise<number> {
  if (argv[0] === 'merge') return merge(argv.slice(1), io);
  const { values: opts, positionals } = parse(argv, {
    games: { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    seats: { type: 'string' },
    probes: { type: 'string' },
    roles: { type: 'string' },
    sweep: { type: 'string' },
    shard: { type: 'string' },
    out: { type: 'string' },
    targets: { type: 'string' },
    'min-effect': { type: 'string' },
    quiet: { type: 'boolean' },
    help: { type: 'boolean' },
  });
  if (opts.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const [file, ...more] = positionals;
  if (file === undefined) throw new UsageError('Which scenario? Give one scenario file.');
  if (more.length > 0) throw new UsageError(`Give one scenario file, not ${positionals.length}.`);
  const { scenario, text } = loadFile(file);
  const block = opts.targets === undefined ? scenarioBlock(scenario, text) : fileBlock(opts.targets);
  const run = runOf(scenario, block);
  const games = opts.games === undefined ? (run.games ?? 1000) : whole(opts.games, '--games', 1);
  const seed = whole(opts.seed ?? '1', '--seed', 0);
  const workers = whole(opts.workers ?? String(availableParallelism()), '--workers', 0);
  const minEffect = decimal(opts['min-effect'] ?? '1', '--min-effect');
  const seats = ok(parseSeats(scenario, opts.seats, DEFAULT_POLICY));
  const sweep = opts.sweep === undefined ? null : ok(parseSweep(scenario, opts.sweep));
  const roles =
    opts.roles === undefined
      ? (run.roles ?? scenario.actors.map((a) => a.index))
      : opts.roles.split(',').map((id) => {
          const actor = scenario.actors.find((a) => a.id === id.trim());
          if (!actor)
            throw new UsageError(`--roles: no actor "${id}" (actors: ${scenario.actors.map((a) => a.id).join(', ')})`);
          return actor.index;
        });
  const probes =
    opts.probes === undefined
      ? (run.probes ?? [])
      : opts.probes
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  const cells = ok(buildCells(scenario, seats, probes, roles, DEFAULT_POLICY));
  const targets = targetsOf(scenario, block, cells);
  const plan: BalancePlan = {
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    scenarioHash: scenarioHashOf(scenario),
    engineVersion: ENGINE_VERSION,
    seed,
    games,
    sweep,
    cells,
    zone: targets ? zoneSpecOf(scenario, targets) : null,
  };
  const units = unitCount(plan);
  const [from, to] = opts.shard === undefined ? [0, units] : shardOf(opts.shard, units);
  const dir = opts.out ?? 'balance-out';
  mkdirSync(dir, { recursive: true });

  const total = (to - from) * cells.length;
  const progress = new Progress(total, 'balance', io.progress, opts.quiet !== true);
  const cpuAtStart = process.cpuUsage();
  // Resident memory at each progress report, by tenth of the games. Memory that grew with the games played
  // would raise each tenth's median above the one before; V8's collection cycle moves single samples, and so
  // the peak, but hardly the medians.
  const rssByTenth: number[][] = [];
  for (let i = 0; i < 10; i++) rssByTenth.push([]);
  const jsonl = openSync(join(dir, 'games.jsonl'), 'w');
  let stats: RunStats;
  try {
    stats = await runPool({
      workers,
      source: text,
      file,
      plan,
      defaultPolicy: DEFAULT_POLICY,
      from,
      to,
      onLines: (lines) => {
        if (lines.length > 0) writeSync(jsonl, lines.join('\n') + '\n');
      },
      onProgress: (done) => {
        progress.update(done);
        rssByTenth[Math.min(9, Math.floor((done * 10) / total))]?.push(process.memoryUsage.rss());
      },
    });
  } finally {
    closeSync(jsonl);
  }
  const seconds = progress.finish();
  const state = makeState(plan, DEFAULT_POLICY, minEffect, basename(file), text, to > from ? [[from, to]] : [], stats);
  const { terminal, results } = writeOutputs({ dir, state, scenario, targets });
  // Timings and memory stay out of summary.json, which must not depend on the machine.
  // CPU time of the whole process (every thread) since the games started: games per CPU-second is
  // the speed per core, whatever else the machine is doing.
  const cpu = process.cpuUsage(cpuAtStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  writeFileSync(
    join(dir, 'run.json'),
    JSON.stringify(
      {
        games: total,
        seconds,
        gamesPerSecond: seconds > 0 ? total / seconds : null,
        cpuSeconds,
        gamesPerCpuSecond: cpuSeconds > 0 ? total / cpuSeconds : null,
        workers,
        units: [from, to],
        maxRssMB,
        rssMBByTenth: rssByTenth.map(medianMB),
        node: process.version,
        cpus: availableParallelism(),
      },
      null,
      2,
    ) + '\n',
  );
  io.stdout(terminal);
  io.stdout(
    `\n${total.toLocaleString('en')} games in ${formatSeconds(seconds)} (${(total / Math.max(seconds, 1e-9)).toFixed(0)} games/s, ${workers === 0 ? 'in-process' : `${workers} worker(s)`}) → ${join(dir, 'report.html')}\n`,
  );
  return results && results.some((r) => !r.ok) ? 2 : 0;
}

async function merge(argv: readonly string[], io: BalanceIo): Promise<number> {
  const { values: opts, positionals } = parse(argv, {
    out: { type: 'string' },
    targets: { type: 'string' },
    help: { type: 'boolean' },
  });
  if (opts.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('merge needs the --out directories of the shards to merge.');
  if (opts.out === undefined) throw new UsageError('merge needs --out <dir> for the merged report.');
  let merged;
  try {
    merged = mergeStates(positionals.map((dir) => ({ dir, state: readState(dir) })));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { state, order } = merged;
  const loaded = loadCompiledScenario(state.scenario.text, state.scenario.file);
  if (!loaded.ok) throw new UsageError(`the shards' scenario does not load:\n${formatDiagnostics(loaded.diagnostics)}`);
  // The shards played already: the block's games and probes are theirs; its targets are judged on their populations.
  const block =
    opts.targets === undefined ? scenarioBlock(loaded.scenario, state.scenario.text) : fileBlock(opts.targets);
  const targets = targetsOf(loaded.scenario, block, state.plan.cells);
  mkdirSync(opts.out, { recursive: true });
  // games.jsonl: the shards' files, in the order of their units — the same bytes as one run's.
  const out = openSync(join(opts.out, 'games.jsonl'), 'w');
  try {
    for (const dir of order) {
      const path = join(dir, 'games.jsonl');
      if (!existsSync(path)) {
        io.stderr(`${path} is missing; games.jsonl lacks that shard's games.\n`);
        continue;
      }
      for await (const chunk of createReadStream(path)) writeSync(out, chunk as Buffer);
    }
  } finally {
    closeSync(out);
  }
  const { terminal, results } = writeOutputs({ dir: opts.out, state, scenario: loaded.scenario, targets });
  io.stdout(terminal);
  const units = unitCount(state.plan);
  const covered = state.ranges.reduce((s, [a, b]) => s + b - a, 0);
  io.stdout(
    `\nMerged ${positionals.length} shard(s): ${covered.toLocaleString('en')} of ${units.toLocaleString('en')} units${covered < units ? ' — some shards are missing' : ''} → ${join(opts.out, 'report.html')}\n`,
  );
  return results && results.some((r) => !r.ok) ? 2 : 0;
}

/** Writes the run's files and returns the summary table to print; the report and the table read the same scenario. */
function writeOutputs({ dir, state, scenario, targets }: Outputs): {
  terminal: string;
  results: TargetResult[] | null;
} {
  const summary = summarise(scenario, state.plan, runStatsFromJson(state.stats), { minEffect: state.minEffect });
  const results = targets ? checkTargets(scenario, state.plan.cells, summary, targets) : null;
  writeFileSync(join(dir, STATE_FILE), JSON.stringify(state) + '\n');
  writeFileSync(
    join(dir, 'summary.json'),
    JSON.stringify(results ? { ...summary, targets: results } : summary, null, 1) + '\n',
  );
  for (const [name, content] of Object.entries(csvTables(summary, results))) writeFileSync(join(dir, name), content);
  writeFileSync(join(dir, 'report.html'), reportHtml(summary, scenario, state.scenario.text, results));
  return { terminal: terminalSummary(summary, results, scenario.turns.unit), results };
}

function parse<T extends NonNullable<Parameters<typeof parseArgs>[0]>['options']>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function loadFile(file: string): { scenario: CompiledScenario; text: string } {
  const decoded = readScenarioFile(file);
  if (!decoded.ok) throw new UsageError(formatDiagnostic(decoded.diagnostic));
  const loaded = loadCompiledScenario(decoded.text, file);
  if (!loaded.ok) throw new UsageError(formatDiagnostics(loaded.diagnostics));
  return { scenario: loaded.scenario, text: decoded.text };
}

/** The scenario's own `balance:` block, if it has one (the loader has checked its shape and ids). */
function scenarioBlock(scenario: CompiledScenario, text: string): Block | null {
  const balance = scenario.input.balance;
  if (!balance) return null;
  return {
    json: balance,
    // Each problem at its place in the file, in the file's order, as the loader writes its diagnostics.
    explain: (problems) => {
      const parsed = parseScenarioYaml(text, scenario.file);
      return problems
        .map((p) => ({ p, at: parsed.ok ? parsed.sourceMap.position(['balance', ...p.path], p.atKey) : null }))
        .sort((a, b) => (a.at && b.at ? a.at.line - b.at.line || a.at.col - b.at.col : 0))
        .map(({ p, at }) => `${scenario.file}${at ? `:${at.line}:${at.col}` : ''}: error ${p.message}`)
        .join('\n');
    },
  };
}

function fileBlock(file: string): Block {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`${file}: cannot read targets (${(error as Error).message}).`);
  }
  return { json, explain: (problems) => `${file}:\n${problems.map((p) => `  ${p.message}`).join('\n')}` };
}

/** What the block says to play (nothing without one). */
function runOf(scenario: CompiledScenario, block: Block | null): BalanceRun {
  if (!block) return {};
  const parsed = parseBalanceRun(scenario, block.json);
  if (!parsed.ok) throw new UsageError(block.explain(parsed.problems));
  return parsed.run;
}

/** The block's targets about the run's populations, or null when it has none. */
function targetsOf(scenario: CompiledScenario, block: Block | null, cells: readonly CellDef[]): Targets | null {
  if (!block) return null;
  const parsed = parseTargets(scenario, block.json, cells);
  if (!parsed.ok) throw new UsageError(block.explain(parsed.problems));
  return hasTargets(parsed.targets) ? parsed.targets : null;
}

function ok<T>(parsed: { ok: true; value: T } | { ok: false; message: string }): T {
  if (!parsed.ok) throw new UsageError(parsed.message);
  return parsed.value;
}

function whole(text: string, flag: string, min: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min || n > 4294967295)
    throw new UsageError(`${flag} needs a whole number${min > 0 ? ` from ${min}` : ''}, not "${text}".`);
  return n;
}

function decimal(text: string, flag: string): number {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n < 0)
    throw new UsageError(`${flag} needs a number ≥ 0, not "${text}".`);
  return n;
}

/** The median of resident-memory samples in bytes, in whole MB; null for none. */
function medianMB(samples: readonly number[]): number | null {
  if (samples.length === 0) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) / 2 ** 20);
}

function shardOf(text: string, units: number): readonly [number, number] {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const i = m ? Number(m[1]) : Number.NaN;
  const n = m ? Number(m[2]) : Number.NaN;
  if (!m || n < 1 || i >= n)
    throw new UsageError(`--shard "${text}": write i/n with 0 ≤ i < n, e.g. --shard 0/4 … --shard 3/4.`);
  return shardRange(units, i, n);
}

// Run only when executed (`tsx src/cli/balance.ts …`), not when a test imports balance().
function invokedDirectly(): boolean {
  try {
    return realpathSync(process.argv[1] ?? '') === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly())
  void balance(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
