/**
 * The expert: a searching bot to estimate a role's skill ceiling (docs/balance.md).
 * Each week it tries a few abstract moves — play as the default policy, or
 * press with every pressure, hold out, accept everything, never accept,
 * meet, declare a red line — and for each it plays Monte-Carlo rollouts of
 * the rest of the game: this week's move, then the default policy in its
 * seat and the table's policies in the others. It plays for what a student
 * is asked to reach, a good outcome: a rollout scores 1 when it ends in
 * one for the seat, else 0, with no tie-break by the seat's result: with a
 * few rollouts per move, one traded good outcomes the rollouts could not
 * show for a better result they could (docs/balance.md, "The expert scores
 * good outcomes alone"). This is "policy rollout": one step of lookahead
 * over the default.
 *
 * The budget is in iterations, never in milliseconds, so results do not
 * depend on the machine. With n iterations, the moves that apply this week
 * share n rollouts evenly (at least one each); then the move that led the
 * default on them, if any, and the default play on to n rollouts each, and
 * the move replaces the default only when it still beats it by more than
 * the noise of all their rollouts, the first ones included (verdict.ts;
 * docs/balance.md, "The leader plays on"). A decision so takes n to about
 * 3n rollouts, fewer where the rollouts left could not change it.
 * Rollouts are seeded from (game seed, week, rollout), and the same
 * rollout seeds serve every move (common random numbers).
 *
 * What it knows: the expert (`view`) plays from its seat's view, as a
 * student does, with the scenario's profiles that debriefs reveal; its
 * rollouts start from worlds its Belief draws by how well they explain what
 * the others did. The oracle (`all`) starts them from the game's true state,
 * others' memories included: a ceiling. Neither knows the future: each
 * rollout redraws the world's luck (news, the early end, tie-breaks).
 */
import type { LegalActions } from '../game/legalActions';
import type { SeatView } from '../game/viewFor';
import { envOf } from '../game/envOf';
import { actorIndex } from '../game/ids';
import { startEnvOf } from '../game/startEnvOf';
import { scoreActor } from '../model/scoreActor';
import type { Decision, Policy, PolicyFactory } from '../policies/Policy';
import type { Game } from '../game/Game';
import { playUntil } from '../game/playWeek';
import { keyedSeed, keyedUnit } from '../rng/keyedUnit';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { at, got } from '../util/at';
import { Belief } from './Belief';
import { verdict } from './verdict';
import { forbidActionWeek, forceActionWeek, holdWeek, maxPressureWeek, runMove, type WeekMove } from './bots';

export const DEFAULT_EXPERT_ITERATIONS = 30;

/** The view-only expert believes in as many worlds as its budget's n rollouts, up to this many. */
const MAX_WORLDS = 100;

/** What the expert's rollouts start from: the belief its seat's view supports, or the game's true state (a ceiling). */
export type ExpertSight = 'view' | 'all';

/** A policy the balance lab hands the live game before each week (the expert reads what its view may know of it). */
export interface GameAware {
  bindGame(game: Game): void;
}

export const isGameAware = (policy: Policy): policy is Policy & GameAware =>
  typeof (policy as Partial<GameAware>).bindGame === 'function';

interface ExpertMove {
  readonly id: string;
  readonly move: WeekMove;
  readonly applies: (view: SeatView, legal: LegalActions) => boolean;
}

const play: WeekMove = (_ctx, inner, view, legal) => inner.decide(view, legal);

/** The abstract moves, default first (it wins ties). */
export const EXPERT_MOVES: readonly ExpertMove[] = [
  { id: 'default', move: play, applies: () => true },
  { id: 'press', move: maxPressureWeek, applies: (_v, l) => l.pressures.length > 0 },
  { id: 'hold', move: holdWeek, applies: (_v, l) => l.toAnswer.length > 0 || l.proposable.length > 0 },
  { id: 'yield', move: forceActionWeek('accept'), applies: (_v, l) => l.toAnswer.length > 0 },
  { id: 'firm', move: forbidActionWeek('accept'), applies: (_v, l) => l.toAnswer.length > 0 },
  { id: 'meet', move: forceActionWeek('meet'), applies: (_v, l) => l.meetable.length > 0 },
  { id: 'red_line', move: forceActionWeek('red_line'), applies: (_v, l) => l.statementLevers.length > 0 },
];

/**
 * The expert in `seat`, whose default policy is `base`; `table` holds the
 * policies of every seat (its own entry is not used). Outside the lab (no
 * game bound) it plays `base`.
 */
export function expertPolicy(
  scenario: CompiledScenario,
  seat: number,
  table: readonly PolicyFactory[],
  base: PolicyFactory,
  iterations = DEFAULT_EXPERT_ITERATIONS,
  sight: ExpertSight = 'view',
): PolicyFactory {
  const startEnv = startEnvOf(scenario);

  return (ctx) => {
    const inner = base(ctx);
    const contexts = table.map((_, i) => ({ ...ctx, actor: at(scenario.actors, i, 'seat').index }));
    const belief = sight === 'view' ? new Belief(scenario, seat, table, ctx, Math.min(iterations, MAX_WORLDS)) : null;
    let game: Game | null = null;

    // A rollout's first week is decided as the live week is: every policy decides from its view, legal actions and
    // memory alone. So its seat plays the move's decision already made, and each other seat the decision it makes
    // in the rollout's world: the belief's prediction, or (seeing all) one decision shared by every rollout.
    const rollout = (view: SeatView, memory: unknown, own: Decision, shared: Map<number, Decision>, r: number) => {
      if (!game) return 0;
      const week = view.week;
      const luck = keyedSeed(ctx.seed, 'expert-rollout', week, r);
      const world = belief?.world((i) => keyedUnit(ctx.seed, 'expert-pick', week, r, i), luck, view, memory);
      const seats = table.map((f, i) => {
        const c = at(contexts, i);
        if (i === seat) return decidedIn(base(c), week, () => own);
        const policy = f(c);
        return decidedIn(policy, week, (v, legal, m) => {
          const predicted = world?.decided[i];
          if (predicted) return predicted;
          const decided = shared.get(i) ?? policy.decide(v, legal, m);
          shared.set(i, decided);
          return decided;
        });
      });
      // Only the end state is read: the rollout starts without the game's history, which each week would copy.
      const from: Game = world?.game ?? {
        state: { ...game.state, seed: luck },
        events: game.events.slice(game.lastWeekFrom),
        lastWeekFrom: 0,
        memories: game.memories.slice(-1),
        log: [],
        refused: [],
      };
      const end = playUntil(scenario, from, seats, scenario.turns.count);
      const score = scoreActor(
        scenario,
        {
          startEnv,
          endEnv: envOf(scenario, end.state),
          finalOptions: end.state.levers.map((l) => l.option),
          declared: end.state.redLines,
        },
        actorIndex(seat),
      );
      return score.good ? 1 : 0;
    };

    const policy: Policy & GameAware = {
      id: `${sight === 'all' ? 'oracle' : 'expert'}:${iterations}`,
      start: () => inner.start(),
      isMemory: (data): data is unknown => inner.isMemory(data),
      bindGame(g) {
        game = g;
      },
      decide(view, legal, memory) {
        if (!game || game.state.week !== view.week) return inner.decide(view, legal, memory);
        belief?.update(view, game.state);
        const moves = EXPERT_MOVES.filter((m) => m.applies(view, legal));
        const first = moves[0];
        if (!first || moves.length === 1) return inner.decide(view, legal, memory);
        const each = Math.max(1, Math.floor(iterations / moves.length));
        const decisions = new Map<ExpertMove, Decision>();
        // Rollouts are a function of this week's decision (orders and memory) and their seeds, which every move
        // shares: a move deciding exactly as an earlier one would score exactly as it does, and could not beat it.
        const tried = new Set<string>();
        const shared = new Map<number, Decision>();
        const baseline: number[] = [];
        let baselineSum = 0;
        // A move's gain on the default from the sum of its first `each` rollouts' scores.
        const gainOf = (total: number) => total / each - baselineSum / each;
        let leader: ExpertMove | null = null;
        let leaderValues: number[] = [];
        let lead = 0;
        for (const m of moves) {
          const decision = runMove(m.move, ctx, inner, { view, legal, memory });
          decisions.set(m, decision);
          const key = JSON.stringify(decision);
          if (tried.has(key)) continue;
          tried.add(key);
          if (m === first) {
            for (let r = 0; r < each; r++) baseline.push(rollout(view, memory, decision, shared, r));
            baselineSum = baseline.reduce((a, b) => a + b, 0);
            continue;
          }
          // Rollouts score 0 or 1: once a 1 in every rollout left could not take the lead, the move's remaining
          // rollouts are skipped, as they could not change the choice (docs/balance.md, "It plays a rollout only
          // while it can matter").
          const values: number[] = [];
          let total = 0;
          for (let r = 0; r < each && gainOf(total + each - r) > lead + 1e-9; r++) {
            const v = rollout(view, memory, decision, shared, r);
            values.push(v);
            total += v;
          }
          if (values.length === each && gainOf(total) > lead + 1e-9) {
            lead = gainOf(total);
            leader = m;
            leaderValues = values;
          }
        }
        // A lead on 4 or 5 rollouts is mostly noise: the leader and the default play on to n each, on the same seeds,
        // and the leader must still beat the default by more than their noise. The first rollouts, which picked it,
        // count too, so the test leans its way a little. They play in pairs, and stop once the rollouts left could
        // not change the verdict.
        if (leader) {
          const led = leaderValues.slice();
          const stayed = baseline.slice();
          const leading = got(decisions, leader, 'leader');
          const staying = got(decisions, first, 'default');
          let passes = verdict(led, stayed, iterations - each);
          for (let r = each; passes === null; r++) {
            led.push(rollout(view, memory, leading, shared, r));
            stayed.push(rollout(view, memory, staying, shared, r));
            passes = verdict(led, stayed, iterations - r - 1);
          }
          if (passes) return leading;
        }
        return got(decisions, first, 'default');
      },
    };
    return policy;
  };
}

/** `policy`, except that in `week` it gives what `decided` returns. */
function decidedIn(policy: Policy, week: number, decided: Policy['decide']): Policy {
  return {
    id: policy.id,
    start: () => policy.start(),
    isMemory: (data): data is unknown => policy.isMemory(data),
    decide: (view, legal, memory) =>
      view.week === week ? decided(view, legal, memory) : policy.decide(view, legal, memory),
  };
}
