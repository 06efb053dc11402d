/**
 * What a cuba-1962 student sees or hears must count in days and show no code
 * or id: the checks shared by the browser tests that play that scenario.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Code on a student's screen: an expression, a command, a package id, a developer code. */
export const CODE = /==|!=|\b(lever|settled|world)\.[a-z_]|npm run|\bw\d+-[a-z]+-\d+\b|\b[A-Z]+_[A-Z_]+\b/;

/** cuba-1962's own ids that are not also plain words a sentence may use. */
export const IDS =
  /\b(cuba-1962|ussr|no_invasion|quiet_removal|public_trade|on_site|at_sea|in_force|missiles_ready|invasion_readiness|missiles_home)\b/;

/** What the student sees or hears of the page: its text, its title, its shown headings, its labels and tooltips. */
export async function words(page: Page): Promise<string> {
  const body = await page.locator('body').innerText();
  const labels = await page.evaluate(() => [
    ...[...document.querySelectorAll('h1, h2, h3')].filter((h) => h.checkVisibility()).map((h) => h.textContent ?? ''),
    ...[...document.querySelectorAll('[aria-label], [title]')].flatMap((e) =>
      [e.getAttribute('aria-label'), e.getAttribute('title')].filter((t): t is string => t !== null),
    ),
  ]);
  return [await page.title(), ...labels, body].join('\n');
}

/** Says "day" and never "week", and shows no code or id. */
export async function expectDays(page: Page, screen: string): Promise<void> {
  const text = await words(page);
  expect(
    text.split('\n').filter((line) => /\bweeks?\b/i.test(line)),
    screen,
  ).toEqual([]);
  expect(text, screen).toMatch(/\bdays?\b/i);
  expect(text, screen).not.toMatch(CODE);
  expect(text, screen).not.toMatch(IDS);
}
