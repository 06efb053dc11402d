// An offer overtaken by a signature, as a student meets it in ukraine-2025
// (seed 1, as the European allies, ending each week without orders): in
// week 6 Ukraine and the United States sign the United States' counter-offer
// of a joint minerals fund, and Ukraine's counter-offer of week 6, which also
// holds a minerals clause, reaches the allies in week 7 when it can no longer
// be signed. The orders screen says that its terms' worth would change nothing,
// and suggests rejecting it with the lever that was settled (docs/model.md
// §3.2), at a laptop, a tablet and a phone width, with nothing too wide and
// no code on the screen.
import { describe, expect, it } from 'vitest';
import { endWeeksUntil, openBundled, ordersTab, shot, sideText, startAs, useApp } from './appPage';
import { tooWide } from './pageChecks';

const SIZES = [
  [1366, 768],
  [1024, 768],
  [390, 844],
] as const;

describe('an offer overtaken by a signature (ukraine-2025)', () => {
  const app = useApp(async () => {}, { seed: 1 });

  it('is suggested for rejection, with the lever that was settled named', async () => {
    const { page } = app;
    await openBundled(page, /^Play “Ending the war/);
    await startAs(page, 'the European allies');
    await endWeeksUntil(page, 7);
    await ordersTab(page, /^Answer/);
    const offer = page
      .getByRole('tabpanel', { name: /^Answer/ })
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: /^Ukraine's counter-offer of week 6/ }) });
    await expect.poll(() => offer.count()).toBe(1);
    expect(await offer.locator('.suggestion').textContent()).toBe(
      "Suggested: Reject — the clause on U.S. access to Ukraine's rare earths can no longer be signed, as that lever was settled after the offer was made: even if everyone accepted it, it would fall.",
    );
    // Its worth is what its terms would have been worth, and said to change nothing.
    expect(await offer.textContent()).toContain('This offer, if it could still be signed');
    expect(await offer.textContent()).toContain(
      'It can no longer be signed, so it would change nothing: you keep what you have now.',
    );
    // The package it was overtaken by is in the student's log, signed the week the offer was made.
    expect(await sideText(page, 'Log')).toMatch(
      /Signed: the United States' counter-offer of week 5 \(U\.S\. access to Ukraine's rare earths: /,
    );
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await offer.scrollIntoViewIfNeeded();
      expect(await tooWide(page), `at ${width}`).toMatchObject({ wide: [], scrollWidth: width });
      expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/\bw\d+-[a-z]+-\d+\b|==|\blever\./);
      await shot(page, `overtaken-offer-${width}`, false);
    }
    expect(app.observed.allProblems()).toEqual([]);
  });
});
