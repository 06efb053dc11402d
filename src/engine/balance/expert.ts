/**
 * The expert: a searching bot to estimate a role's skill ceiling (docs/balance.md).
 * Each week it tries a few abstract moves — play as the default policy, or
 * press with every pressure, hold out, accept everything, never accept,
 * meet, declare a red line — and for each it plays Monte-Carlo rollouts of
 * the rest of the game: this week's move, then the default policy in its
 * seat and the table's policies in the others. It plays the move whose
 * rollouts end best for it (its result: utility at the end − RV at the
 * start). This is "policy rollout": one step of lookahead over the default,
 * which in expectation does no worse than the default.
 *
 * The budget is in iterations (rollouts per decision, split over the moves
 * that apply this week), never in milliseconds, so results do not depend on
 * the machine. Rollouts are seeded from (game seed, week, rollout), and the
 * same rollout seeds serve every move (common random numbers).
 *
 * What it knows: it runs inside the balance lab with the game's true state
 * and the scenario's hidden profiles (others' weights, temperaments and
 * horizons) — an oracle, like a player who has read many debriefs — but
 * not the future: each rollout redraws the world's luck (news, the early
 * end, tie-breaks) from its own seed. Its skill ceiling is therefore an
 * optimistic estimate, where the probes' best is a pessimistic one. The
 * others' policies in a rollout start from their memory in the live game.
 */
import type { LegalActions } from '../game/legalActions';
import type { SeatView } from '../game/viewFor';
import { envOf } from '../game/envOf';
import { reservationOf } from '../model/reservationOf';
import { utilityOf } from '../model/utilityOf';
import type { Decision, Policy, PolicyFactory } from '../policies/Policy';
import type { Game } from '../game/Game';
import { playUntil } from '../game/playWeek';
import { keyedUnit } from '../rng/keyedUnit';
import type { CompiledScenario } from '../scenario/CompiledScenario';
import { at, got } from '../util/at';
import { forbidActionWeek, forceActionWeek, holdWeek, maxPressureWeek, runMove, type WeekMove } from './bots';

export const DEFAULT_EXPERT_ITERATIONS = 30;

/** A policy the balance lab hands the live game before each week (the expert's oracle). */
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
): PolicyFactory {
  const actor = at(scenario.actors, seat, 'seat');
  const startEnv = envOf(scenario, {
    values: scenario.values.map((v) => v.initial),
    levers: scenario.levers.map((l) => ({ option: l.statusQuo, settled: false, open: l.opensAtStart })),
    week: 1,
  });
  const startRv = reservationOf(actor, startEnv);

  return (ctx) => {
    const inner = base(ctx);
    let game: Game | null = null;

    // A rollout's first week is decided as the live week is: from the same state and memories, whatever the
    // rollout's seed, and every policy decides from its view, legal actions and memory alone. So its seat
    // plays the move's decision already made, and the others share one decision each across the rollouts.
    const rollout = (own: Decision, others: Map<number, Decision>, week: number, r: number): number => {
      if (!game) return 0;
      const seed = Math.floor(keyedUnit(game.state.seed, 'expert-rollout', week, r) * 4294967296) >>> 0;
      const seats = table.map((f, i) => {
        const c = { ...ctx, actor: at(scenario.actors, i, 'seat').index };
        if (i === seat) return decidedIn(base(c), week, () => own);
        const policy = f(c);
        return decidedIn(policy, week, (view, legal, memory) => {
          const decided = others.get(i) ?? policy.decide(view, legal, memory);
          others.set(i, decided);
          return decided;
        });
      });
      // Only the end state is read: the rollout starts without the game's history, which each week would copy.
      const from: Game = {
        state: { ...game.state, seed },
        events: game.events.slice(game.lastWeekFrom),
        lastWeekFrom: 0,
        memories: game.memories.slice(-1),
        log: [],
        refused: [],
      };
      const end = playUntil(scenario, from, seats, scenario.turns.count);
      return (
        utilityOf(
          actor.profile,
          end.state.levers.map((l) => l.option),
          end.state.values,
        ) - startRv
      );
    };

    const policy: Policy & GameAware = {
      id: `expert:${iterations}`,
      start: () => inner.start(),
      isMemory: (data): data is unknown => inner.isMemory(data),
      bindGame(g) {
        game = g;
      },
      decide(view, legal, memory) {
        const moves = game && game.state.week === view.week ? EXPERT_MOVES.filter((m) => m.applies(view, legal)) : [];
        const first = moves[0];
        if (!first || moves.length === 1) return inner.decide(view, legal, memory);
        const each = Math.max(1, Math.floor(iterations / moves.length));
        let best = first;
        let bestValue = Number.NEGATIVE_INFINITY;
        const decisions = new Map<ExpertMove, Decision>();
        // Rollouts are a function of this week's decision (orders and memory) and their seeds, which every move
        // shares: a move deciding exactly as an earlier one would score exactly as it does, and could not beat it.
        const tried = new Set<string>();
        const others = new Map<number, Decision>();
        for (const m of moves) {
          const decision = runMove(m.move, ctx, inner, { view, legal, memory });
          decisions.set(m, decision);
          const key = JSON.stringify(decision);
          if (tried.has(key)) continue;
          tried.add(key);
          let sum = 0;
          for (let r = 0; r < each; r++) sum += rollout(decision, others, view.week, r);
          if (sum / each > bestValue + 1e-9) {
            bestValue = sum / each;
            best = m;
          }
        }
        // The first move is always tried, and only a tried move can become the best.
        return got(decisions, best, 'decision of the best move');
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
