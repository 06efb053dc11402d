/**
 * A teacher's request to open a class (`POST /class/open`, docs/classroom.md)
 * → the class's options, or a sentence the teacher can act on. The request
 * is untrusted: only its own fields are read, each checked against the
 * scenarios the server offers, and nothing it holds is echoed back but cut
 * short and without control characters.
 */
import { DEFAULT_POLICY, publicScenario, type Scenario } from '../engine/index';
import { COMPUTER_PLAYERS, type ScenarioOffer } from '../net/classProtocol';
import { cleanName, type ClassOptions, type ScenarioSource } from './ClassHost';

/** The most tables a teacher's request may open (the command line allows more). */
export const REQUEST_TABLES_LIMIT = 30;
/** A turn's time and a student's time away, in seconds, when a class sets them. */
const SECONDS_MIN = 30;
const SECONDS_MAX = 3600;

/** A scenario the server offers for a class: loaded without errors, with its text and file name. */
export interface OfferedScenario {
  readonly scenario: Scenario;
  readonly source: ScenarioSource;
}

/** What `GET /class/scenarios` lists of each scenario: public data only. */
export function listingOf({ scenario }: OfferedScenario): ScenarioOffer {
  return {
    id: scenario.id,
    title: scenario.title,
    actors: publicScenario(scenario).actors.map((a) => ({ id: a.id, name: a.name, playable: a.playable })),
  };
}

/**
 * The options of the class a request asks for (every seat no student plays taken by the default negotiator), its
 * seed given by the server; or why not.
 */
export function readOpenRequest(
  body: Readonly<Record<string, unknown>>,
  offered: readonly OfferedScenario[],
  seed: () => number,
): { readonly options: ClassOptions } | { readonly problem: string } {
  const choices = offered.map((o) => o.scenario.id).join(', ');
  const chosen = offered.find((o) => o.scenario.id === body.scenario);
  if (!chosen)
    return {
      problem:
        offered.length === 0
          ? 'This server offers no scenario to open a class on: start it with a scenarios folder.'
          : typeof body.scenario === 'string'
            ? `This server has no scenario "${cleanName(body.scenario)}": choose one of ${choices}.`
            : `Choose the class's scenario: one of ${choices}.`,
    };
  const { scenario, source } = chosen;
  const { tables } = body;
  if (typeof tables !== 'number' || !Number.isInteger(tables) || tables < 1 || tables > REQUEST_TABLES_LIMIT)
    return { problem: `Choose from 1 to ${REQUEST_TABLES_LIMIT} tables.` };
  const playable = publicScenario(scenario)
    .actors.filter((a) => a.playable)
    .map((a) => a.id);
  const { students } = body;
  if (!Array.isArray(students) || students.length === 0 || !students.every((s) => typeof s === 'string'))
    return { problem: `Choose the roles students play: one or more of ${playable.join(', ')}.` };
  const unknown = students.find((id) => !playable.includes(id));
  if (unknown !== undefined)
    return {
      problem: `"${cleanName(unknown)}" is not a role students can play in ${scenario.title}: choose from ${playable.join(', ')}.`,
    };
  const twice = students.find((id, i) => students.indexOf(id) !== i);
  if (twice !== undefined) return { problem: `"${twice}" is listed twice among the roles students play.` };
  const others = body.others ?? DEFAULT_POLICY;
  if (!COMPUTER_PLAYERS.some((p) => p.id === others))
    return {
      problem: `Choose who plays the sides no student plays: ${COMPUTER_PLAYERS.map((p) => p.id).join(', ')}.`,
    };
  const turnSeconds = seconds(body.turn);
  if (turnSeconds === undefined)
    return {
      problem: `A turn's time must be no limit (null) or a whole number of seconds from ${SECONDS_MIN} to ${SECONDS_MAX}.`,
    };
  const awaySeconds = seconds(body.away);
  if (awaySeconds === undefined)
    return {
      problem: `The time a student may be away must be no limit (null) or a whole number of seconds from ${SECONDS_MIN} to ${SECONDS_MAX}.`,
    };
  return {
    options: {
      scenario,
      source,
      tables,
      humans: students as string[],
      others: others as string,
      seed: seed(),
      turnSeconds,
      awaySeconds,
    },
  };
}

/** A time in seconds as a request gives it: null (or left out) for no limit; undefined when it is neither. */
function seconds(value: unknown): number | null | undefined {
  if (value === null || value === undefined) return null;
  return typeof value === 'number' && Number.isInteger(value) && value >= SECONDS_MIN && value <= SECONDS_MAX
    ? value
    : undefined;
}
