/**
 * What the view-only expert believes of the game it plays (docs/balance.md,
 * "The expert"): a set of possible worlds, each weighted by how well it
 * explains what the others have done so far.
 *
 * A world is the seat's view completed with what it cannot see: the
 * others' hidden draws (temperament and horizon, drawn from their profiles'
 * ranges) and where each of their estimates lies. Everything else follows
 * from the public record: every delivery, answer, meeting and statement is
 * public, so the packages in play are those delivered last week; the news
 * that fired is counted as it comes; how narrow each estimate is, whose
 * costliest lever was learnt and which levers were named follow from the
 * public meetings and statements and the profiles that debriefs reveal.
 *
 * Each week every world predicts the others' orders: their policies decide
 * from the views the world gives them, with the memories the belief keeps
 * for them. A week later the public events show what they did, and a
 * world whose prediction missed loses weight. Rollouts draw their worlds by
 * weight.
 */
import type { Action } from '../game/Action';
import type { Game } from '../game/Game';
import type { GameEvent } from '../game/GameEvent';
import type { Clause, GameState, Package } from '../game/GameState';
import { actorIndex } from '../game/ids';
import { drawsOf, type Draws } from '../game/drawsOf';
import { legalActions } from '../game/legalActions';
import { narrowInterval } from '../game/narrowInterval';
import { viewFor, type SeatView } from '../game/viewFor';
import { eventsFor } from '../game/visibleTo';
import type { Decision, Policy, PolicyContext, PolicyFactory } from '../policies/Policy';
import { keyedSeed, keyedUnit } from '../rng/keyedUnit';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { at } from '../util/at';

/** How much a world keeps of its weight for each other seat whose orders it failed to predict. */
const MISS_WEIGHT = 0.2;

/** What a world draws once for the whole game; only the estimates' widths change week by week. */
interface WorldDraws {
  readonly seed: number;
  readonly draws: Draws;
  /** units[observer][target][lever]: where in its width each estimate lies. */
  readonly units: readonly (readonly (readonly number[])[])[];
}

export class Belief {
  private readonly worlds: readonly WorldDraws[];
  /** weights[seat][world]: how well each world's draws for that seat explain its orders so far, summing to 1. */
  private weights: number[][];
  private readonly others: readonly (Policy | null)[];
  private memories: unknown[];
  private readonly fired: number[];
  /** This week's worlds, and the others' decisions in each: decided[world][seat] (null: the expert's own). */
  private states: GameState[] = [];
  private decided: (Decision | null)[][] = [];

  constructor(
    private readonly scenario: CompiledScenario,
    private readonly seat: number,
    table: readonly PolicyFactory[],
    context: PolicyContext,
    count: number,
  ) {
    this.worlds = Array.from({ length: count }, (_, k) =>
      worldDraws(scenario, keyedSeed(context.seed, 'expert-world', k)),
    );
    this.weights = table.map(() => this.worlds.map(() => 1 / count));
    this.others = table.map((f, i) =>
      i === seat ? null : f({ ...context, actor: at(scenario.actors, i, 'seat').index }),
    );
    this.memories = this.others.map((p) => (p ? p.start() : null));
    this.fired = scenario.events.map(() => 0);
  }

  /**
   * Takes in the events of the seat's view (what happened since its last
   * orders), then has each world predict the others' orders this week.
   * `live` supplies only what follows from the public record (see above).
   */
  update(view: SeatView, live: GameState): void {
    for (const e of view.recent) if (e.type === 'news') this.fired[e.event] = at(this.fired, e.event, 'event') + 1;
    // Each seat's orders follow from its own draws and estimates, so each seat's worlds are weighed apart.
    if (this.decided.length > 0) {
      this.weights = this.weights.map((byWorld, i) => {
        if (!this.others[i]) return byWorld;
        const seen = signatureOfEvents(view.recent, i);
        const kept = byWorld.map((w, k) => {
          const d = at(at(this.decided, k), i);
          return d && signatureOfOrders(d.orders) !== seen ? w * MISS_WEIGHT : w;
        });
        const total = kept.reduce((a, b) => a + b, 0);
        return kept.map((w) => w / total);
      });
      // Each other seat's memory goes on as the likeliest world, now that its orders are known, had it decide.
      this.memories = this.others.map((p, i) => {
        if (!p) return null;
        const byWorld = at(this.weights, i);
        return at(at(this.decided, byWorld.indexOf(Math.max(...byWorld))), i)?.memory ?? null;
      });
    }
    const pub = view.scenario;
    this.states = this.worlds.map((world) => worldState(this.scenario, live, view, this.fired, world));
    // What a seat was shown and may do this week is the same in every world (the rules read none of its draws):
    // found once a seat, not once a world.
    const first = at(this.states, 0, 'world');
    const shown = this.others.map((_, i) => eventsFor(view.recent, actorIndex(i)));
    const legal = this.others.map((p, i) => (p ? legalActions(pub, first, actorIndex(i)) : null));
    this.decided = this.states.map((state) =>
      this.others.map((p, i) => {
        const menu = at(legal, i);
        if (!p || !menu) return null;
        const v = viewFor(this.scenario, state, actorIndex(i), at(shown, i));
        return p.decide(v, menu, this.memories[i]);
      }),
    );
  }

  /** How much of its weight on `seat` the belief puts on worlds where `holds` is true (for that seat's draws). */
  weightOf(seat: number, holds: (world: GameState) => boolean): number {
    let sum = 0;
    at(this.weights, seat, 'seat').forEach((w, k) => {
      if (holds(at(this.states, k, 'world'))) sum += w;
    });
    return sum;
  }

  /**
   * A rollout's starting game: for each other seat a world drawn by its
   * weight with the keyed draw `draw(seat)`, with the rollout's `luck` as
   * its seed and the seat's own `memory`; and each other seat's decision
   * this week, as its world predicted it.
   */
  world(
    draw: (seat: number) => number,
    luck: number,
    view: SeatView,
    memory: unknown,
  ): { game: Game; decided: readonly (Decision | null)[] } {
    // For each other seat, one of its worlds by weight; the seat's own row comes from any (they agree on it).
    const picks = this.weights.map((byWorld, i) => (this.others[i] ? pick(byWorld, draw(i)) : 0));
    const of = <T>(rows: readonly T[], i: number): T => at(rows, at(picks, i));
    const states = this.states;
    const first = at(states, 0, 'world');
    const memories = this.memories.slice();
    memories[this.seat] = memory;
    return {
      game: {
        state: {
          ...first,
          seed: luck,
          estimates: first.estimates.map((_, o) => at(of(states, o).estimates, o)),
          temperament: first.temperament.map((_, i) => at(of(states, i).temperament, i)),
          horizon: first.horizon.map((_, i) => at(of(states, i).horizon, i)),
        },
        events: view.recent,
        lastWeekFrom: 0,
        memories: [memories],
        log: [],
        refused: [],
      },
      decided: this.others.map((p, i) => (p ? at(of(this.decided, i), i) : null)),
    };
  }
}

/** The index a keyed draw u in [0, 1) picks from weights that sum to 1. */
function pick(weights: readonly number[], u: number): number {
  let acc = 0;
  for (let k = 0; k < weights.length; k++) {
    acc += at(weights, k);
    if (u < acc) return k;
  }
  return weights.length - 1;
}

/** The draws of the world of `seed`, made once for the game: every world is rebuilt each week from the same draws. */
function worldDraws(scenario: CompiledScenario, seed: number): WorldDraws {
  const actors = scenario.actors;
  return {
    seed,
    draws: drawsOf(scenario, seed),
    units: actors.map((_, o) =>
      actors.map((_, t) => scenario.levers.map((_, l) => keyedUnit(seed, 'estimate', o, t, l))),
    ),
  };
}

/** One world: the seat's view completed by its draws (see the file's comment). */
function worldState(
  scenario: CompiledScenario,
  live: GameState,
  view: SeatView,
  fired: readonly number[],
  { seed, draws, units }: WorldDraws,
): GameState {
  const seat = view.actor;
  const inbox: Package[] = [];
  for (const e of view.recent) if (e.type === 'package_delivered') inbox.push(e.package);
  return {
    seed,
    week: view.week,
    values: view.values,
    levers: view.levers,
    inbox,
    readyWeek: view.readyWeek,
    redLines: view.redLines,
    estimates: live.estimates.map((byTarget, o) =>
      o === seat
        ? byTarget
        : byTarget.map((byLever, t) =>
            byLever.map(([lo, hi], l) =>
              narrowInterval(
                [0, 1],
                at(at(scenario.actors, t, 'actor').profile.weights, l, 'lever'),
                hi - lo,
                at(at(at(units, o), t), l),
              ),
            ),
          ),
    ),
    costliest: live.costliest,
    importance: live.importance,
    fired,
    temperament: draws.temperament.map((t, i) => (i === seat ? view.temperament : t)),
    horizon: draws.horizon.map((h, i) => (i === seat ? view.horizon : h)),
    ended: null,
  };
}

const clausesKey = (clauses: readonly Clause[]): string =>
  clauses
    .map((c) => `${c.lever}=${c.option}`)
    .sort()
    .join(',');

/** What an actor's orders show the others once resolved, as one comparable string. */
function signatureOfOrders(orders: readonly Action[]): string {
  const keys: string[] = [];
  for (const a of orders) {
    switch (a.type) {
      case 'propose':
        keys.push(`p:${clausesKey(a.clauses)}`);
        break;
      case 'counter':
        keys.push(`p:${clausesKey(a.clauses)}`, `a:${a.to}:counter`);
        break;
      case 'accept':
      case 'reject':
        keys.push(`a:${a.package}:${a.type}`);
        break;
      case 'meet':
        keys.push(`m:${[...a.with].sort((x, y) => x - y).join(',')}`);
        break;
      case 'red_line':
        keys.push(`r:${a.lever}`);
        break;
      case 'flexibility':
        keys.push(`f:${a.lever}`);
        break;
      case 'pressure':
        keys.push(`x:${a.pressure}`);
        break;
    }
  }
  return keys.sort().join(' ');
}

/** The same string, read from the public events of a resolution for `actor`. */
function signatureOfEvents(events: readonly GameEvent[], actor: number): string {
  const keys: string[] = [];
  for (const e of events) {
    switch (e.type) {
      case 'package_delivered':
        if (e.package.proposer === actor) keys.push(`p:${clausesKey(e.package.clauses)}`);
        break;
      case 'answered':
        if (e.actor === actor && e.answer !== 'none') keys.push(`a:${e.package}:${e.answer}`);
        break;
      case 'meeting_held':
        if (e.initiator === actor) keys.push(`m:${e.participants.filter((p) => p !== actor).join(',')}`);
        break;
      case 'red_line_declared':
        if (e.actor === actor) keys.push(`r:${e.lever}`);
        break;
      case 'flexibility_signalled':
        if (e.actor === actor) keys.push(`f:${e.lever}`);
        break;
      case 'pressure_applied':
        if (e.actor === actor) keys.push(`x:${e.pressure}`);
        break;
      default:
        break;
    }
  }
  return keys.sort().join(' ');
}
