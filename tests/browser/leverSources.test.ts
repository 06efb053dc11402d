// Where each lever and option comes from, at the table: in ukraine-2025 as
// Ukraine, week 2 (when NATO is on the table), every lever of the Propose tab
// has a "Source" disclosure, closed by default and opened from the keyboard,
// that shows the lever's label with its quote and note as the scenario gives
// them, and lists the options labelled apart from their lever with their own
// label. It stays open while the student composes, passes axe, and fits the
// window at a laptop's, a tablet's and a phone's size.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { publicScenario } from '../../src/engine/index';
import { loadScenario } from '../../src/engine/loader';
import { endWeek, expectAccessible, openBundled, ordersTab, ROOT, shot, startAs, useSteps } from './appPage';
import { tabTo } from './keyboard';
import { tooWide } from './pageChecks';

const SIZES = [
  [1366, 768],
  [1024, 768],
  [390, 844],
] as const;

async function ukraineLevers() {
  const file = resolve(ROOT, 'scenarios/ukraine-2025.yaml');
  const loaded = loadScenario(await readFile(file, 'utf8'), file);
  if (!loaded.ok) throw new Error('ukraine-2025 does not load');
  return publicScenario(loaded.scenario).levers;
}

async function reach(page: Page): Promise<void> {
  await openBundled(page, /^Play “Ending the war/);
  await startAs(page, 'Ukraine');
  await endWeek(page);
  await ordersTab(page, 'Propose');
}

type Lever = Awaited<ReturnType<typeof ukraineLevers>>[number];

/** The options whose provenance is not their lever's: their own label, quote or note. */
function labelledApart(l: Lever): Lever['options'][number][] {
  const p = l.provenance;
  return l.options.filter(
    (o) =>
      o.provenance.label !== p.label ||
      o.provenance.source !== p.source ||
      o.provenance.quote !== p.quote ||
      o.provenance.note !== p.note,
  );
}

/** The option names a lever row's disclosure lists, in order. */
async function listedOptions(source: Locator): Promise<string[]> {
  return source.locator('.option-sources li > strong').allTextContents();
}

describe('ukraine-2025: where the levers and options come from, in the Propose tab', () => {
  const app = useSteps<'week 2'>(reach, { viewport: { width: 1366, height: 768 } });

  it('the NATO lever shows its label, quote and note, and its options labelled apart, from the keyboard', async () => {
    await app.from('week 2');
    const levers = await ukraineLevers();
    const nato = levers.find((l) => l.id === 'nato')!;
    const page = app.page;
    const row = page
      .locator('.lever-row')
      .filter({ has: page.getByRole('combobox', { name: /^Ukraine's path to NATO/ }) });
    const source = row.locator('details.lever-source');
    // Every lever the student may use has one, closed until asked for.
    const rows = await page.locator('.composer .lever-row').count();
    expect(rows).toBeGreaterThan(1);
    expect(await page.locator('.composer .lever-row details.lever-source').count()).toBe(rows);
    expect(await page.locator('.composer details.lever-source[open]').count()).toBe(0);
    expect(await source.locator('.provenance').first().isVisible()).toBe(false);

    await tabTo(page, { css: 'select', name: /^Ukraine's path to NATO/ });
    await tabTo(page, { css: 'summary', name: /^Source of Ukraine's path to NATO$/ });
    await page.keyboard.press('Enter');
    await expect.poll(() => source.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);

    const lever = source.locator(':scope > .provenance');
    expect(await lever.locator('.tag').textContent()).toBe(nato.provenance.label);
    const leverText = await lever.textContent();
    expect(leverText).toContain(nato.provenance.quote);
    // The quote is the article's headline, which is also its title: the words are given once, and named.
    expect(leverText?.split(nato.provenance.quote!).length).toBe(2);
    expect(leverText).toContain('the title of the news article');
    expect(leverText).toContain(nato.provenance.note);
    // The note is a line of its own, not run on from the source's title.
    expect(await lever.locator('.provenance-note').evaluate((e) => getComputedStyle(e).display)).toBe('block');

    // The options whose provenance is not the lever's, each with its own label: "Postpone" is simulated.
    const apart = labelledApart(nato);
    expect(apart.some((o) => o.provenance.label !== nato.provenance.label)).toBe(true);
    expect(await listedOptions(source)).toEqual(apart.map((o) => o.name));
    for (const o of apart) {
      const item = source.locator('.option-sources li').filter({ has: page.getByText(o.name, { exact: true }) });
      expect(await item.locator('.tag').textContent(), o.name).toBe(o.provenance.label);
      if (o.provenance.note) expect(await item.textContent(), o.name).toContain(o.provenance.note);
    }

    // Composing draws the tab again: the disclosure being read stays open, and the others stay closed.
    await row.getByRole('combobox').selectOption({ label: apart.find((o) => o.id !== 'pursue')!.name });
    await page.locator('.package-summary', { hasText: 'Who must sign it' }).waitFor();
    expect(await source.getAttribute('open')).toBe('');
    expect(await page.locator('.composer details.lever-source[open]').count()).toBe(1);
    await row.getByRole('combobox').selectOption({ label: '— leave as is —' });
    await page.locator('.package-summary', { hasText: 'Choose an option' }).waitFor();
    await expectAccessible(page, '.orders');
    app.reached('week 2');
  });

  it('a lever whose options mostly share its source lists only the others', async () => {
    await app.from('week 2');
    const ceasefire = (await ukraineLevers()).find((l) => l.id === 'ceasefire')!;
    const page = app.page;
    const source = page
      .locator('.lever-row')
      .filter({ has: page.getByRole('combobox', { name: /^Ceasefire/ }) })
      .locator('details.lever-source');
    await source.locator('summary').click();
    const apart = labelledApart(ceasefire);
    expect(apart.length).toBeGreaterThan(0);
    expect(apart.length).toBeLessThan(ceasefire.options.length);
    expect(await listedOptions(source)).toEqual(apart.map((o) => o.name));
    await source.locator('summary').click();
    app.reached('week 2');
  });

  it('fits the window at 1366×768, 1024×768 and 390×844 with the NATO source open', async () => {
    await app.from('week 2');
    const page = app.page;
    const source = page
      .locator('.lever-row')
      .filter({ has: page.getByRole('combobox', { name: /^Ukraine's path to NATO/ }) })
      .locator('details.lever-source');
    if ((await source.getAttribute('open')) === null) await source.locator('summary').click();
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await source.scrollIntoViewIfNeeded();
      expect(await tooWide(page), `at ${width}`).toMatchObject({ wide: [], scrollWidth: width });
      await expectAccessible(page, '.orders');
      await shot(page, `lever-sources-${width}`, false);
    }
    await page.setViewportSize({ width: 1366, height: 768 });
    await shot(page, 'lever-sources-page');
  });
});
