/**
 * The deal space's tables, the chart's text equivalent: how many packages,
 * how many both prefer to no deal, the landmarks (no deal, the Nash point,
 * the outcome, a package better for both) with what each is worth to each
 * side and its terms, each side's offers in order (their own clauses, and the
 * levers that stood already), and the frontier's packages nearest the outcome.
 */
import type { DealPoint, DealSpaceModel } from '../../store/selectDealSpace';
import { num } from '../../store/num';
import { h } from '../dom';
import { scrollRegion } from './scrollRegion';
import { stacked } from './stacked';

export function dealSpaceTables(space: DealSpaceModel, original: DealPoint | null): HTMLElement[] {
  const [A, B] = space.inSentence;
  const { deal } = space;
  const where = deal.onFrontier
    ? 'on the frontier: nothing would have given both more'
    : `${num(deal.distance)} below the frontier: a package would have given both at least ${num(deal.distance)} more`;
  const head = (...cols: string[]) =>
    h('thead', {}, h('tr', {}, ...cols.map((t) => h('th', { text: t, attrs: { scope: 'col' } }))));
  const landmark = (name: string, p: DealPoint, terms: string) =>
    h(
      'tr',
      {},
      h('th', { text: name, attrs: { scope: 'row' } }),
      h('td', { text: num(p.a) }),
      h('td', { text: num(p.b) }),
      h('td', { text: terms }),
    );
  const offers = space.offers;
  return [
    h('p', {
      class: 'deal-summary',
      text: `Of the ${space.points.length} packages no signer's red line rules out, ${space.zopa.count} are worth at least as much as no deal at the end to both ${A} and ${B}${space.zopa.empty ? ': the zone of possible agreement is empty' : ''}; ${space.frontier.length} are on the frontier.`,
    }),
    h('p', {
      class: 'deal-outcome',
      text: `The outcome was worth ${num(deal.a)} to ${A} and ${num(deal.b)} to ${B}: ${deal.inZopa ? 'inside' : 'outside'} the zone of possible agreement, ${where}.`,
    }),
    // The chart's landmarks and offers in tables, closed by default to keep the debrief short.
    h(
      'details',
      { class: 'deal-tables' },
      h('summary', { text: 'The landmarks and the offers, with their terms' }),
      stacked(
        h(
          'table',
          { class: 'data deal-landmarks' },
          h('caption', { text: 'Landmarks' }),
          head('', `Worth to ${A}`, `Worth to ${B}`, 'Terms'),
          h(
            'tbody',
            {},
            landmark('No deal at the end', { a: space.reservations[0], b: space.reservations[1] }, 'Walking away'),
            space.nash ? landmark('Nash point', space.nash, space.nash.terms) : null,
            landmark('Outcome', deal, deal.terms),
            deal.better ? landmark('Better for both', deal.better, deal.better.terms) : null,
            original ? landmark('The game you replayed', original, 'Its outcome') : null,
          ),
        ),
      ),
      offers.length === 0
        ? h('p', { text: `Neither ${A} nor ${B} made an offer.` })
        : stacked(
            h(
              'table',
              { class: 'data deal-offers' },
              h('caption', {
                text: 'The offers, in order: what each proposed, and its worth had it been signed then, with the levers that stood already',
              }),
              head('Offer', 'Shape', `Worth to ${A}`, `Worth to ${B}`, 'What it proposed', 'Already in force then'),
              h(
                'tbody',
                {},
                ...offers.map((o) =>
                  h(
                    'tr',
                    {},
                    h('th', { text: o.name, attrs: { scope: 'row' } }),
                    h('td', { text: o.by === 0 ? 'Circle' : 'Square' }),
                    h('td', { text: num(o.a) }),
                    h('td', { text: num(o.b) }),
                    h('td', { text: o.clauses }),
                    h('td', { text: o.standing || 'Nothing yet' }),
                  ),
                ),
              ),
            ),
          ),
    ),
    h(
      'details',
      { class: 'deal-frontier' },
      h('summary', { text: `The ${space.nearest.length} packages of the frontier nearest the outcome` }),
      scrollRegion(
        'The frontier nearest the outcome',
        h(
          'table',
          { class: 'data' },
          head(`Worth to ${A}`, `Worth to ${B}`, 'Terms'),
          h(
            'tbody',
            {},
            ...space.nearest.map((f) =>
              h('tr', {}, h('td', { text: num(f.a) }), h('td', { text: num(f.b) }), h('td', { text: f.terms })),
            ),
          ),
        ),
      ),
    ),
  ];
}
