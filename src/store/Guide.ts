/**
 * The guided first week: the steps of one week at the table, in order, and
 * where the student is in them. The guide is offered once, on a student's
 * first game, and can be started again from "How to play"; its progress is
 * kept apart from the saved game (GuideSlot), so a reload resumes the step.
 */

/** Read the news, meet someone, send the adviser's package (or a changed one), answer an offer, end the week, read the log. */
export const GUIDE_STEPS = ['news', 'meet', 'adviser', 'answer', 'end', 'log'] as const;
export type GuideStep = (typeof GUIDE_STEPS)[number];

/** The guide while it runs. */
export interface Guide {
  readonly step: GuideStep;
  /** The week the step began in: the "end the week" step is done once the game has moved past it. */
  readonly week: number;
}

/** Never seen (offered on the next game), finished or skipped, or running. */
export type GuideProgress = 'new' | 'done' | Guide;

export function isGuideStep(x: unknown): x is GuideStep {
  return (GUIDE_STEPS as readonly unknown[]).includes(x);
}

/** Reads stored progress; anything unreadable counts as finished, so a damaged record never traps a student in the guide. */
export function parseGuideProgress(text: string | null): GuideProgress {
  if (text === null) return 'new';
  try {
    const data = JSON.parse(text) as unknown;
    if (data === 'done') return 'done';
    const { step, week } = (data ?? {}) as { step?: unknown; week?: unknown };
    return isGuideStep(step) && typeof week === 'number' && Number.isInteger(week) ? { step, week } : 'done';
  } catch {
    return 'done';
  }
}

export function formatGuideProgress(progress: Exclude<GuideProgress, 'new'>): string {
  return JSON.stringify(progress === 'done' ? 'done' : { step: progress.step, week: progress.week });
}
