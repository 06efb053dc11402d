/**
 * Shared Chromium helpers for browser tests: launch the installed Chromium or
 * Chrome (src/cli/findBrowser.ts) via playwright-core, open pages that record
 * everything that went wrong (console errors, uncaught page errors, CSP
 * violations, failed requests), so each test can assert the list is empty.
 */
import { chromium } from 'playwright-core';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../../src/cli/findBrowser';

export function launchBrowser(): Promise<Browser> {
  // The global setup has already stopped the run when there is no browser.
  const found = findBrowser();
  if ('problem' in found) throw new Error(found.problem);
  return chromium.launch({ executablePath: found.path, args: [...CHROMIUM_ARGS], headless: true });
}

export interface PageProblems {
  /** console.error messages (and console warnings about CSP). */
  readonly consoleErrors: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  readonly pageErrors: string[];
  /** Content-Security-Policy violations (DOM events and browser console reports). */
  readonly cspViolations: string[];
  /** Requests that failed or answered with HTTP status >= 400. */
  readonly failedRequests: string[];
}

export interface ObservedPage {
  readonly page: Page;
  readonly problems: PageProblems;
  /** Every problem as one flat list of labelled lines; `[]` when the page is clean. */
  allProblems(): string[];
  close(): Promise<void>;
}

/**
 * `lines` without the requests a reload or navigation cancelled (net::ERR_ABORTED): the test that reloads
 * cancels them, not the page. A missing file still shows, as its HTTP status.
 */
export const exceptAborted = (lines: readonly string[]): string[] =>
  lines.filter((line) => !line.endsWith('net::ERR_ABORTED'));

const CSP_BINDING = '__parleyReportCspViolation';

/** Opens a fresh context + page that records problems from its very first script. */
export async function openObservedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<ObservedPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    colorScheme: 'dark',
    reducedMotion: 'reduce',
    ...options,
  });
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [], failedRequests: [] };

  // Bindings and init scripts are installed through DevTools, so the page's
  // own CSP does not block them.
  await context.exposeBinding(CSP_BINDING, (_source, line: string) => {
    problems.cspViolations.push(line);
  });
  await context.addInitScript((binding: string) => {
    addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (globalThis as unknown as Record<string, (line: string) => void>)[binding];
        report?.(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
      },
      true,
    );
  }, CSP_BINDING);

  const page = await context.newPage();
  page.on('console', (msg) => {
    const { url, lineNumber } = msg.location();
    const text = url ? `${msg.text()} (${url}:${lineNumber})` : msg.text();
    const isCsp = /Content[- ]Security[- ]Policy/i.test(text);
    if (isCsp && (msg.type() === 'error' || msg.type() === 'warning')) problems.cspViolations.push(text);
    else if (msg.type() === 'error') problems.consoleErrors.push(text);
  });
  page.on('pageerror', (err) => problems.pageErrors.push(err.stack ?? err.message));
  page.on('requestfailed', (req) =>
    problems.failedRequests.push(`${req.method()} ${req.url()}: ${req.failure()?.errorText ?? 'failed'}`),
  );
  page.on('response', (res) => {
    if (res.status() >= 400)
      problems.failedRequests.push(`${res.request().method()} ${res.url()}: HTTP ${res.status()}`);
  });

  return {
    page,
    problems,
    allProblems: () => [
      ...problems.consoleErrors.map((m) => `console.error: ${m}`),
      ...problems.pageErrors.map((m) => `page error: ${m}`),
      ...problems.cspViolations.map((m) => `CSP violation: ${m}`),
      ...problems.failedRequests.map((m) => `request failed: ${m}`),
    ],
    close: () => context.close(),
  };
}
