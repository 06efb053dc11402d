/**
 * A scenario's `balance:` block says what to play (games, probes, roles) and
 * what must hold on the probe populations; `npm run balance -- <file>` plays
 * it and exits 0 only when every target holds. The targets here are built
 * from the numbers a run produces, so each must pass or must fail.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { balance } from '../../src/cli/balance';
import type { CellDef } from '../../src/engine/balance/plan';
import type { BalanceSummary, Rate } from '../../src/engine/balance/summarise';
import { checkTargets, type TargetResult, type Targets } from '../../src/engine/balance/targets';
import type { CompiledScenario } from '../../src/engine/scenario/CompiledScenario';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { countedZoneShare } from './countedZoneShare';
import { createGame } from '../../src/engine/game/createGame';

const FIXTURE = readFileSync('tests/fixtures/three.yaml', 'utf8');
/** What the block plays: 60 games of 12 populations, in-process (about 2 s). */
const PLAY = { games: 60, probes: ['random', 'scripted', 'expert:2'], roles: ['beta', 'gamma'] };

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let root: string;
let count = 0;

/** The fixture with `block` as its balance block, in a folder of its own (the file keeps its id's name). */
function scenarioWith(block: unknown): { file: string; text: string } {
  const doc = parseDocument(FIXTURE);
  doc.set('balance', doc.createNode(block));
  const text = doc.toString();
  const dir = join(root, `s${count++}`);
  mkdirSync(dir);
  const file = join(dir, 'three.yaml');
  writeFileSync(file, text);
  return { file, text };
}

async function run(args: readonly string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await balance([...args, '--workers', '0', '--seed', '1', '--quiet'], {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

/** Plays `block` (with `args`) into a fresh --out folder. */
async function play(block: unknown, ...args: string[]): Promise<Run & { out: string; text: string; file: string }> {
  const { file, text } = scenarioWith(block);
  const out = join(root, `out${count++}`);
  return { ...(await run([file, '--out', out, ...args])), out, text, file };
}

const readJson = (dir: string, file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const readLines = (dir: string, file: string): Record<string, unknown>[] =>
  readFileSync(join(dir, file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
/** 1-based line of the first occurrence of `needle` in `text`. */
const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

let played: Awaited<ReturnType<typeof play>>;
let scenario: CompiledScenario;
let summary: BalanceSummary;
let cells: readonly CellDef[];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'parley-population-targets-'));
  played = await play(PLAY);
  const loaded = loadScenario(played.text, 'three.yaml');
  if (!loaded.ok) throw new Error('the fixture does not load');
  scenario = loaded.scenario;
  summary = readJson(played.out, 'summary.json') as BalanceSummary;
  cells = (readJson(played.out, 'state.json') as { plan: { cells: CellDef[] } }).plan.cells;
}, 120_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** The good-outcome rate of `role` in population `id` of the run. */
function good(id: string, role: string): Rate {
  const population = summary.steps[0]!.populations.find((p) => p.id === id);
  if (!population) throw new Error(`no population ${id}`);
  return population.roles[role]!.good;
}
const share = (r: Rate): number => r.k / r.n;
const judge = (targets: Targets): TargetResult[] => checkTargets(scenario, cells, summary, targets);
const failed = (results: readonly TargetResult[]): string[] => results.filter((r) => !r.ok).map((r) => r.target);

describe('the balance block says what to play', () => {
  it('plays its games, probes and roles when the command line gives none', () => {
    expect(played.stderr).toBe('');
    expect(played.code).toBe(0);
    expect(summary.run.gamesPerPopulation).toBe(60);
    // Beta has no pressure of its own, so "scripted" gives it no max-pressure.
    expect(summary.run.populations.map((p) => p.id)).toEqual([
      'baseline',
      'beta:random',
      'gamma:random',
      'beta:never-accept',
      'beta:accept-all',
      'beta:stall',
      'gamma:never-accept',
      'gamma:accept-all',
      'gamma:stall',
      'gamma:max-pressure',
      'beta:expert:2',
      'gamma:expert:2',
    ]);
    // A block without targets gates nothing.
    expect(played.stdout).not.toContain('Targets:');
  });

  it('gives way to --games, --probes and --roles', async () => {
    const r = await play(PLAY, '--games', '20', '--probes', 'never-accept', '--roles', 'gamma');
    expect(r.code).toBe(0);
    const s = readJson(r.out, 'summary.json') as BalanceSummary;
    expect(s.run.gamesPerPopulation).toBe(20);
    expect(s.run.populations.map((p) => p.id)).toEqual(['baseline', 'gamma:never-accept']);
    const none = await play(PLAY, '--games', '5', '--probes=');
    expect((readJson(none.out, 'summary.json') as BalanceSummary).run.populations.map((p) => p.id)).toEqual([
      'baseline',
    ]);
  });
});

describe('targets on the probe populations', () => {
  it('probe_good_rate: a row per probed role, passing inside the range and failing outside', () => {
    const rates = ['beta', 'gamma'].map((role) => good(`${role}:expert:2`, role).p!);
    const inside = judge({ probe_good_rate: { 'expert:2': [Math.min(...rates), Math.max(...rates)] } });
    expect(inside.map((r) => [r.target, r.actual, r.ok])).toEqual([
      ['probe_good_rate.expert:2.beta', rates[0], true],
      ['probe_good_rate.expert:2.gamma', rates[1], true],
    ]);
    const above = judge({ probe_good_rate: { 'expert:2': [Math.max(...rates) + 0.001, 2] } });
    expect(failed(above)).toEqual(['probe_good_rate.expert:2.beta', 'probe_good_rate.expert:2.gamma']);
  });

  it('probe_gain_max: each probe of a set against the baseline, in percentage points', () => {
    const rows = [
      ['beta', 'never-accept'],
      ['beta', 'accept-all'],
      ['beta', 'stall'],
      ['gamma', 'never-accept'],
      ['gamma', 'accept-all'],
      ['gamma', 'stall'],
      ['gamma', 'max-pressure'],
    ].map(([role, probe]) => ({
      target: `probe_gain_max.scripted.${probe}.${role}`,
      gain: (share(good(`${role}:${probe}`, role!)) - share(good('baseline', role!))) * 100,
    }));
    const most = Math.max(...rows.map((r) => r.gain));
    const met = judge({ probe_gain_max: { scripted: Math.ceil(most * 1e4) / 1e4 } });
    expect(met.map((r) => r.target)).toEqual(rows.map((r) => r.target));
    met.forEach((r, i) => expect(r.actual).toBeCloseTo(rows[i]!.gain, 5));
    expect(failed(met)).toEqual([]);
    // Just below the largest gain: exactly the rows that gain more fail.
    const limit = most - 0.01;
    expect(failed(judge({ probe_gain_max: { scripted: limit } }))).toEqual(
      rows.filter((r) => r.gain > limit).map((r) => r.target),
    );
    // A spec is its own row: probe_gain_max.random.<role>.
    expect(judge({ probe_gain_max: { random: 100 } }).map((r) => r.target)).toEqual([
      'probe_gain_max.random.beta',
      'probe_gain_max.random.gamma',
    ]);
  });

  it('probe_good_rate_max: each probe of a set, at most p', () => {
    const rates = ['beta', 'gamma'].map((role) => good(`${role}:random`, role).p!);
    expect(failed(judge({ probe_good_rate_max: { random: Math.max(...rates) } }))).toEqual([]);
    // Just below the lower rate: every role above it fails, and one at least does.
    const cap = Math.max(0, Math.min(...rates) - 0.001);
    const over = ['beta', 'gamma'].filter((_, i) => rates[i]! > cap);
    expect(over).not.toEqual([]);
    expect(failed(judge({ probe_good_rate_max: { random: cap } }))).toEqual(
      over.map((role) => `probe_good_rate_max.random.${role}`),
    );
  });

  it('below_expert: below the same role under the expert, and never the expert itself', () => {
    const below = (probe: string) =>
      ['beta', 'gamma'].every((role) => share(good(`${role}:${probe}`, role)) < share(good(`${role}:expert:2`, role)));
    const probe = ['random', 'never-accept', 'accept-all', 'stall'].find(below);
    expect(probe).toBeDefined();
    const results = judge({ below_expert: [probe!] });
    expect(results.map((r) => r.target)).toEqual([`below_expert.${probe}.beta`, `below_expert.${probe}.gamma`]);
    expect(failed(results)).toEqual([]);
    expect(failed(judge({ below_expert: ['expert:2'] }))).toEqual([
      'below_expert.expert:2.beta',
      'below_expert.expert:2.gamma',
    ]);
  });

  it('good_rate_spread_max: the best playable role minus the worst, on the baseline', () => {
    const shares = ['alpha', 'beta', 'gamma'].map((role) => share(good('baseline', role)));
    const spread = Math.max(...shares) - Math.min(...shares);
    expect(spread).toBeGreaterThan(0);
    const [met] = judge({ good_rate_spread_max: Math.ceil(spread * 1e6) / 1e6 });
    expect(met!.actual).toBeCloseTo(spread, 6);
    expect(met!.ok).toBe(true);
    expect(judge({ good_rate_spread_max: spread - 0.001 })[0]!.ok).toBe(false);
  });

  it('late_first_agreement_max: of the games with a package signed, those whose first came in the last 2 weeks', () => {
    const weeks = summary.steps[0]!.populations.find((p) => p.id === 'baseline')!.firstAgreement;
    const byWeek = weeks.byWeek;
    const late = byWeek.slice(-2).reduce((a, b) => a + b, 0);
    const signed = byWeek.reduce((a, b) => a + b, 0);
    expect(signed).toBeGreaterThan(0);
    const [met] = judge({ late_first_agreement_max: 1 });
    expect(met).toMatchObject({ target: 'late_first_agreement_max', ok: true });
    expect(met!.actual).toBeCloseTo(late / signed, 6);
    expect(judge({ late_first_agreement_max: late / signed - 0.001 })[0]!.ok).toBe(false);
  });

  it('void_share_max: of the packages every party accepted, those the conflict rule voided (from games.jsonl)', () => {
    const games = readLines(played.out, 'games.jsonl').filter((g) => g.population === 'baseline');
    const voids = games.reduce((n, g) => n + (g.voids as number), 0);
    const signed = games.reduce((n, g) => n + (g.deals as number), 0);
    expect(signed).toBeGreaterThan(0);
    const [met] = judge({ void_share_max: 1 });
    expect(met).toMatchObject({ target: 'void_share_max', ok: true });
    expect(met!.actual).toBeCloseTo(voids / (voids + signed), 9);
    expect(judge({ void_share_max: voids / (voids + signed) - 0.001 })[0]!.ok).toBe(false);
  });

  it('every_ending_rate_min: a row per ending, its share in the population where it is most frequent', () => {
    const games = readLines(played.out, 'games.jsonl');
    const populations = [...new Set(games.map((g) => g.population))];
    const best = (ending: string) =>
      Math.max(
        ...populations.map((id) => {
          const of = games.filter((g) => g.population === id);
          return of.filter((g) => g.ending === ending).length / of.length;
        }),
      );
    const rows = judge({ every_ending_rate_min: 0 });
    expect(rows.map((r) => r.target)).toEqual(scenario.endings.map((e) => `every_ending_rate_min.${e.id}`));
    for (const [i, ending] of scenario.endings.entries()) expect(rows[i]!.actual).toBeCloseTo(best(ending.id), 5);
    const rarest = Math.min(...rows.map((r) => r.actual!));
    expect(failed(judge({ every_ending_rate_min: rarest + 0.001 }))).toEqual(
      rows.filter((r) => r.actual === rarest).map((r) => r.target),
    );
  });

  it('options_never_proposed_max: options proposed neither in the baseline nor by a bot, forced probes aside', () => {
    const rows = readFileSync(join(played.out, 'options.csv'), 'utf8').trim().split('\n').slice(1);
    const proposed = new Map<string, number>();
    for (const row of rows) {
      const [, , population, lever, option, statusQuo, count] = row.split(',');
      // The run's only bot is random; scripted and expert probes do not count.
      if (statusQuo === 'true' || !(population === 'baseline' || population!.endsWith(':random'))) continue;
      const key = `${lever}=${option}`;
      proposed.set(key, (proposed.get(key) ?? 0) + Number(count));
    }
    const never = [...proposed.values()].filter((n) => n === 0).length;
    const [met] = judge({ options_never_proposed_max: never });
    expect(met).toMatchObject({ target: 'options_never_proposed_max', actual: never, ok: true });
    expect(judge({ options_never_proposed_max: never - 1 })[0]!.ok).toBe(false);
  });

  it('the block gates the run: exit 0 when every target holds, 2 when one does not, the row named', async () => {
    const expert = ['beta', 'gamma'].map((role) => good(`${role}:expert:2`, role).p!);
    const met = await play({ ...PLAY, probe_good_rate: { 'expert:2': [Math.min(...expert), Math.max(...expert)] } });
    expect(met.stdout).toContain('Targets: all 2 met.');
    expect(met.code).toBe(0);
    // The same keys in a --targets file, which takes the block's place.
    const file = join(root, 'targets.json');
    writeFileSync(file, JSON.stringify({ ...PLAY, below_expert: ['expert:2'] }));
    const violated = await play({ games: 5 }, '--targets', file);
    expect(violated.code).toBe(2);
    expect(violated.stdout).toContain('✗ below_expert.expert:2.gamma');
    expect(readFileSync(join(violated.out, 'targets.csv'), 'utf8')).toContain('below_expert.expert:2.beta,');
    expect((readJson(violated.out, 'summary.json') as BalanceSummary).run.gamesPerPopulation).toBe(60);
  });
});

describe('the zone of agreement between two actors on some levers', () => {
  const ACTORS = ['alpha', 'beta'];
  const LEVERS = ['port', 'fish', 'canal'];

  /** Its share at the start (beta never signs a leased port). */
  const startShare = () => countedZoneShare(scenario, ACTORS, LEVERS, createGame(scenario, 1).state);

  it('gives its share at the start, and the games in which it grew past start_max, judged as the block says', async () => {
    const start = startShare();
    expect(start).toBeGreaterThan(0);
    expect(start).toBeLessThan(1);
    // A hair above the start's share: the summary rounds it to 6 places, and no game's share can lie in between.
    const zone = { actors: ACTORS, levers: LEVERS, start_max: start + 1e-6, widened_rate: [0, 1] };
    const r = await play({ games: 40, zone_of_agreement: zone });
    expect(r.code).toBe(0);
    const measured = (readJson(r.out, 'summary.json') as BalanceSummary).steps[0]!.populations[0]!.zone!;
    expect(measured.start.mean).toBeCloseTo(start, 5);
    const games = readLines(r.out, 'games.jsonl');
    const widened = games.filter((g) => g.zoneWeek !== null).length;
    // Just below its share at the start, every game's zone is wider from the first week.
    const below = await play({ games: 40, zone_of_agreement: { ...zone, start_max: start - 0.001 } });
    const wider = (readJson(below.out, 'summary.json') as BalanceSummary).steps[0]!.populations[0]!.zone!;
    expect(wider.widened).toMatchObject({ k: 40, n: 40 });
    expect(readLines(below.out, 'games.jsonl').every((g) => g.zoneWeek === 1)).toBe(true);
    expect(measured.widened).toMatchObject({ k: widened, n: games.length });
    expect(r.stdout).toContain(
      `Zone of agreement between alpha, beta on port, fish, canal: ${(start * 100).toFixed(1)}%`,
    );

    const played = loadScenario(r.text, 'three.yaml');
    if (!played.ok) throw new Error('the fixture does not load');
    const judged = (targets: Targets) => {
      const cells = (readJson(r.out, 'state.json') as { plan: { cells: CellDef[] } }).plan.cells;
      return checkTargets(played.scenario, cells, readJson(r.out, 'summary.json') as BalanceSummary, targets);
    };
    expect(
      judged({ zone_of_agreement: { ...zone, widened_rate: [0, 1] } as Targets['zone_of_agreement'] }).map((x) => x.ok),
    ).toEqual([true, true]);
    // A zone other than the one the run measured has no figure: it fails, never passes unmeasured.
    const other = judged({
      zone_of_agreement: { ...zone, levers: ['port'], widened_rate: [0, 1] } as Targets['zone_of_agreement'],
    });
    expect(other.map((x) => [x.target, x.actual, x.ok])).toEqual([
      ['zone_of_agreement.start', null, false],
      ['zone_of_agreement.widened', null, false],
    ]);
  });
});

describe('a block or targets file that cannot be played as written', () => {
  /** Runs `block` (it must fail before any game) and gives its stderr. */
  async function refused(block: unknown, ...args: string[]): Promise<{ stderr: string; text: string; file: string }> {
    const r = await play(block, ...args);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    return r;
  }

  it('an unknown probe is an error at its line, naming the known ones', async () => {
    const { stderr, text, file } = await refused({ probes: ['random', 'scriptd'] });
    expect(stderr).toContain(`${file}:${lineOf(text, '- scriptd')}:`);
    expect(stderr).toContain('"scriptd" is no probe');
    expect(stderr).toContain('never-accept, accept-all, stall, max-pressure');
    expect(stderr).toContain('probe sets: bots, scripted, actions');
  });

  it('an unknown set in a target is an error at its key', async () => {
    const { stderr, text, file } = await refused({ probes: ['bots'], probe_gain_max: { botz: 2 } });
    expect(stderr).toContain(`${file}:${lineOf(text, 'botz:')}:`);
    expect(stderr).toContain('probe_gain_max: "botz" is no probe');
  });

  it('a target about a probe the run does not play is an error, never a pass', async () => {
    const { stderr, text, file } = await refused({ probes: ['random'], probe_good_rate: { hawk: [0, 1] } });
    expect(stderr).toContain(`${file}:${lineOf(text, 'hawk:')}:`);
    expect(stderr).toContain('probe_good_rate: the run did not play hawk for alpha, beta, gamma');
    // The command line's --probes replaces the block's: its targets must be about what is played.
    const overridden = await refused(
      { probes: ['random'], probe_good_rate_max: { random: 1 } },
      '--probes',
      'never-accept',
    );
    expect(overridden.stderr).toContain('probe_good_rate_max: the run did not play random');
    const none = await refused({ probe_gain_max: { random: 1 } });
    expect(none.stderr).toContain('probe_gain_max: the run played no probe in any role');
  });

  it('below_expert without the expert among the probes is an error', async () => {
    const { stderr, text, file } = await refused({ probes: ['random'], roles: ['gamma'], below_expert: ['random'] });
    expect(stderr).toContain(`${file}:${lineOf(text, 'below_expert:')}:`);
    expect(stderr).toContain('below_expert: the run did not play the expert for gamma');
  });

  it('an unknown role is the loader’s error, with a position and a suggestion', async () => {
    const { stderr, text, file } = await refused({ probes: ['random'], roles: ['gama'] });
    expect(stderr).toContain(`${file}:${lineOf(text, '- gama')}:`);
    expect(stderr).toContain('REF_ACTOR');
    expect(stderr).toContain('Did you mean `gamma`?');
  });

  it('a targets file says the same in plain words', async () => {
    const file = join(root, 'bad.json');
    writeFileSync(file, JSON.stringify({ probes: ['random', 'force:port=nowhere'], roles: ['nobody'], games: 0 }));
    const { stderr } = await refused({}, '--targets', file);
    expect(stderr).toContain(`${file}:`);
    expect(stderr).toContain('games must be a whole number from 1');
    expect(stderr).toContain('"force:port=nowhere" is no probe');
    expect(stderr).toContain('roles: no actor "nobody"');
    writeFileSync(file, JSON.stringify({ probes: ['random'], below_expert: ['random'] }));
    expect((await refused({}, '--targets', file)).stderr).toContain('below_expert: the run did not play the expert');
  });
});
