/**
 * What a balance run plays, as a scenario's `balance:` block (or a targets
 * file) declares it, beside its targets:
 *   games   games per population (and sweep step)
 *   probes  probe sets and specs, as --probes takes them
 *   roles   the actors that play the probes
 * The command line's --games, --probes and --roles override each one.
 */
import type { ActorIndex } from '../game/ids';
import { DEFAULT_POLICY } from '../policies/policies';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { MAX_BALANCE_GAMES } from '../scenario/scenarioSchema';
import { probeProblem } from './plan';
import type { BalanceProblem } from './targets';

export interface BalanceRun {
  readonly games?: number;
  readonly probes?: readonly string[];
  readonly roles?: readonly ActorIndex[];
}

export const RUN_KEYS = ['games', 'probes', 'roles'] as const;

/** Reads the run keys of a balance block or targets file (every other key is a target's). */
export function parseBalanceRun(
  scenario: CompiledScenario,
  json: unknown,
): { ok: true; run: BalanceRun } | { ok: false; problems: BalanceProblem[] } {
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return { ok: false, problems: [{ path: [], atKey: false, message: 'targets must be a JSON object' }] };
  const obj = json as Record<string, unknown>;
  const problems: BalanceProblem[] = [];
  const problem = (path: readonly (string | number)[], message: string): void => {
    problems.push({ path, atKey: false, message });
  };
  const { games, probes, roles } = obj;
  if (
    games !== undefined &&
    !(Number.isInteger(games) && (games as number) >= 1 && (games as number) <= MAX_BALANCE_GAMES)
  )
    problem(['games'], `games must be a whole number from 1 to ${MAX_BALANCE_GAMES.toLocaleString('en')}`);
  const list = (key: string, value: unknown): value is string[] => {
    if (value === undefined) return false;
    const least = key === 'roles' ? 1 : 0;
    if (Array.isArray(value) && value.length >= least && value.every((x) => typeof x === 'string')) return true;
    problem([key], `${key} must be a list of ${key === 'roles' ? 'one or more actor ids' : 'probe sets and specs'}`);
    return false;
  };
  if (list('probes', probes))
    probes.forEach((item, i) => {
      const wrong = probeProblem(scenario, item, DEFAULT_POLICY);
      if (wrong) problem(['probes', i], `probes: "${item}" is no probe: ${wrong}`);
    });
  const actors: ActorIndex[] = [];
  if (list('roles', roles))
    roles.forEach((id, i) => {
      const actor = scenario.actors.find((a) => a.id === id);
      if (actor) actors.push(actor.index);
      else problem(['roles', i], `roles: no actor "${id}" (actors: ${scenario.actors.map((a) => a.id).join(', ')})`);
    });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    run: {
      ...(games === undefined ? {} : { games: games as number }),
      ...(probes === undefined ? {} : { probes: probes as string[] }),
      ...(roles === undefined ? {} : { roles: actors }),
    },
  };
}
