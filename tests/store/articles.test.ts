/**
 * A name inside a sentence takes the article its scenario gives it (`article:
 * the`): "a deal on it needs the signature of Ukraine and the United States",
 * "Meet with the European allies", "The United States' reasons". A first
 * author's United Kingdom read "Meet with United Kingdom" on many screens
 * while the log said "the United Kingdom". A name alone — a card's title, a
 * checkbox, a row of a table — stays as it is.
 */
import { describe, expect, it } from 'vitest';
import type { ActorIndex } from '../../src/engine/index';
import type { AppState } from '../../src/store/AppState';
import { createAppStore, type AppStore } from '../../src/store/createAppStore';
import { endTurnWords } from '../../src/store/hotSeatOf';
import { memoryStorage } from '../../src/store/SavedGames';
import { selectBetterMove } from '../../src/store/selectBetterMove';
import { selectDealSpace } from '../../src/store/selectDealSpace';
import { selectDebrief } from '../../src/store/selectDebrief';
import { selectEnding } from '../../src/store/selectEnding';
import { formatOrder, selectAdvice, selectOrdersModel } from '../../src/store/selectOrdersModel';
import { selectTableModel } from '../../src/store/selectTableModel';
import { signersText } from '../../src/store/tableWords';
import { A } from '../ids';
import { bundledOf, READERS } from './kit';

// ukraine-2025's actors: Ukraine, Russia, and two that take "the".
const [UA, , US, EU] = [A(0), A(1), A(2), A(3)];
const WITH_ARTICLE = /United States|European allies/;
const BARE = /(?<![Tt]he )(United States|European allies)/;

function start(seats: readonly ActorIndex[]): AppStore {
  const app = createAppStore({
    bundled: [bundledOf('scenarios/ukraine-2025.yaml')],
    readers: READERS,
    storage: memoryStorage(),
    newSeed: () => 5,
  });
  app.actions.openBundled('ukraine-2025.yaml');
  app.actions.choosePlayers(seats);
  return app;
}

/** Every string in `x` naming an actor that takes "the", with where it was found; the names' own fields left out. */
function sentencesIn(x: unknown, where: string, into: Map<string, string>): void {
  if (typeof x === 'string') {
    if (WITH_ARTICLE.test(x) && !into.has(x)) into.set(x, where);
  } else if (Array.isArray(x)) x.forEach((v: unknown) => sentencesIn(v, `${where}[]`, into));
  else if (x && typeof x === 'object')
    for (const [key, value] of Object.entries(x))
      // A name alone (a label), and what the screens receive untouched from the scenario and the engine.
      if (!['name', 'names', 'seatName', 'scenario', 'sources', 'view', 'log', 'debrief', 'game'].includes(key))
        sentencesIn(value, `${where}.${key}`, into);
}

/** What the screens draw from in this state, walked for sentences. */
function collect(state: AppState, into: Map<string, string>): void {
  sentencesIn(selectOrdersModel(state), 'orders', into);
  sentencesIn(selectAdvice(state), 'advice', into);
  if (state.game) {
    const table = selectTableModel(state.game);
    sentencesIn(table, 'table', into);
    for (const l of table.levers) sentencesIn(signersText(l.signatories), 'signers', into);
  }
  sentencesIn(state.hotSeat, 'hotSeat', into);
  sentencesIn(endTurnWords(state.hotSeat), 'endTurn', into);
  sentencesIn(state.savedGames, 'savedGames', into);
}

describe('names inside sentences', () => {
  it('take their article on every screen of a game of ukraine-2025, played by the United States and the European allies', () => {
    const app = start([US, EU]);
    const { actions, store } = app;
    const found = new Map<string, string>();
    for (let turn = 0; turn < 40 && store.getState().screen !== 'ending'; turn++) {
      if (store.getState().screen === 'handover') actions.takeTurn();
      const state = store.getState();
      const seat = state.seat;
      const model = selectOrdersModel(state);
      if (!model || seat === null) throw new Error('no orders');
      // A package on the first lever open to it (signed by others too), a meeting with one other, the adviser.
      const lever = model.levers.find((l) => l.options.some((o) => o.refusal === null) && l.blocked === null);
      const option = lever?.options.find((o) => o.refusal === null);
      if (lever && option)
        actions.addOrder({ type: 'propose', actor: seat, clauses: [{ lever: lever.index, option: option.index }] });
      const guest = model.others.find((o) => o.refusal === null);
      if (guest) actions.addOrder({ type: 'meet', actor: seat, with: [guest.index] });
      if (lever) actions.setClause(lever.index, option?.index ?? null);
      actions.askAdviser();
      collect(store.getState(), found);
      actions.endWeek();
    }
    const state = store.getState();
    expect(state.screen).toBe('ending');
    sentencesIn(selectEnding(state.game), 'ending', found);
    sentencesIn(selectDebrief(state.game?.debrief ?? null), 'debrief', found);
    sentencesIn(selectBetterMove(state.game), 'betterMove', found);
    for (const [a, b] of [
      [UA, US],
      [US, EU],
    ] as const)
      sentencesIn(selectDealSpace(state.game?.debrief ?? null, a, b), 'dealSpace', found);

    const bare = [...found].filter(([text]) => BARE.test(text)).map(([text, where]) => `${where}: ${text}`);
    expect(bare).toEqual([]);
    // The walk saw the sentences that once went without: who must sign, whom an order goes to, whose reasons.
    const all = [...found.keys()].join('\n');
    expect(all).toMatch(/the signature of .*the (United States|European allies)/);
    expect(all).toMatch(/^(Propose .* to|Meet with) .*the (United States|European allies)/m);
    expect(all).toMatch(/^End the United States' turn →$/m);
    expect(all).toMatch(
      /what these levers are worth to the (United States|European allies)|would (likely )?accept it.*the (United States|European allies)/,
    );
  });

  it('reads the brief examples as a student reads them', () => {
    const app = start([UA]);
    const state = app.store.getState();
    const game = state.game;
    if (!game) throw new Error('no game');
    const table = selectTableModel(game);
    const minerals = table.levers.find(
      (l) => l.signatories.length === 2 && l.signatories.includes('the United States'),
    );
    expect(minerals && signersText(minerals.signatories)).toBe(
      'a deal on it needs the signature of Ukraine and the United States',
    );
    const nameOf = () => 'an offer';
    expect(formatOrder(game.view, { type: 'meet', actor: UA, with: [US, EU] }, nameOf)).toBe(
      'Summit with the United States and the European allies',
    );
    expect(table.actors.map((a) => a.called)).toEqual([
      'Ukraine',
      'Russia',
      'the United States',
      'the European allies',
    ]);
  });
});
