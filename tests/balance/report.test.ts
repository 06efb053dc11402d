/**
 * report.html is self-contained and safe: everything from the scenario is
 * escaped (a title or an id full of markup shows as text), there is no
 * script and no external resource, and the charts are inline SVG.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../src/cli/balance/report';
import { esc } from '../../src/cli/balance/svg';
import { csvTables } from '../../src/cli/balance/csv';
import { terminalSummary } from '../../src/cli/balance/terminal';
import { BalanceRunner } from '../../src/engine/balance/BalanceRunner';
import { buildCells, parseSweep, type BalancePlan } from '../../src/engine/balance/plan';
import { summarise } from '../../src/engine/balance/summarise';
import { loadScenario } from '../../src/engine/scenario/loadScenario';

const EVIL = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
const text = readFileSync('tests/fixtures/minimal.yaml', 'utf8')
  .replace('title: A border deal', `title: '${EVIL}'`)
  .replace('headline: The two neighbours agree to talk.', `headline: '${EVIL}'`);
const loaded = loadScenario(text, 'minimal.yaml');
if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
const scenario = loaded.scenario;

function report(sweep: boolean): { html: string; summary: ReturnType<typeof summarise> } {
  const cells = buildCells(scenario, ['negotiator', 'negotiator'], ['max-pressure', 'random'], [0], 'negotiator');
  if (!cells.ok) throw new Error(cells.message);
  const s = sweep ? parseSweep(scenario, 'war_cost=0..6:2') : null;
  if (s && !s.ok) throw new Error(s.message);
  const plan: BalancePlan = {
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    scenarioHash: 'h',
    engineVersion: 'v',
    seed: 1,
    games: 8,
    sweep: s && s.ok ? s.value : null,
    cells: cells.value,
  };
  const stats = new BalanceRunner(text, 'minimal.yaml', plan, 'negotiator').run(0, sweep ? 16 : 8);
  const summary = summarise(scenario, plan, stats, { minEffect: 1 });
  return {
    html: reportHtml(summary, scenario, text, [
      { step: 0, target: 'agreement_rate', expected: '0 to 1', actual: 0, ok: true },
    ]),
    summary,
  };
}

describe('report.html', () => {
  const { html, summary } = report(true);

  it('escapes everything from the scenario', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain(esc(EVIL));
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp;');
  });

  it('is self-contained: inline CSS and SVG, no external resource, a strict CSP', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<style>');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).toContain("default-src 'none'");
  });

  it('shows sweep curves, populations and the scenario text', () => {
    expect(html).toContain('Sweep: war_cost');
    expect(html).toContain('Probes against the default');
    expect(html).toContain("The scenario's text");
    expect(html).toContain(esc(text.slice(0, 200)));
    expect(summary.steps).toHaveLength(2);
  });

  it('CSV and the terminal table quote and show the same figures', () => {
    const tables = csvTables(summary, null);
    expect(tables['roles.csv']!.split('\n')[0]).toContain('good,good_lo,good_hi');
    expect(tables['roles.csv']!.trim().split('\n')).toHaveLength(1 + 2 * 3 * 2);
    const terminal = terminalSummary(summary, null);
    expect(terminal).toContain('war_cost = 0');
    expect(terminal).toContain('good outcome (95%)');
  });
});

describe('esc', () => {
  it('escapes the five characters that matter in HTML text and attributes', () => {
    expect(esc(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
