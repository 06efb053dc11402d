/**
 * Choosing a role: each playable actor with its leader, its briefing (in its
 * own voice) and where it comes from; the scenario's sources; what the
 * reported / context / simulated labels mean. Warnings from the loader are
 * listed too, so a teacher sees them before playing.
 */
import type { AppState } from '../../store/AppState';
import { button, h } from '../dom';
import { diagnosticsList } from '../diagnosticsList';
import { labelLegend, provenanceBlock } from '../labelTag';
import type { ScreenView, UiContext } from './Screen';

export function roleScreen(ctx: UiContext, state: AppState): ScreenView {
  const { actions } = ctx.app;
  const role = state.role;
  if (!role) {
    return {
      nodes: [
        h(
          'main',
          { class: 'screen', attrs: { id: 'main' } },
          h('h1', { text: 'No scenario is open', attrs: { tabindex: -1 } }),
          button('Choose a scenario', () => actions.showScenarios(), { class: 'primary', key: 'scenarios' }),
        ),
      ],
    };
  }
  const { scenario, briefings } = role;
  const playable = scenario.actors.filter((a) => a.playable);
  const others = scenario.actors.filter((a) => !a.playable);
  const warnings = state.diagnostics.filter((d) => d.severity === 'warning');
  const main = h(
    'main',
    { class: 'screen role-screen', attrs: { id: 'main' } },
    h('p', { class: 'eyebrow', text: scenario.title }),
    h('h1', { text: 'Choose your role', attrs: { tabindex: -1 } }),
    h('p', { class: 'lead', text: scenario.summary }),
    h('p', {
      class: 'muted',
      text: `${scenario.turns.count} ${scenario.turns.unit}s at most · ${scenario.levers.length} levers · the computer plays every other side by the same rules.`,
    }),
    labelLegend(),
    h(
      'ul',
      { class: 'cards roles', attrs: { 'aria-label': 'Playable roles' } },
      ...playable.map((a) =>
        h(
          'li',
          { class: 'card role', attrs: { 'data-actor': a.id } },
          h(
            'h2',
            {},
            h('span', { class: 'swatch', attrs: { 'aria-hidden': 'true', 'data-colour': a.colour } }),
            a.name,
          ),
          h('p', { class: 'leader', text: a.leader }),
          provenanceBlock(scenario, a.provenance),
          h('h3', { text: 'Briefing' }),
          h('p', { class: 'briefing', text: briefings[a.index] ?? '' }),
          a.advisers.length > 0
            ? h(
                'div',
                {},
                h('h3', { text: 'Advisers' }),
                h(
                  'ul',
                  { class: 'plain' },
                  ...a.advisers.map((ad) =>
                    h(
                      'li',
                      {},
                      h('strong', { text: ad.name }),
                      ` — ${ad.role} `,
                      provenanceBlock(scenario, ad.provenance),
                    ),
                  ),
                ),
              )
            : null,
          button(`Play as ${a.name}`, () => actions.chooseRole(a.index), { class: 'primary', key: `play:${a.id}` }),
        ),
      ),
    ),
    others.length > 0
      ? h('p', { class: 'muted', text: `Played by the computer only: ${others.map((a) => a.name).join(', ')}.` })
      : null,
    h(
      'section',
      { class: 'panel', attrs: { 'aria-labelledby': 'sources-h' } },
      h('h2', { text: 'Sources', attrs: { id: 'sources-h' } }),
      h(
        'ul',
        { class: 'plain' },
        ...scenario.sources.map((s) =>
          h(
            'li',
            {},
            h('strong', { text: s.title }),
            s.kind ? ` (${s.kind})` : '',
            s.text
              ? h(
                  'details',
                  {},
                  h('summary', { text: 'Read the source text' }),
                  h('p', { class: 'source-text', text: s.text }),
                )
              : null,
          ),
        ),
      ),
    ),
    warnings.length > 0 ? diagnosticsList('Warnings from the scenario check', warnings) : null,
    button('Back to the scenarios', () => actions.showScenarios(), { key: 'back' }),
  );
  // Actor colours come from the scenario; set through CSSOM (allowed under style-src 'self'), never as markup.
  for (const swatch of main.querySelectorAll<HTMLElement>('.swatch[data-colour]'))
    swatch.style.backgroundColor = safeColour(swatch.dataset['colour']);
  return { nodes: [main] };
}

export function safeColour(colour: string | undefined): string {
  return colour && /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : '#888888';
}
