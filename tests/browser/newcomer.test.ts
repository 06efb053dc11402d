// A newcomer's whole game of ukraine-2025 as Ukraine (seed 123), by accessible
// names only, at 1366×768, 1024×768 and 390×844: the guided first week from its
// first step to its last (a meeting, the adviser's package as a proposal, where
// offers arrive, End week, the log), then three weeks with orders of their own
// (an answer to an offer, a meeting, the adviser's package), then End week
// until the game ends (the adviser's reasons before its numbers, the numbers
// explained, a suggested answer said as one, nothing left to propose said
// before a click). After every click: no refusal, no code, id or expression
// on the screen, nothing wider than the window, no console or CSP error. The
// guide never hides the control it points at, nor End week or a Remove button
// of this week's orders on a laptop; at 1024×768 End week and the top of the
// orders panel are in the first screen; the table's text is 14 px or more and
// its meters name their endings; axe is clean on the table and on the ending.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasReady, endWeek, expectAccessible, openApp, shot, weekShown } from './appPage';
import { launchBrowser } from './launchBrowser';
import type { ObservedPage } from './launchBrowser';
import { tooWide } from './pageChecks';

const SIZES = [
  { name: '1366x768', viewport: { width: 1366, height: 768 }, laptop: true },
  { name: '1024x768', viewport: { width: 1024, height: 768 }, laptop: true },
  { name: '390x844', viewport: { width: 390, height: 844 }, laptop: false },
] as const;

/**
 * What a student must never read: a package id (w1-europe-1), a developer code (LEVER_IN_PLAY), an expression
 * (lever.x == y, a comparison or logic operator), a command, or a value the code failed to write.
 */
const CODE =
  /\bw\d+-[a-z][\w-]*|\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b|==|!=|&&|\|\||\b(lever|meter|actor|world|settled|trust)\.[a-z_]|npm run|\bundefined\b|\bNaN\b|\[object /;

/** The checks after every click: nothing refused, no code on screen, nothing too wide, nothing wrong in the console. */
async function expectClean(app: ObservedPage, after: string): Promise<void> {
  const { page } = app;
  // A refused click is an alert beside its control; a refused order says it "would not be sent" in the list.
  expect(await page.getByRole('alert').allTextContents(), `a refusal after ${after}`).toEqual([]);
  expect(await page.getByText(/^Would not be sent/).count(), `an order refused after ${after}`).toBe(0);
  const text = await page.evaluate(() => document.body.innerText);
  expect(CODE.exec(text)?.[0] ?? null, `code on screen after ${after}`).toBeNull();
  const width = await tooWide(page);
  expect(width, `too wide after ${after}`).toMatchObject({ wide: [], scrollWidth: width.width });
  expect(app.allProblems(), `after ${after}`).toEqual([]);
}

/** Clicks `control` as a student would, then checks the page. */
async function click(app: ObservedPage, control: Locator, what: string): Promise<void> {
  await control.click();
  await expectClean(app, what);
}

async function endTheWeek(app: ObservedPage): Promise<void> {
  const week = await weekShown(app.page);
  await endWeek(app.page);
  await expectClean(app, `ending week ${week}`);
}

function guideAt(page: Page, n: number, title: string): Locator {
  return page.getByRole('dialog', { name: `Guide · step ${n} of 6 ${title}` });
}

/**
 * The guide outlines `control`, whose first line is in the window and clear of the guide; on a laptop End week
 * (when in the window) is clear of the guide too.
 */
async function expectPointedAt(page: Page, control: Locator, laptop: boolean): Promise<void> {
  await expect.poll(() => control.evaluate((el) => el.hasAttribute('data-guide-target'))).toBe(true);
  await expect
    .poll(() =>
      control.evaluate((el, laptop) => {
        const guide = document.querySelector('[role="dialog"]')!.getBoundingClientRect();
        const apart = (box: DOMRect) =>
          box.right <= guide.left ||
          box.left >= guide.right ||
          box.top + Math.min(box.height, 44) <= guide.top ||
          box.top >= guide.bottom;
        const box = el.getBoundingClientRect();
        const inView = box.top >= 0 && box.top < innerHeight && box.left >= 0 && box.right <= innerWidth;
        const end = [...document.querySelectorAll('button')].find((b) => /^End week \d/.test(b.textContent ?? ''));
        const endBox = end?.getBoundingClientRect();
        const endShown = endBox !== undefined && endBox.bottom > 0 && endBox.top < innerHeight;
        // This week's orders: each Remove button in the window stays clear of the guide too.
        const removes = [...document.querySelectorAll('button')]
          .filter((b) => /^Remove: /.test(b.getAttribute('aria-label') ?? ''))
          .map((b) => b.getBoundingClientRect())
          .filter((b) => b.bottom > 0 && b.top < innerHeight);
        const at = (b: DOMRect) => [b.left, b.top, b.right, b.bottom].map(Math.round).join(',');
        const ok =
          inView && apart(box) && (!laptop || ((!endShown || apart(endBox)) && removes.every((b) => apart(b))));
        return ok ? 'clear' : `pointed at ${at(box)}, End week at ${endBox ? at(endBox) : '-'}, guide at ${at(guide)}`;
      }, laptop),
    )
    .toBe('clear');
}

/** Reads a row of an offer's worth table ("This offer", "What you have now", "No deal"). */
async function worth(offer: Locator, row: string): Promise<number> {
  return Number(
    await offer
      .getByRole('row', { name: new RegExp(`^${row}`) })
      .getByRole('cell')
      .first()
      .textContent(),
  );
}

/** Answers the first offer waiting: accepts it when it beats what Ukraine has now and no deal, else rejects it. */
async function answerAnOffer(app: ObservedPage): Promise<void> {
  const { page } = app;
  const offer = page
    .getByRole('tabpanel', { name: /^Answer/ })
    .getByRole('article')
    .first();
  const name = (await offer.getByRole('heading').first().textContent()) ?? '';
  // Inside a sentence the offer's name takes a small article: "Reject the United States' offer of week 1".
  const called = name.replace(/^The /, 'the ');
  // The emphasised answer is said to be a suggestion, with its reason, beside the buttons.
  expect(await offer.locator('.suggestion').textContent()).toMatch(/^Suggested: (Accept|Counter|Reject) — .+\.$/);
  const value = await worth(offer, 'This offer');
  const accept = value > (await worth(offer, 'What you have now')) && value > (await worth(offer, 'No deal'));
  await click(app, offer.getByRole('button', { name: `${accept ? 'Accept' : 'Reject'} ${called}` }), 'answering');
  expect(await offer.textContent()).toContain(`In your orders: you ${accept ? 'accept' : 'reject'} it.`);
  // Answered: no other answer to click (a second one would be refused), only the way to change it.
  expect(await offer.getByRole('button', { name: /^(Accept|Reject|Counter) / }).count()).toBe(0);
  expect(await offer.getByRole('button', { name: `Change your answer to ${called}` }).count()).toBe(1);
}

/** How many orders are listed for this week (each has its Remove button). */
function ordersGiven(page: Page): Promise<number> {
  return page.getByRole('button', { name: /^Remove: / }).count();
}

/** The smallest text the table drew, in CSS px, once it has drawn at this size. */
async function smallestFont(page: Page): Promise<number> {
  const drawn = page.getByRole('region', { name: 'The table, drawn' });
  await canvasReady(page);
  await expect
    .poll(async () => Number(await drawn.locator('[data-smallest-font-px]').getAttribute('data-smallest-font-px')))
    .toBeGreaterThan(0);
  return Number(await drawn.locator('[data-smallest-font-px]').getAttribute('data-smallest-font-px'));
}

/** The meters that can end the game say at what value and which ending, drawn (in words for a screen reader) or as cards. */
async function expectMetersNameTheirEndings(page: Page, laptop: boolean): Promise<void> {
  const meters = laptop
    ? page.getByRole('list', { name: 'Meters that can end the game' })
    : page.getByRole('region', { name: 'The table, drawn' }).getByRole('region', { name: 'The world' });
  await expect.poll(() => meters.textContent()).toMatch(/Escalation at 90(?!\d)/);
  expect(await meters.textContent()).toMatch(/The talks collapse at 25(?!\d)/);
}

describe.each(SIZES)('a newcomer plays ukraine-2025 as Ukraine at $name', ({ name, viewport, laptop }) => {
  it('follows the guided week, plays three weeks with orders, and reaches an ending, meeting no refusal and no code', async () => {
    const browser = await launchBrowser();
    const app = await openApp(browser, { newcomer: true, viewport });
    const { page } = app;
    try {
      await click(app, page.getByRole('button', { name: 'Choose a scenario' }), 'choosing a scenario');
      await click(app, page.getByRole('button', { name: /^Play “Ending the war/ }), 'choosing ukraine-2025');
      await click(app, page.getByRole('button', { name: 'Play as Ukraine' }), 'choosing Ukraine');
      await page.getByRole('heading', { level: 2, name: 'Your orders, week 1' }).waitFor();
      const orders = page.getByRole('tablist', { name: 'Kinds of orders' });
      const endWeek1 = page.getByRole('button', { name: /^End week 1/ });

      // 1. The news.
      await guideAt(page, 1, 'Read the news').waitFor();
      await expectPointedAt(page, page.getByRole('region', { name: 'News, week 1' }), laptop);
      if (name === '1024x768') {
        // The first screen holds the top of the orders panel and End week.
        const [panel, end] = [
          await page.getByRole('region', { name: 'Your orders, week 1' }).boundingBox(),
          await endWeek1.boundingBox(),
        ];
        expect(await page.evaluate(() => scrollY)).toBe(0);
        expect(panel!.y).toBeLessThan(viewport.height);
        expect(end!.y + end!.height).toBeLessThanOrEqual(viewport.height);
      }
      if (laptop) expect(await smallestFont(page)).toBeGreaterThanOrEqual(14);
      await expectMetersNameTheirEndings(page, laptop);
      await expectAccessible(page);
      await shot(page, `newcomer-${name}-guided`, false);
      await click(app, page.getByRole('button', { name: 'Next' }), 'Next on the news');

      // 2. A meeting with the United States.
      await guideAt(page, 2, 'Meet someone').waitFor();
      await expectPointedAt(page, orders.getByRole('tab', { name: 'Meet' }), laptop);
      await click(app, orders.getByRole('tab', { name: 'Meet' }), 'the Meet tab');
      await expectPointedAt(page, page.getByRole('tabpanel', { name: 'Meet' }), laptop);
      await page.getByRole('checkbox', { name: /^United States/ }).check();
      await expectClean(app, 'inviting the United States');
      const addMeeting = page.getByRole('button', { name: /^Add meeting to orders/ });
      await expectPointedAt(page, addMeeting, laptop);
      await click(app, addMeeting, 'adding the meeting');

      // 3. The adviser's package, as a proposal.
      await guideAt(page, 3, "Take your adviser's package").waitFor();
      await expectPointedAt(page, orders.getByRole('tab', { name: 'Adviser' }), laptop);
      await click(app, orders.getByRole('tab', { name: 'Adviser' }), 'the Adviser tab');
      const ask = page.getByRole('button', { name: 'Ask your adviser' });
      await expectPointedAt(page, ask, laptop);
      await click(app, ask, 'asking the adviser');
      const load = page.getByRole('button', { name: 'Open it in the Propose tab' });
      await expectPointedAt(page, load, laptop);
      // Its reasons come before its worth, and each yardstick is explained a click away.
      const advice = page.getByRole('status').filter({ hasText: 'Suggested package' });
      expect(await advice.textContent()).toMatch(/Why your adviser suggests it.+Worth to you, in points/s);
      await advice.getByText('What these numbers mean').click();
      expect(await advice.textContent()).toMatch(/No deal: What walking away is worth to you/);
      await click(app, load, 'loading the package');
      const propose = page.getByRole('button', { name: /^Add proposal to orders/ });
      await expectPointedAt(page, propose, laptop);
      await click(app, propose, 'adding the proposal');
      // Nothing is left to propose: the button says so before any click, and a click meets no refusal.
      expect(await propose.getAttribute('aria-disabled')).toBe('true');
      expect(await page.locator('#why-propose').textContent()).toMatch(/^Not possible now: No lever is open for you/);
      // Dispatched, not clicked: a real click would scroll the page, and the guide's next step checks where it is.
      await propose.dispatchEvent('click');
      await expectClean(app, 'pressing Add proposal with nothing left to propose');

      // 4. Where offers arrive: none waits in week 1 (they come the week after they are sent), so the guide says so.
      await guideAt(page, 4, 'Where offers arrive').waitFor();
      expect(await page.getByRole('dialog').textContent()).toContain('Nothing waits for your answer this week.');
      await expectPointedAt(page, orders.getByRole('tab', { name: 'Answer (0)' }), laptop);
      await click(app, page.getByRole('button', { name: 'Next' }), 'Next on the offers');

      // 5. End the week.
      await guideAt(page, 5, 'End the week').waitFor();
      await expectPointedAt(page, endWeek1, laptop);
      expect(await ordersGiven(page)).toBe(2);
      await endTheWeek(app);
      expect(await weekShown(page)).toBe(2);

      // 6. The log of week 1.
      await guideAt(page, 6, 'Read why it happened').waitFor();
      await expectPointedAt(page, page.getByRole('region', { name: 'Week 1 of 10' }), laptop);
      await click(app, page.getByRole('button', { name: 'Done' }), 'Done');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

      // Weeks 2 to 4, each with orders: the offer from week 1 answered, a meeting, the adviser's package.
      let answered = false;
      for (const week of [2, 3, 4]) {
        expect(await weekShown(page)).toBe(week);
        const waiting = orders.getByRole('tab', { name: /^Answer \([1-9]/ });
        if (!answered && (await waiting.count()) > 0) {
          await click(app, waiting, `the Answer tab in week ${week}`);
          await answerAnOffer(app);
          answered = true;
        }
        if (week === 3 || (week === 2 && !answered)) {
          await click(app, orders.getByRole('tab', { name: 'Meet' }), `the Meet tab in week ${week}`);
          await page.getByRole('checkbox', { name: /^European allies/ }).check();
          await expectClean(app, `inviting the European allies in week ${week}`);
          await click(app, page.getByRole('button', { name: /^Add meeting to orders/ }), `a meeting in week ${week}`);
        }
        if (week === 4) {
          await click(app, orders.getByRole('tab', { name: 'Adviser' }), 'the Adviser tab in week 4');
          await click(app, page.getByRole('button', { name: 'Ask your adviser' }), 'asking the adviser in week 4');
          await click(app, page.getByRole('button', { name: 'Open it in the Propose tab' }), 'loading in week 4');
          await click(app, page.getByRole('button', { name: /^Add proposal to orders/ }), 'proposing in week 4');
          await expectMetersNameTheirEndings(page, laptop);
          if (laptop) expect(await smallestFont(page)).toBeGreaterThanOrEqual(14);
          await expectAccessible(page);
          await shot(page, `newcomer-${name}-week4`);
        }
        expect(await ordersGiven(page), `orders in week ${week}`).toBeGreaterThan(0);
        await endTheWeek(app);
      }
      expect(answered, 'an offer answered in weeks 2 to 4').toBe(true);

      // End week until the game ends.
      while ((await page.getByRole('heading', { level: 2, name: /^Your orders/ }).count()) > 0) await endTheWeek(app);
      await page.getByRole('heading', { level: 1, name: /^The end/ }).waitFor();
      await expectClean(app, 'the ending');
      await expectAccessible(page);
      await shot(page, `newcomer-${name}-ending`);
    } finally {
      await app.close();
      await browser.close();
    }
  }, 120_000);
});
