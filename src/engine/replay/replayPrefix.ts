/**
 * Replays a record under the scenario and rules of today, which may differ
 * from those it was played under (docs/model.md §7, "Records that outlive
 * an upgrade"): the recorded orders are resolved week by week until the
 * first that no longer applies — the rules refuse it, or the game had
 * already ended — and the weeks before it are recorded again, under this
 * scenario and engine version, as a branch of the original. That record
 * resumes like any other. A record edited by hand is still refused, and so
 * is one whose seats this scenario cannot fill.
 */
import type { Action } from '../game/Action';
import type { Game } from '../game/Game';
import type { Refusal } from '../game/Refusal';
import { newGame } from '../game/newGame';
import { playWeek } from '../game/playWeek';
import { publicScenarioOf, type PublicScenario } from '../game/PublicScenario';
import { seatPolicies } from '../api/seatPolicies';
import type { Policy } from '../policies/Policy';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { ENGINE_VERSION } from '../version';
import type { GameRecord, ReplayError } from './GameRecord';
import { scenarioHashOf } from './hashes';
import { checksumHolds, recordGame } from './recordGame';
import { describeMove } from './describeMove';

/** The first recorded order that no longer applies, in words. */
export interface InapplicableMove {
  readonly week: number;
  /** Who gave it: the actor's name, or a plain phrase when the actor is no longer in the scenario. */
  readonly who: string;
  /** What it was, e.g. "a proposal: Minerals fund: A joint fund". */
  readonly what: string;
  /** Why it no longer applies. */
  readonly why: string;
}

export type PrefixResult =
  | {
      readonly ok: true;
      /** The weeks that still apply, recorded under this scenario and engine version (a branch when anything changed). */
      readonly record: GameRecord;
      /** Weeks of the original that were replayed. */
      readonly weeks: number;
      /** The first order that no longer applies; null when every one did. */
      readonly stopped: InapplicableMove | null;
      /** Whether the scenario or the rules differ from those the record was played under. */
      readonly changed: boolean;
    }
  | ReplayError;

const fail = (code: ReplayError['code'], message: string): ReplayError => ({ ok: false, code, message });

export function replayPrefix(scenario: CompiledScenario, record: GameRecord): PrefixResult {
  if (!checksumHolds(record)) {
    return fail('REPLAY_TAMPERED', 'This saved game has been edited since it was recorded; it cannot be replayed.');
  }
  const resolved = seatPolicies(scenario, record.seats, record.seed);
  if (!resolved.ok) {
    const actor = scenario.actors.find((a) => a.id === resolved.unknown)?.name ?? resolved.unknown;
    return fail(
      'REPLAY_POLICY',
      `This saved game has no player for ${actor}, who was not in the scenario it was played on.`,
    );
  }
  const policies = resolved.policies;
  const changed = record.engineVersion !== ENGINE_VERSION || record.scenarioHash !== scenarioHashOf(scenario);
  const pub = publicScenarioOf(scenario);
  const human = policies.map(() => null);

  let game = newGame(scenario, record.seed, human);
  let stopped: InapplicableMove | null = null;
  let weeks = 0;
  for (let week = 1; week <= record.weeks && !stopped; week++) {
    const orders = record.actions.filter((a) => a.week === week).map((a) => a.action);
    if (game.state.ended) {
      const first = orders[0];
      stopped = first
        ? inapplicable(
            pub,
            week,
            first,
            `The game had already ended in ${scenario.turns.unit} ${game.state.ended.week}`,
          )
        : null;
      break;
    }
    const next = playWeek(scenario, game, human, orders);
    const refused = next.refused[game.refused.length];
    if (refused) {
      stopped = inapplicable(pub, week, refused.action, reasonOf(refused.refusal));
      break;
    }
    game = next;
    weeks = week;
  }
  const prefix = withMemories(game, record, policies, weeks);
  const branchOf = changed || stopped ? { checksum: record.checksum, week: weeks + 1 } : record.branchOf;
  return {
    ok: true,
    record: recordGame(scenario, prefix, { seed: record.seed, seats: record.seats, branchOf }),
    weeks,
    stopped,
    changed,
  };
}

/**
 * The AI seats' memories through the start of week `weeks` + 1: each seat keeps its recorded memories when its
 * policy could have written every one of them (the policy's own check of untrusted data), else it starts afresh
 * from its empty memory in every week, as a seat that changes hands does (docs/model.md §7).
 */
function withMemories(game: Game, record: GameRecord, policies: readonly (Policy | null)[], weeks: number): Game {
  const rows = record.memories.slice(0, weeks + 1);
  const kept = policies.map(
    (policy, seat) => policy !== null && rows.length === weeks + 1 && rows.every((row) => policy.isMemory(row[seat])),
  );
  const memories = Array.from({ length: weeks + 1 }, (_, w) =>
    policies.map((policy, seat) => (policy === null ? null : kept[seat] ? rows[w]?.[seat] : policy.start())),
  );
  return { ...game, memories };
}

function inapplicable(scenario: PublicScenario, week: number, action: Action, why: string): InapplicableMove {
  const actor = scenario.actors[action.actor];
  return {
    week,
    who: actor ? actor.name : 'a side that is no longer in the scenario',
    what: movedOf(scenario, action),
    why,
  };
}

/** A record is untrusted data: an order whose parts cannot be read is said so. */
function movedOf(scenario: PublicScenario, action: Action): string {
  try {
    return describeMove(scenario, action);
  } catch {
    return 'an order that cannot be read';
  }
}

/**
 * Why the rules refuse it, as a sentence without its full stop. An order that names a lever, an option, a side or
 * a pressure by a number this scenario no longer has is one the rules cannot read: said so in the scenario's terms.
 */
function reasonOf(refusal: Refusal): string {
  if (refusal.code === 'MALFORMED_ACTION')
    return 'It names an option, a lever, a side or a pressure this version of the scenario no longer has';
  let message: string;
  try {
    message = refusal.message;
  } catch {
    return 'It names something this version of the scenario no longer has';
  }
  return message.replace(/\.$/, '');
}
