/**
 * The guide's part of the store: it starts the guide on a student's first
 * game, moves it on when the student has done what the step asks (a meeting
 * or a package in the orders, an answer given, the week ended), finishes it
 * at an ending, and keeps its progress in the guide slot after every change.
 */
import type { AppState } from './AppState';
import type { AppStoreApi } from './createAppStore';
import {
  formatGuideProgress,
  GUIDE_STEPS,
  parseGuideProgress,
  type Guide,
  type GuideProgress,
  type GuideStep,
} from './Guide';
import type { GuideSlot } from './GuideSlot';

export interface GuideActions {
  /** Starts the guide at its first step (from "How to play"). */
  startGuide(): void;
  /** Moves on without doing the step; after the last step the guide is finished. */
  nextGuideStep(): void;
  /** Closes the guide; "How to play" can start it again. */
  skipGuide(): void;
}

/** Whether the student has done what `guide`'s step asks (steps that ask to read move on with "Next"). */
export function guideTaskDone(state: AppState, guide: Guide): boolean {
  const { orders, game } = state;
  if (!game) return false;
  const done: Record<GuideStep, () => boolean> = {
    news: () => false,
    meet: () => orders.some((o) => o.type === 'meet'),
    adviser: () => orders.some((o) => o.type === 'propose' || o.type === 'counter'),
    answer: () => {
      const waiting = new Set(game.view.toAnswer.map((p) => p.id));
      return orders.some(
        (o) =>
          ((o.type === 'accept' || o.type === 'reject') && waiting.has(o.package)) ||
          (o.type === 'counter' && waiting.has(o.to)),
      );
    },
    end: () => game.view.week > guide.week,
    log: () => false,
  };
  return done[guide.step]();
}

export function followGuide(store: AppStoreApi, slot: GuideSlot): GuideActions {
  let progress: GuideProgress = parseGuideProgress(slot.read());
  const weekOf = () => store.getState().game?.view.week ?? 1;
  const keep = (next: Exclude<GuideProgress, 'new'>, patch: Partial<AppState> = {}) => {
    progress = next;
    slot.write(formatGuideProgress(next));
    store.setState({ ...patch, guide: next === 'done' ? null : next });
  };
  const at = (step: GuideStep) => keep({ step, week: weekOf() });
  // The guide explains the week itself: the help it would repeat is closed.
  const start = () => keep({ step: 'news', week: weekOf() }, { ui: { ...store.getState().ui, showHelp: false } });
  const next = () => {
    const guide = store.getState().guide;
    if (!guide) return;
    const following = GUIDE_STEPS[GUIDE_STEPS.indexOf(guide.step) + 1];
    if (following) at(following);
    else keep('done');
  };

  if (typeof progress === 'object') store.setState({ guide: progress });
  store.subscribe(() => {
    // The state now, not the one this change began with: a step moving on is itself a change.
    const s = store.getState();
    // Several players on one device: the guide teaches one player's week and keeps one progress per device, so it
    // waits for a game played alone (and comes back there where it was).
    if (s.hotSeat) return void (s.guide && store.setState({ guide: null }));
    if (typeof progress === 'object' && !s.guide && s.screen === 'table') return store.setState({ guide: progress });
    if (progress === 'new' && s.screen === 'table' && s.game) return start();
    if (!s.guide) return;
    if (s.screen === 'ending') return keep('done');
    if (s.screen === 'table' && guideTaskDone(s, s.guide)) next();
  });

  return { startGuide: start, nextGuideStep: next, skipGuide: () => keep('done') };
}
