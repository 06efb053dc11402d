/**
 * Runs axe-core (from node_modules, offline) against a page and returns the
 * violations at or above a chosen impact, formatted for readable test failures.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

type Impact = 'minor' | 'moderate' | 'serious' | 'critical';
const ORDER: readonly Impact[] = ['minor', 'moderate', 'serious', 'critical'];

interface AxeNode {
  target: unknown;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact?: Impact | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

let axeSource: Promise<string> | undefined;
function loadAxeSource(): Promise<string> {
  const path = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  axeSource ??= readFile(path, 'utf8');
  return axeSource;
}

export async function runAxe(page: Page, minImpact: Impact = 'serious', selector?: string): Promise<string[]> {
  // Not page.addScriptTag({ content }): that inserts an inline <script>, which
  // the app's strict CSP (rightly) blocks. Evaluating through DevTools is not
  // subject to the page CSP, and axe then audits the page exactly as shipped.
  await page.evaluate(await loadAxeSource());
  const violations = await page.evaluate(async (within) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document | string): Promise<{ violations: unknown[] }> } })
      .axe;
    const result = await axe.run(within ?? document);
    return JSON.parse(JSON.stringify(result.violations)) as unknown[];
  }, selector ?? null);
  const threshold = ORDER.indexOf(minImpact);
  return (violations as AxeViolation[])
    .filter((v) => v.impact != null && ORDER.indexOf(v.impact) >= threshold)
    .map(
      (v) =>
        `${v.impact ?? '?'} ${v.id}: ${v.help} (${v.helpUrl})\n` +
        v.nodes.map((n) => `  ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`).join('\n'),
    );
}
