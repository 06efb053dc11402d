/**
 * The strip across the top of the table: the week, then the countdown in
 * words — the deadline, and from the early-end week the chance the talks
 * end in any week — and a row of pips, one per week (past, this one, those
 * left; those in which the talks may end early are marked). The news is the
 * DOM strip's, above the table.
 */
import type { TableModel } from '../../store/TableModel';
import { countdownText, weekText } from '../../store/tableWords';
import type { Box } from './Box';
import { box } from './Box';
import type { TextLine } from './layoutRing';
import type { Typography } from './Typography';

export interface WeekPip {
  readonly week: number;
  readonly box: Box;
  readonly state: 'past' | 'now' | 'left';
  /** The talks may end early in this week. */
  readonly risky: boolean;
}

export interface HeaderLayout {
  readonly week: TextLine;
  /** The countdown in words; `urgent` once the talks may end any week, or in the last week. */
  readonly countdown: TextLine;
  readonly urgent: boolean;
  readonly pips: readonly WeekPip[];
  readonly height: number;
}

export function layoutHeader(bounds: Box, model: TableModel, typo: Typography): HeaderLayout {
  const titleH = typo.line('title');
  const bodyH = typo.line('bodyBold');
  const week: TextLine = { text: weekText(model), x: bounds.x, y: bounds.y, ox: 0 };
  const weekW = typo.width(week.text, 'title');
  // The pips drawn beside the words mark the weeks in which the talks may end early: the words point to them.
  const said = countdownText(model, true);
  // The countdown follows the week on its line, and wraps under it when it does not fit.
  const gap = 10;
  let countdown: TextLine;
  let y = bounds.y + titleH + 2;
  {
    const inline = typo.wrap(`· ${said.text}`, 'bodyBold', bounds.w - weekW - gap);
    if (inline.length === 1) {
      countdown = { text: inline.join(''), x: bounds.x + weekW + gap, y: bounds.y + (titleH - bodyH) / 2, ox: 0 };
    } else {
      const lines = typo.wrap(said.text, 'bodyBold', bounds.w);
      countdown = { text: lines.join('\n'), x: bounds.x, y, ox: 0 };
      y += lines.length * bodyH;
    }
  }
  // One pip a week, after the words when they leave room on the last line, else on a line of their own.
  const pip = Math.round(10 * typo.scale);
  const pipGap = Math.round(4 * typo.scale);
  const pipsW = model.weeks * (pip + pipGap) - pipGap;
  const lastLineEnd = countdown.x + typo.widest(countdown.text.split('\n'), 'bodyBold');
  const lastLineY = countdown.y + (countdown.text.split('\n').length - 1) * bodyH;
  const lastLineH = bodyH;
  let px = lastLineEnd + 16;
  let py = lastLineY + (lastLineH - pip) / 2;
  if (px + pipsW > bounds.x + bounds.w) {
    px = bounds.x;
    py = y + 4;
    y += pip + 8;
  }
  const early = model.earlyEnd;
  const pips: WeekPip[] = Array.from({ length: model.weeks }, (_, i) => {
    const w = i + 1;
    return {
      week: w,
      box: box(px + i * (pip + pipGap), py, pip, pip),
      state: w < model.week || model.ended ? 'past' : w === model.week ? 'now' : 'left',
      risky: early !== null && w >= early.fromWeek && w < model.weeks,
    };
  });
  return { week, countdown, urgent: said.urgent, pips, height: y - bounds.y };
}
