// Negative controls for the browser harness: prove that the built page's CSP
// really blocks inline scripts and eval, and that openObservedPage reports
// each kind of problem. Without these, "no problems" could mean "not looking".
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openObservedPage } from './launchBrowser';
import type { ObservedPage } from './launchBrowser';

describe('observed page harness', () => {
  let browser: Browser;
  let observed: ObservedPage;

  beforeAll(async () => {
    browser = await launchBrowser();
    observed = await openObservedPage(browser);
    await observed.page.goto(inject('baseURL'), { waitUntil: 'load' });
  });

  afterAll(async () => {
    await observed?.close();
    await browser?.close();
  });

  it('reports an inline script blocked by the CSP', async () => {
    await expect(observed.page.addScriptTag({ content: 'window.inlineRan = true' })).rejects.toThrow(
      /Content Security Policy/,
    );
    await expect.poll(() => observed.problems.cspViolations.length).toBeGreaterThan(0);
    expect(await observed.page.evaluate(() => 'inlineRan' in window)).toBe(false);
  });

  it('reports eval blocked by the CSP', async () => {
    const before = observed.problems.cspViolations.length;
    // Run the eval from a page task: code evaluated directly by DevTools is
    // exempt from the page's CSP, code it schedules is not.
    const outcome = await observed.page.evaluate(
      () =>
        new Promise<string>((done) => {
          setTimeout(() => {
            try {
              done(String((0, eval)('1 + 1')));
            } catch (e) {
              done(e instanceof Error ? e.name : 'thrown');
            }
          });
        }),
    );
    expect(outcome).toBe('EvalError');
    await expect.poll(() => observed.problems.cspViolations.length).toBeGreaterThan(before);
  });

  it('reports console errors and uncaught page errors', async () => {
    await observed.page.evaluate(() => {
      console.error('deliberate console error');
      setTimeout(() => {
        throw new Error('deliberate page error');
      });
    });
    await expect.poll(() => observed.problems.pageErrors.join('\n')).toContain('deliberate page error');
    expect(observed.problems.consoleErrors.join('\n')).toContain('deliberate console error');
  });
});
