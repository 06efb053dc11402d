/**
 * The title screen: what Parley is, the tutorial offered first to newcomers,
 * "Continue" for the latest saved game ("See how it ended" when that game
 * has ended: it opens its ending screen), the saved-games screen (every
 * game kept, and importing a game file), and any save that could not be
 * resumed, reported in words.
 */
import type { AppState } from '../../store/AppState';
import { button, h } from '../dom';
import type { ScreenView, UiContext } from './Screen';

export function titleScreen(ctx: UiContext, state: AppState): ScreenView {
  const { actions } = ctx.app;
  const tutorial = state.catalog.find((c) => c.tutorial);
  const saved = ctx.app.hasSave();
  const choices = h('div', { class: 'choices' });
  const summary = saved ? ctx.app.savedSummary() : null;
  if (saved) {
    choices.append(
      button(summary?.ended ? 'See how it ended' : 'Continue your game', () => actions.continueSaved(), {
        class: 'primary big',
        key: 'continue',
        attrs: { 'aria-describedby': summary ? 'continue-what' : null },
      }),
    );
    if (summary)
      choices.append(
        h('p', {
          class: 'muted small',
          attrs: { id: 'continue-what' },
          text: `${summary.title} — ${summary.ended ? 'ended in ' : ''}${summary.unit} ${summary.week}`,
        }),
      );
  }
  if (tutorial) {
    choices.append(
      button(`Start the tutorial (5 minutes)`, () => actions.openBundled(tutorial.file), {
        class: saved ? 'big' : 'primary big',
        key: 'tutorial',
      }),
    );
  }
  choices.append(button('Choose a scenario', () => actions.showScenarios(), { class: 'big', key: 'scenarios' }));
  const count = state.savedGames.length;
  choices.append(
    button(count > 0 ? `Saved games (${count})` : 'Saved games and import', () => actions.showSavedGames(), {
      class: 'big',
      key: 'saved',
    }),
  );

  const hosted = actions.hostedClass();
  const kept = actions.keptClass();
  // Classroom play (docs/classroom.md): students join a class by its code; a teacher hosts one.
  const inClass = h(
    'div',
    { class: 'choices class-choices' },
    h('h2', { text: 'In a class' }),
    kept
      ? button(`Back to your seat in class ${kept}`, () => actions.showJoin(kept), { class: 'big', key: 'seat' })
      : null,
    button('Join a class', () => actions.showJoin(''), { class: 'big', key: 'join' }),
    hosted ? button(`Your class ${hosted}`, () => actions.watchClass(), { class: 'big', key: 'watch' }) : null,
    button('Host a class (teachers)', () => actions.showHosting(), { class: 'big', key: 'host' }),
  );
  const main = h(
    'main',
    { class: 'screen title-screen', attrs: { id: 'main' } },
    h('p', { class: 'eyebrow', text: 'Parley · negotiation simulator' }),
    h('h1', { text: 'Parley', attrs: { tabindex: -1 } }),
    h('p', {
      class: 'lead',
      text: 'Play one side of a real negotiation. Propose packages, answer offers, meet, make statements and apply pressure; the other sides are played by the computer, and every answer comes with its reasons.',
    }),
    state.saveProblem
      ? h(
          'div',
          { class: 'alert', attrs: { role: 'alert' } },
          h('h2', { text: 'Your saved game could not be resumed' }),
          h('p', { text: state.saveProblem }),
        )
      : null,
    !saved && tutorial
      ? h('p', {
          class: 'hint',
          text: 'New here? Start with the tutorial: two towns, a few levers, about five minutes.',
        })
      : null,
    choices,
    inClass,
    h('p', {
      class: 'muted small',
      text: 'Everything runs in your browser (a class’s games, on its teacher’s server). Each game is saved on this device after every move, and kept until you delete it.',
    }),
  );
  return { nodes: [main] };
}
