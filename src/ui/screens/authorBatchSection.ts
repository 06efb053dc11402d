/**
 * The role screen's quick batch for a scenario opened from a file (the
 * store's authorBatch.ts): its progress while it runs, then how often each
 * ending was reached and which never were, in the scenario's own titles.
 */
import type { AuthorBatch } from '../../store/authorBatch';
import { h } from '../dom';

const count = (n: number) => n.toLocaleString('en-GB');
const share = (k: number, n: number) => `${((100 * k) / Math.max(1, n)).toFixed(k === 0 || k === n ? 0 : 1)}%`;

export function authorBatchSection(batch: AuthorBatch): HTMLElement {
  const finished = batch.seconds !== null;
  const status = finished
    ? `${count(batch.games)} games in ${batch.seconds.toFixed(1)} s.`
    : batch.stopped
      ? `The batch stopped after ${count(batch.done)} games: open the file again to run it again.`
      : `${count(batch.done)} of ${count(batch.games)} games played…`;
  const never = batch.endings.filter((e) => e.games === 0).map((e) => e.title);
  return h(
    'section',
    { class: 'author-batch', attrs: { 'aria-labelledby': 'author-batch-h' } },
    h('h3', { attrs: { id: 'author-batch-h' }, text: 'A quick batch: the computer in every seat' }),
    finished || batch.stopped
      ? null
      : h('progress', { attrs: { max: batch.games, value: batch.done, 'aria-labelledby': 'author-batch-h' } }),
    h('p', { class: 'muted small', attrs: { role: 'status' }, text: status }),
    batch.done > 0
      ? h(
          'ul',
          { class: 'author-batch-endings' },
          ...batch.endings.map((e) =>
            h('li', { text: `${e.title}: ${e.games === 0 ? 'not reached' : share(e.games, batch.done)}` }),
          ),
        )
      : null,
    finished && never.length > 0
      ? h('p', {
          class: 'small',
          text: `Never reached here: ${never.join('; ')}. Computer players may still miss what students reach; the balance lab plays many more games and tries other strategies.`,
        })
      : null,
  );
}
