/**
 * Choosing a role: each playable actor as a short card — its leader and a
 * summary of about 50 words in its own voice — with the full briefing, where
 * it comes from and its advisers one click away (a native disclosure, so
 * keyboard and screen readers need nothing more). Below: the scenario's
 * sources and what the reported / context / simulated labels mean, and the
 * loader's warnings, for the scenario's author.
 */
import type { AuthorBatch } from '../../store/authorBatch';
import { authorBatchSection } from './authorBatchSection';
import { joinNames, theName, type BriefingParagraph, type PublicScenario } from '../../engine/index';
import type { AppState, RoleChoice } from '../../store/AppState';
import { button, h, renderKeepingFocus } from '../dom';
import { diagnosticsList } from '../diagnosticsList';
import { labelLegend, labelTag, provenanceBlock } from '../labelTag';
import { playersChoice } from './playersChoice';
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
  const main = h('main', { class: 'screen role-screen', attrs: { id: 'main' } });
  const render = (s: AppState) => (s.role ? content(ctx, s.role, s) : []);
  main.append(...render(state));
  return {
    nodes: [main],
    // Only what this screen draws re-renders it, so an open briefing stays open.
    update(next, previous) {
      const batchComes = (next.authorBatch === null) !== (previous.authorBatch === null);
      if (next.role !== previous.role || next.diagnostics !== previous.diagnostics || batchComes)
        renderKeepingFocus(main, () => render(next));
      // The quick batch moves on its own: only its section is redrawn, so the notes stay open or closed.
      else if (next.authorBatch && next.authorBatch !== previous.authorBatch)
        main.querySelector('.author-batch')?.replaceWith(authorBatchSection(next.authorBatch));
    },
  };
}

function content(ctx: UiContext, role: RoleChoice, state: AppState): Node[] {
  const { actions } = ctx.app;
  const { scenario } = role;
  const playable = scenario.actors.filter((a) => a.playable);
  const others = scenario.actors.filter((a) => !a.playable);
  const warnings = state.diagnostics.filter((d) => d.severity === 'warning');
  const nodes: (HTMLElement | false)[] = [
    h('p', { class: 'eyebrow', text: scenario.title }),
    h('h1', { text: 'Choose your role', attrs: { tabindex: -1 } }),
    h('p', { class: 'lead', text: scenario.summary }),
    h('p', {
      class: 'muted',
      text: `${scenario.turns.count} ${scenario.turns.unit}s at most, from ${dateWords(scenario.turns.startDate)} · ${scenario.levers.length} levers · the computer plays every other side by the same rules.`,
    }),
    h(
      'ul',
      { class: 'cards roles', attrs: { 'aria-label': 'Playable roles' } },
      ...playable.map((a) => roleCard(scenario, role, a, () => actions.chooseRole(a.index))),
    ),
    others.length > 0
      ? h('p', { class: 'muted', text: `Played by the computer only: ${joinNames(others.map(theName))}.` })
      : false,
    playersChoice(ctx, scenario) ?? false,
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
      h('h3', { text: 'What the labels mean' }),
      labelLegend(),
    ),
    warnings.length > 0 || state.authorBatch
      ? h(
          'details',
          { class: 'author-notes' },
          h('summary', { text: authorSummary(warnings.length, state.authorBatch) }),
          state.authorBatch ? authorBatchSection(state.authorBatch) : null,
          warnings.length > 0
            ? h('p', {
                class: 'muted small',
                text: 'The scenario plays as it is. Each note says where in the file it is (line and column) and how to improve it.',
              })
            : null,
          warnings.length > 0 ? diagnosticsList('Notes from the scenario check', warnings) : null,
        )
      : false,
    button('Back to the scenarios', () => actions.showScenarios(), { key: 'back' }),
  ];
  // Actor colours come from the scenario; set through CSSOM (allowed under style-src 'self'), never as markup.
  const shown = nodes.filter((node) => node !== false);
  for (const node of shown)
    for (const swatch of node.querySelectorAll<HTMLElement>('.swatch[data-colour]'))
      swatch.style.backgroundColor = safeColour(swatch.dataset['colour']);
  return shown;
}

/** One role: who, its summary, the full briefing behind a disclosure, and the button that takes it. */
function roleCard(
  scenario: PublicScenario,
  role: RoleChoice,
  a: PublicScenario['actors'][number],
  choose: () => void,
): HTMLElement {
  const more = h('span', { class: 'visually-hidden', text: ` of ${theName(a)}` });
  return h(
    'li',
    { class: 'card role', attrs: { 'data-actor': a.id } },
    h('h2', {}, h('span', { class: 'swatch', attrs: { 'aria-hidden': 'true', 'data-colour': a.colour } }), a.name),
    h('p', { class: 'leader', text: a.leader }),
    h('p', { class: 'role-summary', text: role.summaries[a.index] ?? '' }),
    h(
      'details',
      { class: 'role-more' },
      h('summary', {}, 'Read the full briefing', more),
      briefingBlock(scenario, role.briefingParagraphs[a.index] ?? []),
      h('h3', { text: 'Where this comes from' }),
      provenanceBlock(scenario, a.provenance),
      a.advisers.length > 0 ? h('h3', { text: 'Advisers' }) : false,
      a.advisers.length > 0
        ? h(
            'ul',
            { class: 'plain' },
            ...a.advisers.map((ad) =>
              h('li', {}, h('strong', { text: ad.name }), ` — ${ad.role} `, provenanceBlock(scenario, ad.provenance)),
            ),
          )
        : false,
    ),
    button(`Play as ${theName(a)}`, choose, { class: 'primary', key: `play:${a.id}` }),
  );
}

/**
 * The full briefing. Written as labelled paragraphs, each opens with its label (reported, context, simulated)
 * and is followed by the quote and its source, or the note, so a student can tell which sentence is which.
 */
function briefingBlock(scenario: PublicScenario, paragraphs: readonly BriefingParagraph[]): HTMLElement {
  const [only] = paragraphs;
  if (paragraphs.length === 1 && only && !only.provenance) return h('p', { class: 'briefing', text: only.text });
  return h(
    'div',
    { class: 'briefing labelled' },
    ...paragraphs.map(({ text, provenance: p }) => {
      const source = p?.source ? scenario.sources.find((s) => s.id === p.source) : undefined;
      return h(
        'div',
        { class: 'briefing-paragraph', attrs: { 'data-label': p?.label ?? null } },
        h('p', {}, p ? labelTag(p.label) : null, p ? ' ' : null, text),
        p?.quote
          ? h(
              'p',
              { class: 'provenance muted' },
              'Source: ',
              h('q', { text: p.quote }),
              source ? ` — ${source.title}` : null,
            )
          : null,
        p?.note ? h('p', { class: 'provenance muted', text: p.note }) : null,
      );
    }),
  );
}

export function safeColour(colour: string | undefined): string {
  return colour && /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : '#888888';
}

/** "For the scenario's author: a quick batch of 1,000 games, and 2 things to improve". */
function authorSummary(warnings: number, batch: AuthorBatch | null): string {
  const parts = [
    batch ? `a quick batch of ${batch.games.toLocaleString('en-GB')} games` : '',
    warnings > 0 ? `${warnings} ${warnings === 1 ? 'thing' : 'things'} to improve` : '',
  ].filter((p) => p !== '');
  return `For the scenario's author: ${parts.join(', and ')}`;
}

/** "17 February 2025", from the scenario's YYYY-MM-DD (a real date: the loader refuses any other). */
function dateWords(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
