/**
 * A student joins a class (docs/classroom.md): the class's code (filled in
 * when they came by the teacher's link) and their name, as the teacher will
 * see it. The form is drawn once, so that nothing typed is lost; only the
 * line that says what is happening, or why joining failed, follows the store.
 */
import type { AppState } from '../../store/AppState';
import { button, h, renderKeepingFocus, uid } from '../dom';
import type { ScreenView, UiContext } from './Screen';

export function joinScreen(ctx: UiContext, state: AppState): ScreenView {
  const { actions } = ctx.app;
  const codeId = uid('class-code');
  const nameId = uid('student-name');
  const code = h('input', {
    key: 'code',
    attrs: {
      id: codeId,
      value: state.join.code,
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      maxlength: 12,
      inputmode: 'text',
      'aria-describedby': 'join-status',
    },
  });
  const name = h('input', {
    key: 'name',
    attrs: { id: nameId, autocomplete: 'given-name', maxlength: 40, 'aria-describedby': 'join-status' },
  });
  const status = h('div', { attrs: { id: 'join-status', 'aria-live': 'polite' } });
  const submit = () => actions.joinClass(code.value, name.value);
  const form = h(
    'form',
    { class: 'join-form', on: { submit: (event) => (event.preventDefault(), submit()) } },
    h('label', { attrs: { for: codeId }, text: 'Class code' }),
    code,
    h('label', { attrs: { for: nameId }, text: 'Your name' }),
    name,
    h('button', { class: 'primary big', key: 'join', attrs: { type: 'submit' }, text: 'Join the class' }),
  );
  const renderStatus = (s: AppState) =>
    renderKeepingFocus(status, () => {
      const seat = s.classSeat;
      if (seat?.link === 'closed')
        return [h('p', { class: 'alert', attrs: { role: 'alert' }, text: seat.closedWhy ?? '' })];
      if (s.join.problem) return [h('p', { class: 'alert', attrs: { role: 'alert' }, text: s.join.problem })];
      if (s.join.busy || seat) return [h('p', { class: 'muted', text: 'Finding your seat at the table…' })];
      return [];
    });
  renderStatus(state);
  const main = h(
    'main',
    { class: 'screen join-screen', attrs: { id: 'main' } },
    h('p', { class: 'eyebrow', text: 'Parley · a class' }),
    h('h1', { text: 'Join your class', attrs: { tabindex: -1 } }),
    h('p', {
      class: 'lead',
      text: 'Type the code your teacher gave, and your name. You will play one side at a table of classmates, each on their own device; the computer plays any side nobody takes.',
    }),
    form,
    status,
    h('p', {
      class: 'muted small',
      text: 'If you lose the connection, open the same link again on this device: your seat and your orders are kept.',
    }),
    button('Back to the title', () => actions.backToTitle(), { key: 'title' }),
  );
  return {
    nodes: [main],
    update(s, previous) {
      if (s.join !== previous.join || s.classSeat !== previous.classSeat) renderStatus(s);
    },
  };
}
