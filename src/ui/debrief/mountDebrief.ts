/**
 * The debrief's own sections, loaded on demand when an ending is shown (so
 * they, their styles and the analytics stay out of the first screen's
 * JavaScript): a branch beside the game it was replayed from, the moves
 * that mattered, the deal space, what the others wanted, the world over
 * time and the key moments. The moves' section follows the store as the
 * engine analyses the game; the rest is drawn once per ending.
 */
import type { AppState } from '../../store/AppState';
import { mainCounterpart } from '../../store/mainCounterpart';
import { selectDebrief } from '../../store/selectDebrief';
import { selectEnding } from '../../store/selectEnding';
import { selectMovesDebrief } from '../../store/selectMovesDebrief';
import { branchComparison } from './branchComparison';
import { dealSpaceSection } from './dealSpaceSection';
import './debrief.css';
import { movesSection } from './movesSection';
import { revealSection } from './revealSection';
import { timelineSection } from './timelineSection';
import { worldCharts } from './worldCharts';

export interface DebriefView {
  update(state: AppState, previous: AppState): void;
  destroy(): void;
}

/** The pair of sides the deal space shows, kept by the screen while the student stays on one ending. */
export interface DebriefMemory {
  pair: [number, number] | null;
}

export function mountDebrief(slot: HTMLElement, state: AppState, memory: DebriefMemory): DebriefView {
  const debrief = state.game?.debrief ?? null;
  const ending = selectEnding(state.game);
  const model = selectDebrief(debrief);
  if (!debrief || !ending || !model) {
    slot.replaceChildren();
    return { update() {}, destroy() {} };
  }
  memory.pair ??= [debrief.seat, mainCounterpart(debrief)];
  const original = state.original;
  const deal = dealSpaceSection(
    debrief,
    memory.pair,
    original && ((a, b) => ({ a: original.actors[a]?.worth ?? NaN, b: original.actors[b]?.worth ?? NaN })),
  );
  let moves = movesSection(selectMovesDebrief(debrief, state.moves), model.unit);
  slot.replaceChildren(
    ...[
      ending.branch && original ? branchComparison(original, ending) : null,
      moves,
      deal.node,
      revealSection(model),
      worldCharts(model),
      timelineSection(model),
    ].filter((n): n is HTMLElement => n !== null),
  );
  return {
    update(next, previous) {
      if (next.moves === previous.moves) return;
      const fresh = movesSection(selectMovesDebrief(next.game?.debrief ?? null, next.moves), model.unit);
      moves.replaceWith(fresh);
      moves = fresh;
    },
    destroy: () => deal.destroy(),
  };
}
