/**
 * What the guide shows at its current step: what to do, why it matters, and
 * which control it points at — found by its role and accessible name, as a
 * student with a screen reader would find it. What to do follows the
 * student's progress within the step (open the tab, then use the button).
 */
import { capitalise } from '../engine/index';
import type { AppState } from './AppState';
import { GUIDE_STEPS, type GuideStep } from './Guide';

export interface GuideTarget {
  readonly role: 'region' | 'tab' | 'tabpanel' | 'button';
  /** The accessible name. */
  readonly name: RegExp;
  /** For a tab or its panel: the name of the tab list it belongs to. */
  readonly list?: string;
}

export interface GuideStepModel {
  readonly step: GuideStep;
  /** 1-based, of `count`. */
  readonly number: number;
  readonly count: number;
  readonly title: string;
  /** Why the step matters: one sentence. */
  readonly why: string;
  /** What to do now: it changes as the student goes. */
  readonly todo: string;
  /** The control to point at: the first of these found on the page (the others stand in when a panel changes). */
  readonly targets: readonly GuideTarget[];
  /** The button that moves on without doing the step ("Done" on the last). */
  readonly next: string;
}

const ORDERS = 'Kinds of orders';
const SIDE = 'The table in words';
const ordersTab = (name: RegExp): GuideTarget => ({ role: 'tab', name, list: ORDERS });

export function selectGuideStep(state: AppState): GuideStepModel | null {
  const { guide, game, ui, advice } = state;
  if (!guide || !game || state.screen !== 'table') return null;
  const unit = game.view.scenario.turns.unit;
  const week = game.view.week;
  const waiting = game.view.toAnswer.length;
  const tab = ui.ordersTab;
  const step = (
    title: string,
    why: string,
    todo: string,
    ...targets: GuideTarget[]
  ): Omit<GuideStepModel, 'step' | 'number' | 'count' | 'next'> => ({ title, why, todo, targets });

  const steps: Record<GuideStep, () => ReturnType<typeof step>> = {
    news: () =>
      step(
        'Read the news',
        `Each ${unit} begins with what happened in the world, and the news can change what a deal is worth to every side.`,
        'Read the headlines: the tag before each says whether it was reported in the source, is well-known context, or is simulated by the game. Then press Next.',
        { role: 'region', name: /^News/ },
      ),
    meet: () => {
      const why =
        'Meeting builds trust with those you meet and sharpens your guesses about what they want most; those you leave out who share a lever with them may trust you less.';
      if (tab !== 'meet') return step('Meet someone', why, 'Open the Meet tab.', ordersTab(/^Meet$/));
      if (ui.meetWith.length === 0)
        return step('Meet someone', why, 'Tick whom to invite, then add the meeting to your orders.', {
          role: 'tabpanel',
          name: /^Meet$/,
          list: ORDERS,
        });
      return step('Meet someone', why, 'Press “Add meeting to orders”.', {
        role: 'button',
        name: /^Add meeting to orders/,
      });
    },
    adviser: () => {
      const title = "Take your adviser's package";
      const why =
        'Your adviser suggests a package from what you know; you can send it as it is, or change any lever first.';
      if (tab === 'propose' && ui.draft.length > 0)
        return step(
          title,
          why,
          'Change any lever you like and watch what the package is worth to you; then add it to your orders.',
          { role: 'button', name: /^Add (proposal|counter-offer) to orders/ },
        );
      if (tab !== 'adviser') return step(title, why, 'Open the Adviser tab.', ordersTab(/^Adviser$/));
      if (!advice) return step(title, why, 'Press “Ask your adviser”.', { role: 'button', name: /^Ask your adviser/ });
      if ('none' in advice)
        return step(
          title,
          why,
          'Your adviser has no package to suggest this time. Open Propose to put one together yourself, or press Next.',
          ordersTab(/^(Propose|Counter-offer)$/),
        );
      return step(title, why, 'Read its reasons, then press “Open it in the Propose tab”.', {
        role: 'button',
        name: /^Open it in the Propose tab/,
      });
    },
    answer: () => {
      if (waiting === 0)
        return step(
          'Where offers arrive',
          `Offers to you arrive on the Answer tab the ${unit} after they are sent; the number on the tab counts them.`,
          `Nothing waits for your answer this ${unit}. Press Next.`,
          ordersTab(/^Answer/),
        );
      const why = 'A package is signed only when every party accepts it; no answer counts as a no.';
      if (tab !== 'answer') return step('Answer an offer', why, 'Open the Answer tab.', ordersTab(/^Answer/));
      return step(
        'Answer an offer',
        why,
        'Compare what the offer is worth to you with what you have now, then accept or reject it. Answering costs nothing.',
        { role: 'tabpanel', name: /^Answer/, list: ORDERS },
      );
    },
    end: () =>
      step(
        `End the ${unit}`,
        "Everyone's orders are resolved together, in a fixed order; then the table shows what happened.",
        `When your orders are in, press “End ${unit} ${week}”.`,
        { role: 'button', name: new RegExp(`^End ${escaped(unit)} ${week}\\b`) },
      ),
    log: () => {
      const why = `The log says what each side did, and why: the best guide to your next move.`;
      if (ui.sideTab !== 'log')
        return step('Read why it happened', why, 'Open the Log tab.', { role: 'tab', name: /^Log$/, list: SIDE });
      const played = Math.max(1, week - 1);
      // The log of the week played shows the offer made, not yet its answers: the others give them this week.
      const sent = game.view.awaiting.filter((p) => p.week === played).length;
      const answers =
        sent === 0
          ? ''
          : ` Answers to your ${sent === 1 ? 'offer' : 'offers'} come next: the others answer ${sent === 1 ? 'it' : 'them'} during ${unit} ${week}, and the log shows their answers when ${unit} ${week} ends.`;
      return step(
        'Read why it happened',
        why,
        `Read what happened in ${unit} ${played}.${answers} Then press Done. “How to play” starts this guide again.`,
        { role: 'region', name: new RegExp(`\\b${escaped(capitalise(unit))} ${played} of\\b`) },
        { role: 'tabpanel', name: /^Log$/, list: SIDE },
      );
    },
  };
  const number = GUIDE_STEPS.indexOf(guide.step) + 1;
  return {
    ...steps[guide.step](),
    step: guide.step,
    number,
    count: GUIDE_STEPS.length,
    next: number === GUIDE_STEPS.length ? 'Done' : 'Next',
  };
}

/** A scenario's word, matched literally. */
function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
