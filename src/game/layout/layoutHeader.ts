/**
 * The strip across the top of the table: the week and the deadline (with the
 * chance the talks end early, when there is one) and the news ticker — each
 * headline behind a text tag saying whether it is reported, context or
 * simulated. Headlines are truncated; "+N more" says when some did not fit.
 */
import type { Label } from '../../engine/index';
import type { TableModel } from '../../store/TableModel';
import { LABEL_TAG } from '../theme';
import type { Box } from './Box';
import { box } from './Box';
import type { TextLine } from './layoutRing';
import type { Typography } from './Typography';

export interface NewsLine {
  readonly label: Label;
  readonly tag: { readonly text: string; readonly box: Box };
  readonly headline: TextLine;
}

export interface HeaderLayout {
  readonly week: TextLine;
  readonly deadline: TextLine | null;
  readonly news: readonly NewsLine[];
  /** "No news this week", or "+2 more" after the last headline shown. */
  readonly note: TextLine | null;
  readonly height: number;
}

export function weekText(model: TableModel): string {
  const unit = model.unit ? model.unit.charAt(0).toUpperCase() + model.unit.slice(1) : 'Week';
  return `${unit} ${model.week} of ${model.weeks}`;
}

export function deadlineText(model: TableModel): string | null {
  if (model.ended) return 'the talks are over';
  const parts: string[] = [];
  if (model.week >= model.weeks) parts.push(`last ${model.unit || 'week'}`);
  if (model.earlyEndChance > 0) parts.push(`may end early (${Math.round(model.earlyEndChance * 100)}%)`);
  return parts.length ? parts.join(' · ') : null;
}

/** `newsLines` 0 puts one headline on the week's own line, for small screens. */
export function layoutHeader(bounds: Box, model: TableModel, typo: Typography, newsLines: number): HeaderLayout {
  const inline = newsLines === 0;
  const titleH = typo.line('title');
  const week: TextLine = { text: weekText(model), x: bounds.x, y: bounds.y, ox: 0 };
  const weekW = typo.width(week.text, 'title');
  const dl = deadlineText(model);
  const deadlineMax = inline ? Math.min(bounds.w * 0.4, bounds.w - weekW - 10) : bounds.w - weekW - 10;
  const deadlineText_ = dl ? typo.fit(`· ${dl}`, 'bodyBold', deadlineMax) : '';
  const deadline: TextLine | null = dl
    ? { text: deadlineText_, x: bounds.x + weekW + 10, y: bounds.y + (titleH - typo.line('bodyBold')) / 2, ox: 0 }
    : null;

  if (inline) {
    const left = bounds.x + weekW + 10 + (deadline ? typo.width(deadlineText_, 'bodyBold') + 14 : 0);
    const row = {
      ...bounds,
      x: left,
      w: bounds.x + bounds.w - left,
      y: bounds.y + (titleH - typo.line('smallBold')) / 2,
    };
    const { news, note } = layoutNews(row, model, typo, 1);
    return { week, deadline, news, note, height: titleH };
  }
  const { news, note, height } = layoutNews({ ...bounds, y: bounds.y + titleH + 3 }, model, typo, newsLines);
  return { week, deadline, news, note, height: titleH + 3 + height };
}

function layoutNews(
  bounds: Box,
  model: TableModel,
  typo: Typography,
  newsLines: number,
): { news: NewsLine[]; note: TextLine | null; height: number } {
  const lineH = typo.line('smallBold') + 3;
  let y = bounds.y;
  const news: NewsLine[] = [];
  let note: TextLine | null = null;
  if (model.news.length === 0) {
    note = { text: 'No news this week', x: bounds.x, y, ox: 0 };
    y += lineH;
  } else {
    const shown = model.news.slice(0, Math.max(1, newsLines));
    const hidden = model.news.length - shown.length;
    shown.forEach((item, i) => {
      const tag = LABEL_TAG[item.label];
      const tagBox = box(bounds.x, y, typo.width(tag.text, 'smallBold') + 10, typo.line('smallBold'));
      let right = bounds.x + bounds.w;
      if (i === shown.length - 1 && hidden > 0) {
        const more = `+${hidden} more`;
        note = { text: more, x: right, y, ox: 1 };
        right -= typo.width(more, 'small') + 10;
      }
      const hx = tagBox.x + tagBox.w + 6;
      news.push({
        label: item.label,
        tag: { text: tag.text, box: tagBox },
        headline: { text: typo.fit(item.headline, 'small', right - hx), x: hx, y, ox: 0 },
      });
      y += lineH;
    });
  }
  return { news, note, height: y - bounds.y };
}
