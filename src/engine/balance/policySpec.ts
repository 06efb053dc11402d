/**
 * Seat specs: the text a designer writes after --seats or --probes, turned
 * into a PolicyFactory.
 *   <id>                    a registered policy (random, greedy, negotiator, hawk, …)
 *   never-accept | accept-all | stall | max-pressure
 *   forbid:<action> | force:<action>            action: propose, counter, accept, reject, meet, red_line, flexibility, pressure
 *   forbid:<lever>=<option> | force:<lever>=<option>   ids from the scenario
 *   expert | expert:<iterations>                 the searching bot (expert.ts) from its seat's view, in the balance lab only
 *   oracle | oracle:<iterations>                 the same, from the game's true state: a ceiling
 * A probe wraps the seat's default policy unless it names another: `max-pressure@hawk`.
 */
import { ACTION_TYPES, type ActionType } from '../game/Action';
import type { PolicyFactory } from '../policies/Policy';
import { POLICIES } from '../policies/policies';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import {
  acceptAll,
  forbidAction,
  forbidOption,
  forceAction,
  forceOption,
  maxPressure,
  neverAccept,
  stallThenOffer,
} from './bots';
import { DEFAULT_EXPERT_ITERATIONS, expertPolicy } from './expert';
import { optionIndices } from '../game/ids';

/** The seat a spec is resolved for, when the expert needs the table (the other seats' policies). */
export interface SeatContext {
  readonly actor: number;
  readonly table: readonly PolicyFactory[];
}

export const SCRIPTED: ReadonlyMap<string, (base: PolicyFactory) => PolicyFactory> = new Map([
  ['never-accept', neverAccept],
  ['accept-all', acceptAll],
  ['stall', (base: PolicyFactory) => stallThenOffer(base)],
  ['max-pressure', (base: PolicyFactory) => maxPressure(base)],
]);

export type Resolved =
  { readonly ok: true; readonly factory: PolicyFactory } | { readonly ok: false; readonly message: string };

const fail = (message: string): Resolved => ({ ok: false, message });

/** The searching bots: `expert` from its seat's view, `oracle` from the game's true state (a ceiling). */
const EXPERT = /^(expert|oracle)(?::(\d+))?$/;

/** The searching bot `spec` names (it needs the table, the other seats' policies), or null. */
export const searchOf = (spec: string): 'expert' | 'oracle' | null => {
  const kind = EXPERT.exec(spec.replace(/@.*$/, ''))?.[1];
  return kind === 'expert' || kind === 'oracle' ? kind : null;
};

/** The factory for `spec` in a seat whose default policy is `base` (a registry id). */
export function resolvePolicy(scenario: CompiledScenario, spec: string, base: string, seat?: SeatContext): Resolved {
  const at = spec.lastIndexOf('@');
  const head = at >= 0 ? spec.slice(0, at) : spec;
  const baseId = at >= 0 ? spec.slice(at + 1) : base;
  const baseFactory = POLICIES.get(baseId);
  if (!baseFactory) return fail(`no policy "${baseId}" (policies: ${[...POLICIES.keys()].join(', ')})`);
  const registered = POLICIES.get(head);
  if (registered)
    return at >= 0
      ? fail(`"${spec}": only probes take @<base>, and ${head} is a policy`)
      : { ok: true, factory: registered };
  const expert = EXPERT.exec(head);
  if (expert) {
    const iterations = expert[2] === undefined ? DEFAULT_EXPERT_ITERATIONS : Number(expert[2]);
    if (!(iterations >= 1 && iterations <= 100_000))
      return fail(`"${spec}": the expert's budget n is 1 to 100,000 rollouts`);
    // Without a seat (checking a spec), the expert is its base policy; the balance runner gives it the table.
    return {
      ok: true,
      factory: seat
        ? expertPolicy(
            scenario,
            seat.actor,
            seat.table,
            baseFactory,
            iterations,
            expert[1] === 'oracle' ? 'all' : 'view',
          )
        : baseFactory,
    };
  }
  const scripted = SCRIPTED.get(head);
  if (scripted) return { ok: true, factory: scripted(baseFactory) };
  const wrapper = /^(forbid|force):(.+)$/.exec(head);
  if (!wrapper)
    return fail(
      `no policy or probe "${head}" (policies: ${[...POLICIES.keys()].join(', ')}; probes: ${[...SCRIPTED.keys()].join(', ')}, expert[:<iterations>], oracle[:<iterations>], forbid:<action>, force:<action>, forbid:<lever>=<option>, force:<lever>=<option>)`,
    );
  const [, mode, what] = wrapper as unknown as [string, 'forbid' | 'force', string];
  const eq = what.indexOf('=');
  if (eq < 0) {
    if (!(ACTION_TYPES as readonly string[]).includes(what))
      return fail(`"${spec}": no action "${what}" (actions: ${ACTION_TYPES.join(', ')})`);
    return {
      ok: true,
      factory: (mode === 'forbid' ? forbidAction : forceAction)(baseFactory, what as ActionType, `${mode}:${what}`),
    };
  }
  const leverId = what.slice(0, eq);
  const optionId = what.slice(eq + 1);
  const lever = scenario.levers.find((l) => l.id === leverId);
  if (!lever) return fail(`"${spec}": no lever "${leverId}" (levers: ${scenario.levers.map((l) => l.id).join(', ')})`);
  const option = optionIndices(lever).find((o) => lever.options[o]?.id === optionId);
  if (option === undefined)
    return fail(
      `"${spec}": lever ${leverId} has no option "${optionId}" (options: ${lever.options.map((o) => o.id).join(', ')})`,
    );
  return {
    ok: true,
    factory: (mode === 'forbid' ? forbidOption : forceOption)(baseFactory, lever.index, option, `${mode}:${what}`),
  };
}
