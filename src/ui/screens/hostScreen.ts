/**
 * A teacher opens a class (docs/classroom.md): the scenario, how many tables,
 * the sides students play (the computer plays the others), and how long a
 * turn and an absence may last. The form is drawn when the server has said
 * which scenarios it offers, and only its status line follows the store
 * after that, so that nothing chosen is lost.
 */
import { COMPUTER_PLAYERS, type ScenarioOffer } from '../../net/classProtocol';
import type { AppState } from '../../store/AppState';
import { button, h, renderKeepingFocus, uid } from '../dom';
import type { ScreenView, UiContext } from './Screen';

/** A turn's time and an absence's, in seconds, as the form offers them (null: no limit). */
const TURN_TIMES: readonly [string, number | null][] = [
  ['Until every student has ended it', null],
  ['2 minutes', 120],
  ['3 minutes', 180],
  ['5 minutes', 300],
  ['10 minutes', 600],
];
const AWAY_TIMES: readonly [string, number | null][] = [
  ['2 minutes', 120],
  ['1 minute', 60],
  ['5 minutes', 300],
  ['Never: wait for them', null],
];

export function hostScreen(ctx: UiContext, state: AppState): ScreenView {
  const { actions } = ctx.app;
  const formHost = h('div', { class: 'host-form-host' });
  const status = h('div', { attrs: { id: 'host-status', 'aria-live': 'polite' } });
  let drawn: readonly ScenarioOffer[] | null = null;

  const drawForm = (offers: readonly ScenarioOffer[]) => {
    drawn = offers;
    const scenarioId = uid('host-scenario');
    const tablesId = uid('host-tables');
    const turnId = uid('host-turn');
    const awayId = uid('host-away');
    const scenario = h(
      'select',
      { key: 'scenario', attrs: { id: scenarioId } },
      ...offers.map((o) => h('option', { text: o.title, attrs: { value: o.id } })),
    );
    const tables = h('input', {
      key: 'tables',
      attrs: { id: tablesId, type: 'number', min: 1, max: 30, value: 1, inputmode: 'numeric' },
    });
    const sides = h('fieldset', { class: 'host-sides' });
    const drawSides = () => {
      const offer = offers.find((o) => o.id === scenario.value);
      sides.replaceChildren(
        h('legend', { text: 'Sides students play (the computer plays the others)' }),
        ...(offer?.actors ?? [])
          .filter((a) => a.playable)
          .map((a) => {
            const id = uid('host-side');
            return h(
              'div',
              { class: 'check' },
              h('input', { key: `side:${a.id}`, attrs: { type: 'checkbox', id, value: a.id, checked: true } }),
              h('label', { attrs: { for: id }, text: a.name }),
            );
          }),
      );
    };
    scenario.addEventListener('change', drawSides);
    drawSides();
    const times = (id: string, key: string, options: readonly [string, number | null][]) =>
      h(
        'select',
        { key, attrs: { id } },
        ...options.map(([label, seconds]) => h('option', { text: label, attrs: { value: String(seconds) } })),
      );
    const othersId = uid('host-others');
    const others = h(
      'select',
      { key: 'others', attrs: { id: othersId } },
      ...COMPUTER_PLAYERS.map((p) => h('option', { text: p.words, attrs: { value: p.id } })),
    );
    const turn = times(turnId, 'turn', TURN_TIMES);
    const away = times(awayId, 'away', AWAY_TIMES);
    const seconds = (select: HTMLSelectElement) => (select.value === 'null' ? null : Number(select.value));
    const submit = () =>
      actions.hostClass({
        scenario: scenario.value,
        tables: Number(tables.value),
        students: [...sides.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value),
        others: others.value,
        turn: seconds(turn),
        away: seconds(away),
      });
    formHost.replaceChildren(
      h(
        'form',
        { class: 'host-form', on: { submit: (event) => (event.preventDefault(), submit()) } },
        h('label', { attrs: { for: scenarioId }, text: 'Scenario' }),
        scenario,
        h('label', { attrs: { for: tablesId }, text: 'Tables (each a game of its own)' }),
        tables,
        sides,
        h('label', { attrs: { for: othersId }, text: 'The computer plays the other sides as' }),
        others,
        h('label', { attrs: { for: turnId }, text: 'A turn lasts' }),
        turn,
        h('label', { attrs: { for: awayId }, text: 'The computer plays for a student away for' }),
        away,
        h('button', { class: 'primary big', key: 'open', attrs: { type: 'submit' }, text: 'Open the class' }),
      ),
    );
  };

  const render = (s: AppState) => {
    const { offers, busy, problem } = s.teacher;
    if (offers && offers !== drawn) drawForm(offers);
    renderKeepingFocus(status, () =>
      [
        problem ? h('p', { class: 'alert', attrs: { role: 'alert' }, text: problem }) : null,
        busy ? h('p', { class: 'muted', text: offers ? 'Opening the class…' : 'Asking the class server…' }) : null,
      ].filter((n): n is HTMLParagraphElement => n !== null),
    );
  };
  render(state);
  const hosted = actions.hostedClass();
  const main = h(
    'main',
    { class: 'screen host-screen', attrs: { id: 'main' } },
    h('p', { class: 'eyebrow', text: 'Parley · for teachers' }),
    h('h1', { text: 'Host a class', attrs: { tabindex: -1 } }),
    h('p', {
      class: 'lead',
      text: 'Students join with a code on their own devices; each table is one game, refereed here. Seats are given in order as students join: the first student sits at the first table’s first side, and so on.',
    }),
    formHost,
    status,
    hosted
      ? h('p', {
          class: 'warning',
          text: `This device hosts class ${hosted}. Opening another class here replaces it: this device will then show only the new one (class ${hosted}'s students play on).`,
        })
      : null,
    hosted ? button(`Back to class ${hosted}`, () => actions.watchClass(), { key: 'watch' }) : null,
    button('Back to the title', () => actions.backToTitle(), { key: 'title' }),
  );
  return {
    nodes: [main],
    update(s, previous) {
      if (s.teacher !== previous.teacher) render(s);
    },
  };
}
