// The guided first week, as a newcomer meets it in ukraine-2025 (seed 123),
// by accessible names only, on a laptop and a phone: each step outlines the
// real control it means, in view and clear of the guide; the step's text has
// the focus and Tab goes on to the control; the week is played through the
// guide to the log; the guide resumes after a reload, Esc in it skips it (Esc
// elsewhere, as on an actor's tooltip, does not), "How to play" starts it
// again. Then the tutorial's ending says what would have been
// better. Axe-clean at every step, nothing wider than the window.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { canvasReady, endWeek, expectAccessible, openApp, openBundled, shot, startAs, weekShown } from './appPage';
import { exceptAborted, launchBrowser } from './launchBrowser';

const SIZES = [
  { name: 'laptop', viewport: { width: 1366, height: 768 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

async function startUkraine(page: Page): Promise<void> {
  await openBundled(page, /^Play “Ending the war/);
  await startAs(page, 'Ukraine');
}

/** The guide at step `n`, titled `title`. */
function guideAt(page: Page, n: number, title: string): Locator {
  return page.getByRole('dialog', { name: `Guide · step ${n} of 6 ${title}` });
}

/**
 * The control the guide outlines is `control`; its first line is in the window and not under the guide (which may
 * dock above End week, so the control may lie below it); on a laptop, nor is End week or a Remove button of this
 * week's orders, where they are in the window.
 */
async function expectPointedAt(page: Page, control: Locator): Promise<void> {
  await expect.poll(() => control.evaluate((el) => el.hasAttribute('data-guide-target'))).toBe(true);
  expect(await page.locator('[data-guide-target]').count()).toBe(1);
  // Polled: after a reload the drawing arrives after the controls, and the guide brings the control back into view.
  await expect
    .poll(() =>
      control.evaluate((el) => {
        // On a phone the guide spans the window: scrolling alone keeps a control clear of it.
        const laptop = innerWidth > 820;
        const guide = document.querySelector('[role="dialog"]')!.getBoundingClientRect();
        const apart = (box: DOMRect) =>
          box.right <= guide.left ||
          box.left >= guide.right ||
          box.top + Math.min(box.height, 44) <= guide.top ||
          box.top >= guide.bottom;
        const shown = (box: DOMRect) => box.bottom > 0 && box.top < innerHeight;
        const box = el.getBoundingClientRect();
        const visible = box.top >= 0 && box.top < innerHeight && box.left >= 0 && box.right <= innerWidth;
        const kept = [...document.querySelectorAll('button.end-week, ol[aria-labelledby="week-orders-h"] button')]
          .map((x) => x.getBoundingClientRect())
          .filter(shown);
        const hidden = laptop ? kept.filter((b) => !apart(b)).length : 0;
        return visible && apart(box)
          ? hidden === 0
            ? 'clear'
            : `${hidden} of End week and the orders covered`
          : 'covered';
      }),
    )
    .toBe('clear');
}

/** Whether two boxes do not overlap. */
function apart(a: { x: number; y: number; width: number; height: number } | null, b: typeof a): boolean {
  if (!a || !b) return false;
  return a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
}

/** The focus is on the step's text, in the guide. */
async function expectFocusOnStep(page: Page, title: string): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el?.closest('[role="dialog"]') && el.querySelector('h2') ? el.querySelector('h2')!.textContent : null;
      }),
    )
    .toBe(title);
}

/**
 * Nothing is still loading (the table's drawing is fetched on demand). On a busy machine a chunk may still be
 * requested after this, so the tests that reload leave out the requests a reload cancels (exceptAborted).
 */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
}

async function expectFits(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
}

describe.each(SIZES)('the guided first week on a $name', ({ name, viewport }) => {
  it('walks a newcomer through week 1: news, a meeting, the adviser’s package, offers, the end of the week, the log', async () => {
    const browser = await launchBrowser();
    const app = await openApp(browser, { newcomer: true, viewport });
    const { page } = app;
    try {
      await startUkraine(page);
      const orders = page.getByRole('tablist', { name: 'Kinds of orders' });

      await guideAt(page, 1, 'Read the news').waitFor();
      await expectFocusOnStep(page, 'Read the news');
      await expectPointedAt(page, page.getByRole('region', { name: 'News, week 1' }));
      await settled(page);
      if (name === 'laptop') {
        // The news moves the world: the guide docks above End week, over the side panel, clear of the drawing and
        // its meters (War intensity, Western unity).
        const drawn = await page.getByRole('region', { name: 'The table, drawn' }).boundingBox();
        await expect.poll(async () => apart(await page.getByRole('dialog').boundingBox(), drawn)).toBe(true);
      }
      await expectAccessible(page);
      await expectFits(page);
      await shot(page, `guide-${name}-1-news`, false);
      // Where it still covers something, "Hide" folds it to a bar with its step; "Show" opens it again.
      const dialog = page.getByRole('dialog');
      const full = (await dialog.boundingBox())!.height;
      await page.getByRole('button', { name: 'Hide' }).click();
      const show = page.getByRole('button', { name: 'Show' });
      expect(await show.getAttribute('aria-expanded')).toBe('false');
      expect(await show.evaluate((el) => el === document.activeElement)).toBe(true);
      expect((await dialog.innerText()).replace(/\s+/g, ' ')).toBe('Guide · step 1 of 6 · Read the news Show');
      expect(await page.getByRole('heading', { name: 'Read the news' }).isVisible()).toBe(false);
      expect((await dialog.boundingBox())!.height).toBeLessThan(Math.min(90, full / 2));
      await guideAt(page, 1, 'Read the news').waitFor();
      await expectAccessible(page);
      await shot(page, `guide-${name}-1-folded`, false);
      await show.click();
      expect(await page.getByRole('button', { name: 'Hide' }).getAttribute('aria-expanded')).toBe('true');
      await page.getByRole('heading', { name: 'Read the news' }).waitFor();
      await page.getByRole('button', { name: 'Next' }).click();

      await guideAt(page, 2, 'Meet someone').waitFor();
      await expectFocusOnStep(page, 'Meet someone');
      const meetTab = orders.getByRole('tab', { name: 'Meet' });
      await expectPointedAt(page, meetTab);
      // Tab from the step's text goes to the control; Enter uses it.
      await page.keyboard.press('Tab');
      expect(await meetTab.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await expectPointedAt(page, page.getByRole('tabpanel', { name: 'Meet' }));
      await shot(page, `guide-${name}-2-meet`, false);
      await page.getByRole('checkbox', { name: /^United States/ }).check();
      await expectPointedAt(page, page.getByRole('button', { name: /^Add meeting to orders/ }));
      // Folded while the step is done: the next step opens it, to be read in full.
      await page.getByRole('button', { name: 'Hide' }).click();
      await page.getByRole('button', { name: /^Add meeting to orders/ }).click();

      await guideAt(page, 3, "Take your adviser's package").waitFor();
      await page.getByRole('heading', { name: "Take your adviser's package" }).waitFor();
      await expectFocusOnStep(page, "Take your adviser's package");
      await expectPointedAt(page, orders.getByRole('tab', { name: 'Adviser' }));
      await orders.getByRole('tab', { name: 'Adviser' }).click();
      await expectPointedAt(page, page.getByRole('button', { name: 'Ask your adviser' }));
      await page.getByRole('button', { name: 'Ask your adviser' }).click();
      await expectPointedAt(page, page.getByRole('button', { name: 'Open it in the Propose tab' }));
      await expectAccessible(page);
      await shot(page, `guide-${name}-3-adviser`, false);
      await page.getByRole('button', { name: 'Open it in the Propose tab' }).click();
      const add = page.getByRole('button', { name: /^Add proposal to orders/ });
      await expectPointedAt(page, add);
      await add.click();

      await guideAt(page, 4, 'Where offers arrive').waitFor();
      await expectPointedAt(page, orders.getByRole('tab', { name: /^Answer/ }));
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Next' }).click();

      await guideAt(page, 5, 'End the week').waitFor();
      await expectPointedAt(page, page.getByRole('button', { name: /^End week 1/ }));
      await expectFits(page);
      await shot(page, `guide-${name}-5-end`, false);
      await endWeek(page);
      expect(await weekShown(page)).toBe(2);

      await guideAt(page, 6, 'Read why it happened').waitFor();
      await expectFocusOnStep(page, 'Read why it happened');
      // The log is open: the guide points at the week just played in it.
      await expectPointedAt(page, page.getByRole('region', { name: /\bWeek 1 of 10\b/ }));
      await expectAccessible(page);
      await expectFits(page);
      await shot(page, `guide-${name}-6-log`, false);
      await page.getByRole('button', { name: 'Done' }).click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

      // Finished: a reload resumes the game without the guide.
      await settled(page);
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Your orders, week 2' }).waitFor();
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(exceptAborted(app.allProblems())).toEqual([]);
    } finally {
      await app.close();
      await browser.close();
    }
  });

  it('resumes at its step after a reload; Esc skips it; "How to play" starts it again', async () => {
    const browser = await launchBrowser();
    const app = await openApp(browser, { newcomer: true, viewport });
    const { page } = app;
    try {
      await startUkraine(page);
      await guideAt(page, 1, 'Read the news').waitFor();
      await page.getByRole('button', { name: 'Next' }).click();
      await guideAt(page, 2, 'Meet someone').waitFor();

      await settled(page);
      await page.reload();
      await guideAt(page, 2, 'Meet someone').waitFor();
      await expectFocusOnStep(page, 'Meet someone');
      const meetTab = page.getByRole('tablist', { name: 'Kinds of orders' }).getByRole('tab', { name: 'Meet' });
      await expectPointedAt(page, meetTab);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      // The focus goes to the control the guide pointed at, and nothing stays outlined.
      expect(await meetTab.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.locator('[data-guide-target]').count()).toBe(0);

      await settled(page);
      await page.reload();
      await page.getByRole('heading', { level: 2, name: 'Your orders, week 1' }).waitFor();
      expect(await page.getByRole('dialog').count()).toBe(0);
      await page.getByRole('button', { name: 'How to play' }).click();
      await page.getByRole('button', { name: 'Walk me through a week' }).click();
      await guideAt(page, 1, 'Read the news').waitFor();
      await expectFocusOnStep(page, 'Read the news');
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Skip the guide' }).click();
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      expect(exceptAborted(app.allProblems())).toEqual([]);
    } finally {
      await app.close();
      await browser.close();
    }
  });
});

describe('the guide and the table on a laptop', () => {
  it('pointing at an actor shows its trust; Escape there, or anywhere outside the guide, keeps the guide at its step', async () => {
    const browser = await launchBrowser();
    const app = await openApp(browser, { newcomer: true, viewport: { width: 1366, height: 768 } });
    const { page } = app;
    try {
      await startUkraine(page);
      await guideAt(page, 1, 'Read the news').waitFor();
      await page.getByRole('button', { name: 'Next' }).click();
      await guideAt(page, 2, 'Meet someone').waitFor();
      await canvasReady(page);

      // The mouse reaches the actor under it (nothing invisible lies over the canvas) and its tooltip opens.
      const russia = page.getByRole('button', { name: 'Russia: trust' });
      const tip = page.getByRole('tooltip');
      await russia.hover({ timeout: 5_000 });
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toMatch(/Russia['’]s trust in Ukraine: \d+/);
      await shot(page, 'guide-laptop-hover-actor', false);

      // A click puts the focus on the actor; Escape closes its tooltip only.
      await russia.click();
      await page.keyboard.press('Escape');
      await expect.poll(() => tip.isVisible()).toBe(false);
      await guideAt(page, 2, 'Meet someone').waitFor();

      // Escape with the focus in the orders (a tab of the panel) leaves the guide where it was too.
      await page.getByRole('tablist', { name: 'Kinds of orders' }).getByRole('tab', { name: 'Pressure' }).focus();
      await page.keyboard.press('Escape');
      await page.waitForTimeout(200);
      expect(await guideAt(page, 2, 'Meet someone').count()).toBe(1);
      expect(app.allProblems()).toEqual([]);
    } finally {
      await app.close();
      await browser.close();
    }
  });
});

describe('the ending', () => {
  it('says what a better move would have been', async () => {
    const browser = await launchBrowser();
    const app = await openApp(browser, { viewport: { width: 1366, height: 768 } });
    const { page } = app;
    try {
      await page.getByRole('button', { name: /^Start the tutorial/ }).click();
      await page.getByRole('button', { name: 'Play as Northport' }).click();
      await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
      // A student who only waits: five weeks, nothing signed.
      while ((await page.getByRole('heading', { level: 2, name: /^Your orders/ }).count()) > 0) await endWeek(page);
      const better = page.getByRole('region', { name: 'Could you have done better?' });
      await better.waitFor();
      expect(await better.textContent()).toContain(
        'Yes: these terms would have been worth 89.5 to you (a result of +57.5, the best deal possible) and at least as good as no deal, at the end, for Southbay, who would have had to sign it; you got 20.5 (−11.5).',
      );
      expect(await better.getByRole('listitem').allTextContents()).toEqual([
        'Fishing rights in the bay: Northport fishes first — you ended with No agreement (boats keep clashing).',
        'A ferry line: A joint ferry line — you ended with No ferry.',
      ]);
      await expectAccessible(page);
      await shot(page, 'guide-ending-better-move');
      expect(app.allProblems()).toEqual([]);
    } finally {
      await app.close();
      await browser.close();
    }
  });
});
