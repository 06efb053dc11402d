/**
 * report.html is self-contained and safe: everything from the scenario is
 * escaped (a title or an id full of markup shows as text), there is no
 * script and no external resource, and the charts are inline SVG. It and
 * the terminal table count time in the scenario's unit of turns.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportHtml } from '../../src/cli/balance/report';
import { esc } from '../../src/cli/balance/svg';
import { csvTables } from '../../src/cli/balance/csv';
import { terminalSummary } from '../../src/cli/balance/terminal';
import { BalanceRunner } from '../../src/engine/balance/BalanceRunner';
import { buildCells, parseSweep, unitCount, type BalancePlan } from '../../src/engine/balance/plan';
import { summarise } from '../../src/engine/balance/summarise';
import { loadScenario } from '../../src/engine/scenario/loadScenario';

const EVIL = '<script>alert("x")</script> & <img src=x onerror=alert(1)>';
const text = readFileSync('tests/fixtures/minimal.yaml', 'utf8')
  .replace('title: A border deal', `title: '${EVIL}'`)
  .replace('headline: The two neighbours agree to talk.', `headline: '${EVIL}'`);

/**
 * A small balance run of `source` (the negotiator in every seat; max-pressure and random probes for the first
 * actor), swept over `sweep`: its report.html and its terminal table.
 */
function balanceRun(
  source: string,
  file: string,
  sweep: string,
  games: number,
): { html: string; terminal: string; summary: ReturnType<typeof summarise> } {
  const loaded = loadScenario(source, file);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  const scenario = loaded.scenario;
  const seats = scenario.actors.map(() => 'negotiator');
  const cells = buildCells(scenario, seats, ['max-pressure', 'random'], [0], 'negotiator');
  if (!cells.ok) throw new Error(cells.message);
  const s = parseSweep(scenario, sweep);
  if (!s.ok) throw new Error(s.message);
  const plan: BalancePlan = {
    scenarioId: scenario.id,
    scenarioTitle: scenario.title,
    scenarioHash: 'h',
    engineVersion: 'v',
    seed: 1,
    games,
    sweep: s.value,
    cells: cells.value,
  };
  const stats = new BalanceRunner(source, file, plan, 'negotiator').run(0, unitCount(plan));
  const summary = summarise(scenario, plan, stats, { minEffect: 1 });
  return {
    html: reportHtml(summary, scenario, source, [
      { step: 0, target: 'agreement_rate', expected: '0 to 1', actual: 0, ok: true },
    ]),
    terminal: terminalSummary(summary, null, scenario.turns.unit),
    summary,
  };
}

describe('report.html', () => {
  const { html, summary, terminal } = balanceRun(text, 'minimal.yaml', 'war_cost=0..6:2', 8);

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
    expect(terminal).toContain('war_cost = 0');
    expect(terminal).toContain('good outcome (95%)');
  });

  it("counts time in the scenario's weeks", () => {
    expect(html).toContain('Game length (weeks)');
    expect(html).toContain('fall in the last 2 weeks (orange)');
    expect(html).toContain('games by the week they ended');
    expect(html).toContain('it opens at week ');
    expect(terminal).toMatch(/the first at week [\d.—]+ · .* of first ones in the last 2 weeks/);
    expect(terminal).toMatch(/Length [\d.—]+ weeks · /);
  });
});

describe('a scenario counted in days', () => {
  // cuba-1962 plays thirteen days: four games per population, at two values of a param.
  const cuba = readFileSync('scenarios/cuba-1962.yaml', 'utf8');
  const { html, terminal } = balanceRun(cuba, 'cuba-1962.yaml', 'build_rate=6..8:2', 4);
  // The scenario's own text, shown at the end of the report, is the author's (a source says "Within the past week").
  const [report, scenarioText] = html.split('<h2 id="scenario">');

  it('says "day" in the report, never "week"', () => {
    expect(scenarioText).toContain('Within the past week');
    expect(report).toContain('Game length (days)');
    expect(report).toMatch(/First agreement at day [\d.—]/);
    expect(report).toContain('fall in the last 2 days (orange)');
    expect(report).toContain('games by the day they ended');
    expect(report).toContain('games by the day of their first signature');
    expect(report).toContain('packages signed, by day');
    expect(report).toMatch(/it opens at day [\d.—]/);
    expect(report).toContain('games by the day the ZOPA first opened');
    expect(report).toContain('The same-day conflict rule');
    expect(report).toContain('another signed the same day (or before)');
    expect(report).not.toMatch(/week/i);
  });

  it('says "day" in the terminal table, never "week"', () => {
    expect(terminal).toMatch(/the first at day [\d.—]+ · .* of first ones in the last 2 days/);
    expect(terminal).toMatch(/Length [\d.—]+ days · /);
    expect(terminal).toContain('same-day conflict rule decided a lever');
    expect(terminal).not.toMatch(/week/i);
  });
});

describe('esc', () => {
  it('escapes the five characters that matter in HTML text and attributes', () => {
    expect(esc(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
