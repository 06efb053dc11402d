import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser, openObservedPage } from './launchBrowser';
import type { ObservedPage } from './launchBrowser';
import { runAxe } from './runAxe';

const ROOT = resolve(import.meta.dirname, '../..');
const SCREENSHOT = resolve(ROOT, 'test-results/screenshots/placeholder.png');

describe('placeholder page (built app)', () => {
  let browser: Browser;
  let observed: ObservedPage;
  let expectedTitle: string;

  beforeAll(async () => {
    const raw = parse(await readFile(resolve(ROOT, 'scenarios/ukraine-2025.yaml'), 'utf8')) as { title?: unknown };
    if (typeof raw.title !== 'string' || raw.title === '') throw new Error('scenario has no title');
    expectedTitle = raw.title;

    browser = await launchBrowser();
    observed = await openObservedPage(browser);
    await observed.page.goto(inject('baseURL'), { waitUntil: 'load' });
    await observed.page.locator('main h1').waitFor();
  });

  afterAll(async () => {
    await observed?.close();
    await browser?.close();
  });

  it('shows the scenario title in the h1', async () => {
    await expect(observed.page.locator('main h1').textContent()).resolves.toBe(expectedTitle);
    expect(await observed.page.locator('main').count()).toBe(1);
    expect(await observed.page.getAttribute('html', 'lang')).toBe('en');
  });

  it('carries a strict Content-Security-Policy', async () => {
    const csp = await observed.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('loads without console errors, page errors, CSP violations or failed requests', async () => {
    // Let any late async work settle before judging.
    await observed.page.waitForLoadState('networkidle');
    expect(observed.allProblems()).toEqual([]);
  });

  it('has no serious or critical accessibility violations', async () => {
    expect(await runAxe(observed.page)).toEqual([]);
  });

  it('renders something visible (screenshot saved for review)', async () => {
    await mkdir(resolve(SCREENSHOT, '..'), { recursive: true });
    const png = await observed.page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(png.byteLength).toBeGreaterThan(5_000);
  });
});
