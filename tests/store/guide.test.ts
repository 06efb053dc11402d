// The guided first week in the store: offered once, on a first game; moved on
// by what the student does (a meeting, a package, an answer, the week ended) or
// by "Next"; its last step saying that answers to the student's offer come
// the week after; kept in its own slot, so a reload resumes the step and a skipped
// or finished guide stays closed until "How to play" starts it again.
import { describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../../src/store/createAppStore';
import { GUIDE_KEY, memoryGuideSlot } from '../../src/store/GuideSlot';
import { memoryStorage } from '../../src/store/SavedGames';
import { selectGuideStep } from '../../src/store/selectGuideStep';
import { O } from '../ids';
import { BUNDLED, CEASEFIRE, playToEnding, READERS, UA, US } from './kit';

type GuideSlot = ReturnType<typeof memoryGuideSlot>;

function open(guide: GuideSlot, slot = memoryStorage()): AppStore {
  return createAppStore({ bundled: BUNDLED, readers: READERS, storage: slot, guide, newSeed: () => 123 });
}

function newGame(guide: GuideSlot = memoryGuideSlot()): { app: AppStore; guide: GuideSlot } {
  const app = open(guide);
  app.actions.openBundled('ui-talks.yaml');
  app.actions.chooseRole(UA);
  return { app, guide };
}

const step = (app: AppStore) => app.store.getState().guide?.step ?? null;
const target = (app: AppStore) => selectGuideStep(app.store.getState())?.targets[0];

describe('the guided first week', () => {
  it("starts with a newcomer's first game, at the news, and stores the step", () => {
    const guide = memoryGuideSlot();
    const app = open(guide);
    expect(step(app)).toBeNull();
    app.actions.openBundled('ui-talks.yaml');
    expect(step(app)).toBeNull();
    app.actions.chooseRole(UA);
    expect(app.store.getState().guide).toEqual({ step: 'news', week: 1 });
    expect(JSON.parse(guide.data.get(GUIDE_KEY) ?? 'null')).toEqual({ step: 'news', week: 1 });
    expect(selectGuideStep(app.store.getState())).toMatchObject({ number: 1, count: 6, next: 'Next' });
  });

  it('moves on when the student does each step, pointing at the control of the moment', () => {
    const { app, guide } = newGame();
    const { actions, store } = app;
    expect(target(app)).toMatchObject({ role: 'region' });
    actions.nextGuideStep();

    expect(step(app)).toBe('meet');
    expect(target(app)).toMatchObject({ role: 'tab', list: 'Kinds of orders' });
    actions.selectOrdersTab('meet');
    expect(target(app)).toMatchObject({ role: 'tabpanel' });
    actions.setMeetWith(US, true);
    expect(target(app)).toMatchObject({ role: 'button' });
    expect(target(app)?.name.test('Add meeting to orders (1 AP)')).toBe(true);
    expect(actions.addMeeting()).toBeNull();

    expect(step(app)).toBe('adviser');
    expect(target(app)?.name.test('Adviser')).toBe(true);
    actions.selectOrdersTab('adviser');
    actions.askAdviser();
    expect(target(app)?.name.test('Open it in the Propose tab')).toBe(true);
    actions.loadAdvice();
    expect(store.getState().ui.draft.length).toBeGreaterThan(0);
    expect(target(app)?.name.test('Add proposal to orders (1 AP)')).toBe(true);
    expect(actions.addPackage()).toBeNull();

    // Nothing to answer in week 1: the step says where offers arrive and waits for "Next".
    expect(step(app)).toBe('answer');
    expect(selectGuideStep(store.getState())?.title).toBe('Where offers arrive');
    actions.nextGuideStep();

    expect(step(app)).toBe('end');
    expect(target(app)?.name.test('End week 1 →')).toBe(true);
    actions.endWeek();
    expect(store.getState().game?.view.week).toBe(2);

    expect(step(app)).toBe('log');
    // The log is open: the guide points at the week just played in it.
    expect(target(app)).toMatchObject({ role: 'region' });
    expect(target(app)?.name.test('— Week 1 of 6 —')).toBe(true);
    // The log of week 1 shows the offer made; the step says its answers come next, from the others, in week 2.
    expect(selectGuideStep(store.getState())?.todo).toBe(
      'Read what happened in week 1. Answers to your offer come next: the others answer it during week 2, and the log shows their answers when week 2 ends. Then press Done. “How to play” starts this guide again.',
    );
    actions.selectSideTab('board');
    expect(target(app)).toMatchObject({ role: 'tab', list: 'The table in words' });
    expect(target(app)?.name.test('Log')).toBe(true);
    expect(selectGuideStep(store.getState())?.next).toBe('Done');
    actions.nextGuideStep();
    expect(store.getState().guide).toBeNull();
    expect(guide.data.get(GUIDE_KEY)).toBe('"done"');
  });

  it('asks for an answer when an offer waits, and moves on once it is given', () => {
    const { app } = newGame();
    const { actions, store } = app;
    actions.skipGuide();
    actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: CEASEFIRE, option: O(2) }] });
    actions.endWeek();
    actions.endWeek();
    const offer = store.getState().game?.view.toAnswer[0];
    if (!offer) throw new Error('no offer to answer in week 3');
    actions.startGuide();
    for (const _ of ['news', 'meet', 'adviser']) actions.nextGuideStep();
    expect(selectGuideStep(store.getState())?.title).toBe('Answer an offer');
    actions.answer(offer.id, 'reject');
    expect(step(app)).toBe('end');
  });

  it('resumes at the stored step after a reload, and is offered only once', () => {
    const guide = memoryGuideSlot();
    const slot = memoryStorage();
    const first = open(guide, slot);
    first.actions.openBundled('ui-talks.yaml');
    first.actions.chooseRole(UA);
    first.actions.nextGuideStep();
    // The page is loaded again: the saved game resumes, and the guide with it.
    const again = open(guide, slot);
    expect(again.store.getState().screen).toBe('table');
    expect(step(again)).toBe('meet');
    again.actions.skipGuide();
    expect(guide.data.get(GUIDE_KEY)).toBe('"done"');
    const later = open(guide);
    later.actions.openBundled('tutorial.yaml');
    later.actions.chooseRole(UA);
    expect(step(later)).toBeNull();
    // "How to play" starts it again, in whichever week the game is.
    later.actions.startGuide();
    expect(later.store.getState().guide).toEqual({ step: 'news', week: 1 });
  });

  it('closes the help it would repeat, and finishes at an ending', () => {
    const guide = memoryGuideSlot();
    const app = open(guide);
    app.actions.openBundled('tutorial.yaml');
    app.actions.chooseRole(UA);
    expect(step(app)).toBe('news');
    expect(app.store.getState().ui.showHelp).toBe(false);

    const { app: played, guide: kept } = newGame();
    playToEnding(played);
    expect(played.store.getState().screen).toBe('ending');
    expect(played.store.getState().guide).toBeNull();
    expect(kept.data.get(GUIDE_KEY)).toBe('"done"');
  });

  it('treats a damaged record as a guide already seen', () => {
    const guide = memoryGuideSlot();
    guide.data.set(GUIDE_KEY, '{"step":"dance"}');
    const { app } = newGame(guide);
    expect(step(app)).toBeNull();
  });
});
