/**
 * A small kit for tests that read like scenarios (docs/architecture.md):
 * load a fixture, write orders with actor, lever and option ids instead
 * of indices, play weeks, and read the formatted event log.
 */
import { readFileSync } from 'node:fs';
import type { Action } from '../../../src/engine/game/Action';
import { createGame } from '../../../src/engine/game/createGame';
import { formatLog } from '../../../src/engine/game/formatLog';
import type { GameEvent } from '../../../src/engine/game/GameEvent';
import type { GameState } from '../../../src/engine/game/GameState';
import { optionIndex, type ActorIndex, type LeverIndex, type OptionIndex } from '../../../src/engine/game/ids';
import { resolveWeek, type ResolvedWeek } from '../../../src/engine/game/resolveWeek';
import type { CompiledScenario } from '../../../src/engine/scenario/CompiledScenario';
import { loadScenario } from '../../../src/engine/scenario/loadScenario';

type Of<T extends Action['type']> = Extract<Action, { type: T }>;

const cache = new Map<string, CompiledScenario>();

/** A scenario file, compiled; any error diagnostic fails the test that asked for it. */
export function loadFile(file: string, params?: Readonly<Record<string, number>>): CompiledScenario {
  const key = `${file}?${JSON.stringify(params ?? {})}`;
  let scenario = cache.get(key);
  if (!scenario) {
    const loaded = loadScenario(readFileSync(file), file, params ? { params } : {});
    if (!loaded.ok)
      throw new Error(`${file} does not load:\n${loaded.diagnostics.map((d) => `${d.code} ${d.message}`).join('\n')}`);
    scenario = loaded.scenario;
    cache.set(key, scenario);
  }
  return scenario;
}

/** tests/fixtures/<name>.yaml */
export const fixture = (name: string, params?: Readonly<Record<string, number>>) =>
  loadFile(`tests/fixtures/${name}.yaml`, params);

export const ukraine = () => loadFile('scenarios/ukraine-2025.yaml');

/** Orders written with ids: `on.propose('alpha', { port: 'shared' })`. */
export function ordersFor(scenario: CompiledScenario) {
  const actor = (id: string): ActorIndex => {
    const a = scenario.actors.find((x) => x.id === id);
    if (!a) throw new Error(`no actor ${id}`);
    return a.index;
  };
  const lever = (id: string): LeverIndex => {
    const l = scenario.levers.find((x) => x.id === id);
    if (!l) throw new Error(`no lever ${id}`);
    return l.index;
  };
  const option = (leverId: string, id: string): OptionIndex => {
    const o = scenario.levers[lever(leverId)]!.options.findIndex((x) => x.id === id);
    if (o < 0) throw new Error(`no option ${id} of ${leverId}`);
    return optionIndex(o);
  };
  const clauses = (spec: Readonly<Record<string, string>>) =>
    Object.entries(spec).map(([l, o]) => ({ lever: lever(l), option: option(l, o) }));
  return {
    actor,
    lever,
    option,
    propose: (who: string, spec: Readonly<Record<string, string>>, copied?: readonly string[]): Of<'propose'> => ({
      type: 'propose',
      actor: actor(who),
      clauses: clauses(spec),
      ...(copied ? { copied: copied.map(actor) } : {}),
    }),
    counter: (who: string, to: string, spec: Readonly<Record<string, string>>): Of<'counter'> => ({
      type: 'counter',
      actor: actor(who),
      to,
      clauses: clauses(spec),
    }),
    accept: (who: string, pkg: string): Of<'accept'> => ({ type: 'accept', actor: actor(who), package: pkg }),
    reject: (who: string, pkg: string): Of<'reject'> => ({ type: 'reject', actor: actor(who), package: pkg }),
    meet: (who: string, ...others: string[]): Of<'meet'> => ({
      type: 'meet',
      actor: actor(who),
      with: others.map(actor),
    }),
    redLine: (who: string, leverId: string, ...options: string[]): Of<'red_line'> => ({
      type: 'red_line',
      actor: actor(who),
      lever: lever(leverId),
      options: options.map((o) => option(leverId, o)),
    }),
    flexibility: (who: string, leverId: string): Of<'flexibility'> => ({
      type: 'flexibility',
      actor: actor(who),
      lever: lever(leverId),
    }),
    pressure: (id: string): Of<'pressure'> => {
      const p = scenario.pressures.find((x) => x.id === id);
      if (!p) throw new Error(`no pressure ${id}`);
      return { type: 'pressure', actor: p.actor, pressure: p.index };
    },
    /** The value slot of `world.tension`, `support.alpha`, `trust.alpha.beta`. */
    value: (key: string): number => {
      const i = scenario.valueIndex.get(key);
      if (i === undefined) throw new Error(`no value ${key}`);
      return i;
    },
  };
}

/** The log's lines (formatLog) of `events`, from the event at `from` on: earlier events only name packages and inform estimates. */
export function logOf(scenario: CompiledScenario, events: readonly GameEvent[], from = 0): string {
  return formatLog(scenario, events)
    .filter((e) => e.event >= from)
    .map((e) => e.text)
    .join('\n');
}

/** A game at a table: play weeks of orders, read the log and the state. */
export class Table {
  state: GameState;
  readonly events: GameEvent[] = [];
  last: ResolvedWeek | null = null;

  constructor(
    readonly scenario: CompiledScenario,
    seed: number,
  ) {
    const { state, events } = createGame(scenario, seed);
    this.state = state;
    this.events.push(...events);
  }

  /** Resolves the current week with these orders. */
  week(...orders: Action[]): ResolvedWeek {
    const result = resolveWeek(this.scenario, this.state, orders);
    this.state = result.state;
    this.events.push(...result.events);
    this.last = result;
    return result;
  }

  /** The whole game so far, one formatted event per line. */
  log(): string {
    return logOf(this.scenario, this.events);
  }

  /** Only the log of the last resolved week. */
  lastLog(): string {
    return logOf(this.scenario, this.events, this.events.length - (this.last?.events.length ?? 0));
  }

  refusedCodes(): string[] {
    return (this.last?.refused ?? []).map((r) => r.refusal.code);
  }
}
