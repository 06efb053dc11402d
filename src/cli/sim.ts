/**
 * npm run sim -- <scenario.yaml> [--seed n] [--seats a=policy,…] [--json]
 *                [--until n] [--replay file [--from n]] [--save file]
 * Plays one game with a policy in every seat and prints it as a story: the
 * event log (with each answer's reasons), the ending and every actor's result.
 * The same arguments always print the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import {
  at,
  compiledOf,
  gameAnalytics,
  gradeOutcome,
  loadScenario,
  parseRecord,
  playCompiledUntil,
  scoreActors,
  scoreInputOf,
  stateHashOf,
  takeOverSeats,
  type CompiledScenario,
} from '../engine/authoring';
import {
  DEFAULT_POLICY,
  fmt,
  formatDiagnostic,
  formatDiagnostics,
  formatLog,
  newGame,
  POLICIES,
  recordGame,
  replayRecord,
  seatPolicies,
  theName,
  type Game,
  type GameRecord,
  type Policy,
} from '../engine/index';
import { readRegularFile } from './readRegularFile';
import { readScenarioFile } from './readScenarioFile';

const USAGE = `Usage: npm run sim -- <scenario.yaml> [options]
  --seed <n>              the game's seed (default 1)
  --seats a=p,b=p         policy per actor (${[...POLICIES.keys()].join(', ')}; default ${DEFAULT_POLICY})
  --json                  print JSON instead of text
  --until <n>             stop after week n and print the state
  --replay <file>         replay a saved game
  --from <n>              with --replay: replay weeks before n, then the seats' policies play on
  --save <file>           write the game's record (a replay file)`;

class UsageError extends Error {}
/** A file named on the command line that cannot be read or written: the usage would not help. */
class FileError extends Error {}

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        seed: { type: 'string' },
        seats: { type: 'string' },
        json: { type: 'boolean' },
        until: { type: 'string' },
        replay: { type: 'string' },
        from: { type: 'string' },
        save: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
  const { values: opts, positionals } = args;
  if (opts.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [file, ...more] = positionals;
  if (file === undefined || more.length > 0) return fail(USAGE);
  const read = readScenarioFile(file);
  if (!read.ok) {
    process.stderr.write(`${formatDiagnostic(read.diagnostic)}\n`);
    return 1;
  }
  const loaded = loadScenario(read.text, file);
  if (!loaded.ok) {
    process.stderr.write(`${formatDiagnostics(loaded.diagnostics)}\n`);
    return 1;
  }
  const handle = loaded.scenario;
  const scenario = compiledOf(handle);
  try {
    const until = opts.until === undefined ? Number.POSITIVE_INFINITY : whole(opts.until, '--until');
    let seed = opts.seed === undefined ? 1 : whole(opts.seed, '--seed');
    let game: Game;
    let branchOf = null;
    let seatNames = parseSeats(scenario, opts.seats, {});
    const policiesOf = (seats: Record<string, string>, gameSeed: number): (Policy | null)[] => {
      const made = seatPolicies(handle, seats, gameSeed);
      if (!made.ok) throw new UsageError(`--seats: no policy for "${made.unknown}".`);
      return made.policies;
    };
    if (opts.replay !== undefined) {
      const parsed = parseRecord(readText(opts.replay));
      if (!parsed.ok) return fail(`${opts.replay}: ${parsed.code} ${parsed.message}`);
      const recorded: GameRecord = parsed.record;
      seatNames = parseSeats(scenario, opts.seats, recorded.seats);
      const from = opts.from === undefined ? undefined : whole(opts.from, '--from');
      if (from !== undefined && from < 1) throw new UsageError('--from needs a week of 1 or more.');
      const replayed = replayRecord(handle, recorded, from === undefined ? until : from - 1);
      if (!replayed.ok) return fail(`${opts.replay}: ${replayed.code} ${replayed.message}`);
      seed = recorded.seed;
      game = replayed.game;
      if (from !== undefined) {
        branchOf = { checksum: recorded.checksum, week: from };
        const policies = policiesOf(seatNames, seed);
        const changed = scenario.actors.map((a) => recorded.seats[a.id] !== seatNames[a.id]);
        game = playCompiledUntil(scenario, takeOverSeats(game, policies, changed), policies, until);
      }
    } else {
      if (opts.from !== undefined) throw new UsageError('--from needs --replay.');
      const policies = policiesOf(seatNames, seed);
      game = playCompiledUntil(scenario, newGame(handle, seed, policies), policies, until);
    }
    const record = recordGame(handle, game, { seed, seats: seatNames, branchOf });
    if (opts.save !== undefined) save(opts.save, JSON.stringify(record, null, 2) + '\n');
    process.stdout.write(
      opts.json ? JSON.stringify(toJson(scenario, game, record), null, 2) + '\n' : toText(scenario, game, record),
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\n${USAGE}`);
    if (error instanceof FileError) return fail(error.message);
    throw error;
  }
}

function fail(message: string): number {
  process.stderr.write(`${message}\n`);
  return 2;
}

/** A saved game is a few hundred kilobytes; far more is not one. */
const MAX_RECORD_BYTES = 64 * 1024 * 1024;

function readText(file: string): string {
  const read = readRegularFile(file, MAX_RECORD_BYTES);
  if (!read.ok) throw new FileError(`${file}: ${read.message} ${read.hint}`);
  if (!read.complete) throw new FileError(`${file}: This file is too large to be a saved game.`);
  return new TextDecoder().decode(read.bytes);
}

function save(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? `there is no folder ${dirname(file)}; create it first, or save elsewhere`
        : code === 'EISDIR'
          ? 'this is a folder; name a file in it'
          : code === 'EACCES' || code === 'EPERM'
            ? 'you may not write there'
            : `the file cannot be written (${code ?? 'unknown error'})`;
    throw new FileError(`--save ${file}: ${why}.`);
  }
}

function whole(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > 4294967295)
    throw new UsageError(`${flag} needs a whole number, not "${text}".`);
  return n;
}

/** Seats from --seats over `base` (a replay's seats), else the default policy; a replay's 'human' seats play on as the default. */
function parseSeats(
  scenario: CompiledScenario,
  spec: string | undefined,
  base: Readonly<Record<string, string>>,
): Record<string, string> {
  const seats: Record<string, string> = Object.fromEntries(
    scenario.actors.map((a) => {
      const given = Object.hasOwn(base, a.id) ? base[a.id] : undefined;
      return [a.id, given !== undefined && POLICIES.has(given) ? given : DEFAULT_POLICY];
    }),
  );
  for (const part of (spec ?? '').split(',').filter(Boolean)) {
    const [actor, policy] = part.split('=');
    if (!actor || !scenario.actors.some((a) => a.id === actor))
      throw new UsageError(`--seats: no actor "${actor}" (actors: ${scenario.actors.map((a) => a.id).join(', ')}).`);
    if (!policy || !POLICIES.has(policy))
      throw new UsageError(`--seats: no policy "${policy}" (policies: ${[...POLICIES.keys()].join(', ')}).`);
    seats[actor] = policy;
  }
  return seats;
}

function scoresOf(scenario: CompiledScenario, game: Game) {
  return scoreActors(scenario, scoreInputOf(scenario, game.state));
}

function toText(scenario: CompiledScenario, game: Game, record: ReturnType<typeof recordGame>): string {
  const lines = [
    `${scenario.title}`,
    `seed ${record.seed} · seats ${Object.entries(record.seats)
      .map(([a, p]) => `${a}=${p}`)
      .join(', ')}`,
    '',
  ];
  for (const entry of formatLog(scenario, game.events, { reasons: 'both' }))
    lines.push(entry.kind === 'week' ? `\n— ${entry.text} —` : `  ${entry.text}`);
  const state = game.state;
  lines.push('');
  if (state.ended) {
    const ending = at(scenario.endings, state.ended.ending, 'ending');
    lines.push(`Ending: ${ending.title} (${ending.kind}) — ${ending.narrative.trim()}`);
  } else {
    lines.push(`Stopped before ${scenario.turns.unit} ${state.week}.`);
    lines.push(
      `World: ${scenario.values
        .flatMap((v, i) => (v.kind === 'trust' ? [] : [`${v.name} ${fmt(at(state.values, i, 'value'))}`]))
        .join('; ')}.`,
    );
    lines.push(
      `Levers: ${scenario.levers
        .map((l) => {
          const lever = at(state.levers, l.index, 'lever');
          const status = lever.settled ? ' (settled)' : lever.open ? '' : ' (not open)';
          return `${l.name} = ${at(l.options, lever.option, 'option').name}${status}`;
        })
        .join('; ')}.`,
    );
  }
  lines.push('', 'Results (utility at the end − reservation value at the start):');
  for (const s of scoresOf(scenario, game)) {
    const a = at(scenario.actors, s.actor, 'actor');
    lines.push(
      `  ${a.name.padEnd(20)} ${fmt(s.result).padStart(6)}  (utility ${fmt(s.utility)}, RV at start ${fmt(s.startReservation)}, best achievable ${fmt(s.best)}, good from ${fmt(s.goodThreshold)})`,
    );
    lines.push(`    ${gradeOutcome(s, theName(a)).sentence}`);
  }
  lines.push('', `state ${stateHashOf(state)} · record ${record.checksum}`);
  return lines.join('\n') + '\n';
}

function toJson(scenario: CompiledScenario, game: Game, record: ReturnType<typeof recordGame>) {
  const state = game.state;
  // Each event with the story's lines about it (none for one told with another, such as a lever settled).
  const texts: string[] = [];
  for (const entry of formatLog(scenario, game.events, { reasons: 'both' }))
    texts[entry.event] = texts[entry.event] ? `${texts[entry.event]} ${entry.text}` : entry.text;
  return {
    scenario: scenario.id,
    seed: record.seed,
    seats: record.seats,
    events: game.events.map((event, i) => ({ text: texts[i] ?? '', event })),
    ended: state.ended && {
      ...state.ended,
      id: at(scenario.endings, state.ended.ending, 'ending').id,
      title: at(scenario.endings, state.ended.ending, 'ending').title,
    },
    levers: Object.fromEntries(
      scenario.levers.map((l) => {
        const { option, settled, open } = at(state.levers, l.index, 'lever');
        return [l.id, { option: at(l.options, option, 'option').id, settled, open }];
      }),
    ),
    world: Object.fromEntries(scenario.values.map((v, i) => [v.key, state.values[i]])),
    results: Object.fromEntries(
      scoresOf(scenario, game).map((s) => [at(scenario.actors, s.actor, 'actor').id, { ...s, actor: undefined }]),
    ),
    analytics: gameAnalytics(scenario, scoreInputOf(scenario, game.state)),
    stateHash: stateHashOf(state),
    record,
  };
}

process.exitCode = main(process.argv.slice(2));
