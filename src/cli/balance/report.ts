/**
 * report.html: one self-contained page a designer opens offline — inline CSS
 * and inline SVG, no script, no external resource. It opens with "at a
 * glance" (is each role winnable, what dominates, what is dead, targets),
 * then sweep curves, then the detail of every sweep step. Every piece of
 * text from the scenario or the run is escaped (esc), the scenario's own
 * text included, shown as text at the end.
 */
import {
  barChart,
  esc,
  forestPlot,
  GRADE_COLOURS,
  histogram,
  lineChart,
  PALETTE,
  stackedBar,
  type Series,
} from './svg';
import { keyed } from '../keyed';
import {
  at,
  ACTION_TYPES,
  baselineOf,
  LAST_WEEKS,
  roleOf,
  type BalanceSummary,
  type Mean,
  type PopulationSummary,
  type Rate,
  type StepSummary,
  type TargetResult,
  type CompiledScenario,
} from '../../engine/authoring';

/** Raw HTML (already escaped or built here); anything else is escaped. */
interface Html {
  readonly html: string;
}
const raw = (html: string): Html => ({ html });
const h = (x: string | number | Html | null | undefined): string =>
  x === null || x === undefined ? '' : typeof x === 'object' ? x.html : esc(x);

const pct = (r: Rate | null | undefined): string =>
  !r || r.p === null ? '—' : `${(r.p * 100).toFixed(1)}% [${(r.lo * 100).toFixed(1)}–${(r.hi * 100).toFixed(1)}]`;
const pct0 = (p: number | null | undefined): string =>
  p === null || p === undefined ? '—' : `${(p * 100).toFixed(0)}%`;
const signed = (x: number, digits = 1) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(digits)}`;
const meanText = (m: Mean | null | undefined, digits = 1, sign = true): string => {
  if (!m || m.mean === null) return '—';
  const f = (x: number) => (sign ? signed(x, digits) : x.toFixed(digits));
  return `${f(m.mean)}${m.lo === null || m.hi === null ? '' : ` [${f(m.lo)}, ${f(m.hi)}]`}`;
};

function table(
  headers: readonly string[],
  rows: readonly (readonly (string | number | Html | null | undefined)[])[],
  cls = '',
): string {
  if (rows.length === 0) return '<p class="muted">Nothing to show.</p>';
  return `<div class="scroll"><table${cls ? ` class="${cls}"` : ''}><thead><tr>${headers.map((x) => `<th scope="col">${esc(x)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${h(c)}</th>` : `<td>${h(c)}</td>`)).join('')}</tr>`).join('')}</tbody></table></div>`;
}

const badge = (kind: 'good' | 'bad' | 'warn' | 'info', textContent: string) =>
  `<span class="badge ${kind}">${esc(textContent)}</span>`;

const CSS = `
:root { color-scheme: light; --ink: #1d2433; --muted: #5b6475; --line: #d9dee7; --bg: #f6f7f9; --card: #fff; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
main { max-width: 1100px; margin: 0 auto; padding: 24px 20px 60px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; } h2 { font-size: 1.25rem; margin: 32px 0 10px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
h3 { font-size: 1.05rem; margin: 20px 0 8px; } p { margin: 6px 0; }
.muted { color: var(--muted); } .small { font-size: 0.85rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: 12px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.card h3 { margin-top: 0; } .big { font-size: 1.6rem; font-weight: 650; }
.badge { display: inline-block; border-radius: 10px; padding: 1px 9px; font-size: 0.8rem; font-weight: 600; margin: 2px 4px 2px 0; }
.badge.good { background: #d9f2e9; color: #00573f; } .badge.bad { background: #fbe0d6; color: #8a2d00; }
.badge.warn { background: #fdf1cf; color: #6b4e00; } .badge.info { background: #dcebf8; color: #003e66; }
table { border-collapse: collapse; background: var(--card); font-size: 0.88rem; margin: 6px 0 10px; }
th, td { border: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; } thead th { background: #eef1f5; }
tbody th { font-weight: 600; } td { font-variant-numeric: tabular-nums; }
.scroll { overflow-x: auto; } ul.flags li { margin: 3px 0; }
details { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 8px 14px; margin: 12px 0; }
details > summary { cursor: pointer; font-weight: 650; font-size: 1.1rem; }
pre.scenario { white-space: pre-wrap; font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; background: #fbfbfc; padding: 10px; border: 1px solid var(--line); max-height: 600px; overflow: auto; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; } figure { margin: 0; } figcaption { font-size: 0.85rem; color: var(--muted); }
svg { max-width: 100%; height: auto; font: 12px system-ui, sans-serif; } svg text { fill: var(--ink); }
svg .tick, svg .note { fill: var(--muted); font-size: 11px; } svg .inbar { fill: #fff; font-size: 11px; font-weight: 600; }
svg .grid { stroke: #e6e9ef; } svg .axis { stroke: #9aa3b2; } svg .zero { stroke: #1d2433; stroke-dasharray: 3 3; }
svg .whisker { stroke: #1d2433; stroke-width: 1.5; fill: none; } svg .flagged { fill: #D55E00; font-weight: 650; }
.ok { color: #00573f; font-weight: 600; } .fail { color: #8a2d00; font-weight: 600; }
@media print { details { break-inside: avoid; } body { background: #fff; } }
`;

export function reportHtml(
  summary: BalanceSummary,
  scenario: CompiledScenario,
  scenarioText: string,
  targets: readonly TargetResult[] | null,
): string {
  const run = summary.run;
  const first = summary.steps[0];
  const stepName = (s: StepSummary) =>
    s.params
      ? Object.entries(s.params)
          .map(([k, v]) => `${k} = ${v}`)
          .join(', ')
      : 'the scenario as written';
  const parts: string[] = [];
  parts.push(`<header><h1>Balance report — ${esc(summary.scenario.title)}</h1>
<p class="muted">Scenario <code>${esc(summary.scenario.id)}</code> (fingerprint ${esc(summary.scenario.hash)}, engine ${esc(summary.scenario.engineVersion)}) · base seed ${run.seed} · ${run.gamesPerPopulation.toLocaleString('en')} games per population${run.sweep ? ` and per value of <code>${esc(run.sweep.param)}</code> (${run.sweep.values.map((v) => esc(v)).join(', ')})` : ''} · ${run.populations.length} population(s) · ${run.gamesPlayed.toLocaleString('en')} games played${run.complete ? '' : ` · <strong>partial: one shard of a run — merge the shards for the whole picture</strong>`}.</p>
<p class="small muted">Every population plays game <em>i</em> with the same seed, so populations (and sweep steps) are compared on identical draws. Intervals are 95%: Wilson for rates, Student's t for means; an outcome never seen in <em>n</em> games has a rate below 3/<em>n</em>. "Good outcome" and the grades are those of the debrief (docs/model.md §4).</p></header>`);
  if (first) parts.push(glance(summary, scenario, first, targets));
  if (run.sweep && summary.steps.length > 1) parts.push(sweepSection(summary, scenario, run.sweep));
  summary.steps.forEach((step, i) => {
    parts.push(
      `<details${i === 0 ? ' open' : ''}><summary>Detail${summary.steps.length > 1 ? ` — ${esc(stepName(step))}` : ''}</summary>${stepDetail(summary, scenario, step)}</details>`,
    );
  });
  parts.push(
    `<h2 id="scenario">The scenario's text</h2><details><summary>${esc(scenario.id)} — ${esc(scenarioText.length.toLocaleString('en'))} characters</summary><pre class="scenario">${esc(scenarioText)}</pre></details>`,
  );
  parts.push(
    `<footer class="small muted"><p>Written by <code>npm run balance</code>. summary.json holds every figure on this page; games.jsonl one line per game; the CSV files the tables. See docs/balance.md.</p></footer>`,
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Balance — ${esc(summary.scenario.title)}</title>
<style>${CSS}</style>
</head>
<body><main>
${parts.join('\n')}
</main></body>
</html>
`;
}

function glance(
  summary: BalanceSummary,
  scenario: CompiledScenario,
  step: StepSummary,
  targets: readonly TargetResult[] | null,
): string {
  const base = baselineOf(step);
  const out: string[] = [
    `<h2 id="glance">At a glance${
      step.params
        ? ` <span class="muted small">(${esc(
            Object.entries(step.params)
              .map(([k, v]) => `${k} = ${v}`)
              .join(', '),
          )})</span>`
        : ''
    }</h2>`,
  ];
  out.push(
    `<p>Baseline: <strong>${esc(base.label)}</strong>, ${base.games.toLocaleString('en')} games.</p><div class="cards">`,
  );
  for (const actor of scenario.actors) {
    const role = roleOf(base, actor.id);
    const skill = keyed(step.skill, actor.id, 'skill of role');
    const badges: string[] = [];
    const bestDiffers = skill.best.population !== base.id;
    if ((skill.best.good.k ?? 0) === 0 && role.good.k === 0)
      badges.push(badge('bad', 'no good outcome in any population tried'));
    else if (bestDiffers && (skill.best.vsBaseline?.good.lo ?? 0) > 0)
      badges.push(badge('good', 'skill pays: a bot tried does better'));
    else if (summary.run.populations.length > 1) badges.push(badge('info', 'no bot tried beats the default clearly'));
    const batna = role.batna.result;
    if (
      batna.mean !== null &&
      batna.lo !== null &&
      batna.hi !== null &&
      Math.abs(batna.mean) > 5 &&
      (batna.lo > 0 || batna.hi < 0)
    )
      badges.push(badge('warn', `BATNA off by ${signed(batna.mean)}`));
    const flagged = summary.flags.probes.filter((f) => f.step === step.step && f.role === actor.id);
    if (flagged.some((f) => f.kind === 'dominant')) badges.push(badge('bad', 'dominant action'));
    if (flagged.some((f) => f.kind === 'max-pressure')) badges.push(badge('bad', 'max pressure beats the AI'));
    out.push(`<div class="card"><h3>${esc(actor.name)} <span class="muted small">${esc(actor.id)}</span></h3>
<p><span class="big">${role.good.p === null ? '—' : `${(role.good.p * 100).toFixed(0)}%`}</span> good outcomes <span class="muted small">[${(role.good.lo * 100).toFixed(0)}–${(role.good.hi * 100).toFixed(0)}%]</span></p>
${stackedBar(`${actor.name}: grades`, [
  { label: 'strong', share: role.grades.strong.p ?? 0, colour: GRADE_COLOURS[0] },
  { label: 'fair', share: role.grades.fair.p ?? 0, colour: GRADE_COLOURS[1] },
  { label: 'weak', share: role.grades.weak.p ?? 0, colour: GRADE_COLOURS[2] },
])}
<p class="small muted">strong ${pct0(role.grades.strong.p)} · fair ${pct0(role.grades.fair.p)} · weak ${pct0(role.grades.weak.p)} · mean result ${esc(meanText(role.result))}</p>
${skill.expert ? `<p class="small">Expert (searching bot): ${esc(pct(skill.expert.good))}${skill.expert.vsBaseline?.result.mean == null ? '' : `; result ${esc(meanText(skill.expert.vsBaseline.result))} points against the default, same games`}</p>` : ''}
${bestDiffers && skill.best.population !== skill.expert?.population ? `<p class="small">Best population: <strong>${esc(skill.best.population)}</strong>, ${esc(pct(skill.best.good))}${skill.best.vsBaseline?.good.mean === null || !skill.best.vsBaseline ? '' : `; paired with the same games, ${esc(signed(skill.best.vsBaseline.good.mean * 100, 0))} percentage points`}</p>` : ''}
<p>${badges.join(' ')}</p></div>`);
  }
  out.push('</div>');

  // The expert's flags are in the role cards: it is a skill estimate, not an action.
  const flags = summary.flags.probes.filter((f) => f.kind !== 'expert');
  out.push('<h3>Dominant and overused actions</h3>');
  if (summary.run.populations.length <= 1)
    out.push(
      '<p class="muted">No probes were run. Add <code>--probes all</code> (or <code>scripted,actions,options</code>) to look for dominant actions and to test maximum pressure.</p>',
    );
  else if (flags.length === 0)
    out.push(
      `<p>${badge('good', 'none')} No probe beats the default policy by at least ${esc(summary.run.minEffect)} point(s) with 95% confidence.</p>`,
    );
  else
    out.push(
      `<ul class="flags">${flags.map((f) => `<li>${badge(f.kind === 'beats-default' ? 'warn' : 'bad', f.kind)} ${summary.steps.length > 1 ? `<span class="muted">[step ${f.step}]</span> ` : ''}${esc(f.text)}; good-outcome rate ${esc(signed((f.good.mean ?? 0) * 100, 0))} percentage points.</li>`).join('')}</ul>`,
    );

  // Dead content: never seen in any population of any step.
  const all = summary.steps.flatMap((s) => s.populations).filter((p) => p.games > 0);
  const n = all.reduce((s, p) => s + p.games, 0);
  const deadEndings = scenario.endings.filter((e) => all.every((p) => at(p.endings, e.index, 'ending').rate.k === 0));
  const deadEvents = scenario.events.filter((e) => all.every((p) => at(p.events, e.index, 'event').fired.k === 0));
  const deadOptions = all[0]
    ? all[0].options
        .filter((o, i) => !o.statusQuo && all.every((p) => at(p.options, i, 'option').proposed === 0))
        .map((o) => `${o.lever}=${o.option}`)
    : [];
  const neverSigned = scenario.levers.filter((l) =>
    all.every((p) => p.options.filter((o) => o.lever === l.id).every((o) => o.signed === 0)),
  );
  const bound = n > 0 ? ` (each below ${(300 / n).toFixed(2)}% over all ${n.toLocaleString('en')} games)` : '';
  out.push('<h3>What is dead</h3><ul>');
  out.push(
    `<li>Endings never reached${bound}: ${deadEndings.length === 0 ? badge('good', 'none') : deadEndings.map((e) => `<code>${esc(e.id)}</code>`).join(', ')}</li>`,
  );
  out.push(
    `<li>Events never fired: ${deadEvents.length === 0 ? badge('good', 'none') : deadEvents.map((e) => `<code>${esc(e.id)}</code>`).join(', ')}</li>`,
  );
  out.push(
    `<li>Options never proposed: ${deadOptions.length === 0 ? badge('good', 'none') : deadOptions.map((o) => `<code>${esc(o)}</code>`).join(', ')}</li>`,
  );
  out.push(
    `<li>Levers never settled: ${neverSigned.length === 0 ? badge('good', 'none') : neverSigned.map((l) => `<code>${esc(l.id)}</code>`).join(', ')}</li>`,
  );
  out.push('</ul>');
  if (summary.flags.botDependent.length > 0)
    out.push(
      `<p>${badge('warn', `${summary.flags.botDependent.length} bot-dependent conclusion(s)`)} — they hold with some bots and not others; see the detail.</p>`,
    );
  if (targets) {
    const failed = targets.filter((t) => !t.ok);
    out.push(
      `<h3>Targets</h3><p>${failed.length === 0 ? badge('good', `all ${targets.length} met`) : badge('bad', `${failed.length} of ${targets.length} violated`)}</p>`,
    );
    out.push(
      table(
        ['target', 'step', 'expected', 'actual', ''],
        targets.map((t) => [
          t.target,
          t.step,
          t.expected,
          t.actual === null ? '—' : Number(t.actual.toFixed(4)),
          raw(t.ok ? '<span class="ok">met</span>' : '<span class="fail">violated</span>'),
        ]),
      ),
    );
  }
  return out.join('\n');
}

function sweepSection(
  summary: BalanceSummary,
  scenario: CompiledScenario,
  sweep: NonNullable<BalanceSummary['run']['sweep']>,
): string {
  const bases = summary.steps.map((s) => ({ x: keyed(s.params ?? {}, sweep.param, 'sweep value'), p: baselineOf(s) }));
  const rateSeries = (label: string, get: (p: PopulationSummary) => Rate): Series => ({
    label,
    points: bases.map(({ x, p }) => {
      const r = get(p);
      return { x, y: r.p, lo: r.lo, hi: r.hi };
    }),
  });
  const meanSeries = (label: string, get: (p: PopulationSummary) => Mean): Series => ({
    label,
    points: bases.map(({ x, p }) => {
      const m = get(p);
      return { x, y: m.mean, lo: m.lo, hi: m.hi };
    }),
  });
  const charts = [
    lineChart(
      'Good outcomes by role',
      scenario.actors.map((a) => rateSeries(a.id, (p) => roleOf(p, a.id).good)),
      { xLabel: sweep.param, yMin: 0, yMax: 1, percent: true },
    ),
    lineChart(
      'Endings',
      scenario.endings.map((e) => rateSeries(e.id, (p) => at(p.endings, e.index, 'ending').rate)),
      { xLabel: sweep.param, yMin: 0, yMax: 1, percent: true },
    ),
    lineChart(
      'A package signed, and early end',
      [
        rateSeries('a package signed', (p) => p.agreement),
        rateSeries('early end', (p) => p.earlyEnd),
        rateSeries('conflict rule', (p) => p.conflictRule.games),
      ],
      { xLabel: sweep.param, yMin: 0, yMax: 1, percent: true },
    ),
    lineChart(
      'Mean result by role (points)',
      scenario.actors.map((a) => meanSeries(a.id, (p) => roleOf(p, a.id).result)),
      { xLabel: sweep.param },
    ),
    lineChart('Welfare (Σ utilities)', [meanSeries('welfare', (p) => p.welfare)], { xLabel: sweep.param }),
    lineChart(`Game length (${scenario.turns.unit}s)`, [meanSeries('length', (p) => p.length.mean)], {
      xLabel: sweep.param,
      yMin: 0,
    }),
  ];
  return `<h2 id="sweep">Sweep: ${esc(sweep.param)}</h2><p class="muted small">The baseline population at each value; bands are 95% intervals. Every value plays the same seeds.</p><div class="charts">${charts.map((c) => `<figure>${c}</figure>`).join('')}</div>
${table(
  [sweep.param, 'agreement', ...scenario.actors.map((a) => `${a.id} good`), 'most common ending', 'length'],
  bases.map(({ x, p }) => {
    const top = [...p.endings].sort((a, b) => b.rate.k - a.rate.k)[0];
    return [
      x,
      pct(p.agreement),
      ...scenario.actors.map((a) => pct(roleOf(p, a.id).good)),
      top ? `${top.id} ${pct0(top.rate.p)}` : '—',
      meanText(p.length.mean, 1, false),
    ];
  }),
)}`;
}

function stepDetail(summary: BalanceSummary, scenario: CompiledScenario, step: StepSummary): string {
  const p = baselineOf(step);
  const turns = scenario.turns.count;
  const unit = scenario.turns.unit;
  const turnLabels = Array.from({ length: turns }, (_, i) => String(i + 1));
  const inLast = (i: number) => i + 1 > turns - LAST_WEEKS;
  const out: string[] = [];
  out.push(`<p class="muted">Baseline population: ${esc(p.label)} · ${p.games.toLocaleString('en')} games.</p>`);

  out.push('<h2>Roles</h2>');
  out.push(
    `<div class="charts"><figure>${barChart(
      'Good outcomes by role',
      scenario.actors.map((a, i) => {
        const g = roleOf(p, a.id).good;
        return { label: a.name, value: g.p, lo: g.lo, hi: g.hi, note: pct(g), colour: PALETTE[i % PALETTE.length] };
      }),
    )}<figcaption>Share of games with a good outcome (a surplus of at least half the best achievable deal).</figcaption></figure></div>`,
  );
  out.push(
    table(
      [
        'role',
        'good outcome',
        'grades (strong / fair / weak)',
        'mean result',
        'mean utility',
        'games with no deal',
        'BATNA calibration: result with no deal',
        'u − RV at the end, no deal',
        'unanswered / game',
      ],
      scenario.actors.map((a) => {
        const r = roleOf(p, a.id);
        return [
          a.name,
          pct(r.good),
          raw(
            stackedBar(
              `${a.name}: grades`,
              [
                { label: 'strong', share: r.grades.strong.p ?? 0, colour: GRADE_COLOURS[0] },
                { label: 'fair', share: r.grades.fair.p ?? 0, colour: GRADE_COLOURS[1] },
                { label: 'weak', share: r.grades.weak.p ?? 0, colour: GRADE_COLOURS[2] },
              ],
              180,
            ),
          ),
          meanText(r.result),
          meanText(r.utility, 1, false),
          r.batna.games,
          meanText(r.batna.result),
          meanText(r.batna.endSurplus),
          r.unansweredPerGame ?? '—',
        ];
      }),
    ),
  );
  out.push(
    '<p class="small muted">Result = utility at the end − reservation value at the start. BATNA calibration is the mean result in games where nothing was signed: near 0 when a reservation value says honestly what no deal is worth.</p>',
  );
  out.push(
    `<div class="charts">${scenario.actors
      .map((a) => {
        const hist = roleOf(p, a.id).resultHistogram;
        const labels = hist.counts.map((_, i) =>
          i === 0
            ? `<${hist.from}`
            : i === hist.counts.length - 1
              ? `≥${hist.to}`
              : String(hist.from + (i - 1) * hist.bin),
        );
        const firstUsed = Math.max(0, hist.counts.findIndex((c) => c > 0) - 1);
        const lastUsed = Math.min(
          hist.counts.length - 1,
          hist.counts.length - 1 - [...hist.counts].reverse().findIndex((c) => c > 0) + 1,
        );
        const [from, to] = hist.counts.some((c) => c > 0) ? [firstUsed, lastUsed + 1] : [0, hist.counts.length];
        return `<figure>${histogram(`${a.name}: results`, hist.counts.slice(from, to), labels.slice(from, to), { mark: (i) => hist.from + (i + from - 1) * hist.bin < 0, caption: `${a.name}: result (points, bins of ${hist.bin})` })}</figure>`;
      })
      .join(
        '',
      )}</div><p class="small muted">Orange bars: results below 0 (worse than no deal was worth at the start).</p>`,
  );

  out.push('<h2>Endings</h2>');
  out.push(
    `<div class="charts"><figure>${barChart(
      'Endings',
      p.endings.map((e, i) => ({
        label: e.id,
        value: e.rate.p,
        lo: e.rate.lo,
        hi: e.rate.hi,
        note: `${pct(e.rate)} ${e.kind === 'terminal' ? '' : '(class.)'}`,
        colour: PALETTE[i % PALETTE.length],
      })),
      1,
      { labelWidth: 200 },
    )}</figure></div>`,
  );
  out.push(
    `<p>Entropy ${p.endingEntropy.bits === null ? '—' : `${p.endingEntropy.bits.toFixed(2)} bits`} (${p.endingEntropy.normalised === null ? '—' : `${Math.round(p.endingEntropy.normalised * 100)}%`} of the most even spread over ${scenario.endings.length} endings). Early end of the talks: ${esc(pct(p.earlyEnd))}.</p>`,
  );
  out.push(
    p.neverReached.length === 0
      ? '<p>Every ending was reached.</p>'
      : `<p>Never reached: ${p.neverReached.map((e) => `<code>${esc(e.id)}</code>`).join(', ')} — each has a rate below ${((p.neverReached[0]?.below ?? 1) * 100).toFixed(2)}% (rule of three, 95%).</p>`,
  );

  out.push('<h2>Time and agreement</h2>');
  out.push(
    `<p>Agreement (at least one package signed): <strong>${esc(pct(p.agreement))}</strong>; packages signed per game ${esc(meanText(p.dealsPerGame, 2, false))}. First agreement at ${esc(unit)} ${esc(meanText(p.firstAgreement.week, 1, false))} (median ${p.firstAgreement.median ?? '—'}); ${esc(pct(p.firstAgreement.inLastWeeks))} of first agreements and ${esc(pct(p.signatures.inLastWeeks))} of all signatures fall in the last ${LAST_WEEKS} ${esc(unit)}s (orange).</p>`,
  );
  if (p.zopa)
    out.push(
      `<p>Zone of possible agreement (every actor at or above its reservation value, over every lever): open at the start in ${esc(pct(p.zopa.openAtStart))} of games, at some point in ${esc(pct(p.zopa.opened))}; it opens at ${esc(unit)} ${esc(meanText(p.zopa.week, 1, false))} on average when it does.</p>`,
    );
  else
    out.push(
      '<p class="muted">The deal space is too large to enumerate; zone-of-agreement and frontier figures are left out.</p>',
    );
  const histograms = [
    histogram('Game length', p.length.byWeek, turnLabels, { mark: inLast, caption: `games by the ${unit} they ended` }),
    histogram('First agreement', p.firstAgreement.byWeek, turnLabels, {
      mark: inLast,
      caption: `games by the ${unit} of their first signature`,
    }),
    histogram('Signatures', p.signatures.byWeek, turnLabels, { mark: inLast, caption: `packages signed, by ${unit}` }),
    ...(p.zopa
      ? [
          histogram('Zone of agreement opens', p.zopa.byWeek, turnLabels, {
            caption: `games by the ${unit} the ZOPA first opened`,
          }),
        ]
      : []),
  ];
  out.push(`<div class="charts">${histograms.map((x) => `<figure>${x}</figure>`).join('')}</div>`);

  out.push('<h2>Welfare and the Pareto frontier</h2>');
  out.push(
    `<p>Welfare (Σ of every actor's utility at the end): ${esc(meanText(p.welfare, 1, false))}.${p.frontierDistance ? ` Distance to the Pareto frontier (what every actor could have gained at once over the final deal): ${esc(meanText(p.frontierDistance, 2, false))}; final deals on the frontier: ${esc(pct(p.efficient))}.` : ''}</p>`,
  );

  out.push(`<h2>The same-${esc(unit)} conflict rule</h2>`);
  out.push(
    `<p>A package was void because another signed the same ${esc(unit)} (or before) took one of its levers in ${esc(pct(p.conflictRule.games))} of games (${p.conflictRule.voids} void package(s) in all).</p>`,
  );
  if (Object.keys(p.conflictRule.byLever).length > 0)
    out.push(
      table(
        ['lever', 'void packages it decided'],
        Object.entries(p.conflictRule.byLever).map(([l, c]) => [l, c]),
      ),
    );

  out.push('<h2>Actions and options</h2>');
  out.push(
    table(
      ['role', ...ACTION_TYPES.map((t) => `${t} / game`)],
      scenario.actors.map((a) => [
        a.name,
        ...ACTION_TYPES.map((t) => {
          const x = keyed(roleOf(p, a.id).actions, t, 'action type');
          return `${x.perGame ?? '—'} (${pct0(x.games.p)} of games)`;
        }),
      ]),
    ),
  );
  if (p.pressures.length > 0)
    out.push(
      table(
        ['pressure', 'actor', 'uses / game', 'games using it'],
        p.pressures.map((x) => [x.id, x.actor, x.perGame ?? '—', pct(x.games)]),
      ),
    );
  out.push(
    table(
      ['lever', 'option', 'proposed (clauses)', 'signed', 'in force at the end'],
      p.options.map((o) => [
        o.lever,
        raw(
          `${esc(o.option)}${o.statusQuo ? ' <span class="muted">(status quo)</span>' : ''}${!o.statusQuo && o.proposed === 0 ? ` ${badge('warn', 'never proposed')}` : ''}`,
        ),
        o.proposed,
        o.signed,
        pct(o.final),
      ]),
    ),
  );
  if (p.offeredNeverAccepted.length > 0)
    out.push(
      `<p>Offered but never accepted: ${p.offeredNeverAccepted.map((l) => `<code>${esc(l)}</code>`).join(', ')}.</p>`,
    );
  if (p.refused > 0)
    out.push(
      `<p>${badge('warn', `${p.refused} refused order(s)`)} Orders the rules refused — a policy bug, or a probe testing the rules.</p>`,
    );

  out.push('<h2>Events</h2>');
  out.push(
    `<div class="charts"><figure>${barChart(
      'Events fired',
      p.events.map((e) => ({
        label: e.id,
        value: e.fired.p,
        lo: e.fired.lo,
        hi: e.fired.hi,
        note: pct(e.fired),
        colour: e.fired.k === 0 ? PALETTE[5] : PALETTE[2],
      })),
      1,
      { labelWidth: 230 },
    )}<figcaption>Share of games in which each event fired at least once.</figcaption></figure></div>`,
  );
  if (p.neverFired.length > 0)
    out.push(
      `<p>Never fired: ${p.neverFired.map((e) => `<code>${esc(e.id)}</code>`).join(', ')} (each below ${((p.neverFired[0]?.below ?? 1) * 100).toFixed(2)}%).</p>`,
    );

  if (step.populations.length > 1) out.push(populationsSection(summary, scenario, step));
  return out.join('\n');
}

function populationsSection(summary: BalanceSummary, scenario: CompiledScenario, step: StepSummary): string {
  const out: string[] = [
    '<h2>Populations</h2>',
    '<p class="small muted">Each population changes some seats (a role plays a probe while the others keep the baseline, or everyone plays one bot) and plays the same seeds as the baseline, so differences are paired game by game.</p>',
  ];
  out.push(
    table(
      [
        'population',
        'games',
        'agreement',
        'most common ending',
        ...scenario.actors.map((a) => `${a.id} good`),
        'refused orders',
      ],
      step.populations.map((p) => {
        const top = [...p.endings].sort((a, b) => b.rate.k - a.rate.k)[0];
        return [
          p.label,
          p.games,
          pct(p.agreement),
          top ? `${top.id} ${pct0(top.rate.p)}` : '—',
          ...scenario.actors.map((a) => pct(roleOf(p, a.id).good)),
          p.refused,
        ];
      }),
    ),
  );
  const flagged = new Set(summary.flags.probes.filter((f) => f.step === step.step).map((f) => f.population));
  const charts: string[] = [];
  for (const actor of scenario.actors) {
    const rows = step.populations
      .filter((p) => p.kind === 'role' && p.role === actor.id)
      .map((p) => {
        const vs = roleOf(p, actor.id).vsBaseline;
        if (!vs) throw new Error(`population ${p.id} has no comparison with the baseline`);
        const { mean, lo, hi } = vs.result;
        return { label: p.probe ?? p.id, mean, lo, hi, flagged: flagged.has(p.id) };
      });
    if (rows.length > 0)
      charts.push(
        `<figure><figcaption><strong>${esc(actor.name)}</strong>: its result under each probe minus under the baseline, same games (points, 95%)</figcaption>${forestPlot(`${actor.name}: probes against the default`, rows)}</figure>`,
      );
  }
  if (charts.length > 0)
    out.push(
      `<h3>Probes against the default</h3><p class="small muted">Right of the dashed line: the probe does better than the role's default policy. Orange: flagged (the interval is above 0 and the gain at least ${esc(summary.run.minEffect)} point(s)).</p><div class="charts">${charts.join('')}</div>`,
    );
  const dependent = summary.flags.botDependent.filter((b) => b.step === step.step);
  if (dependent.length > 0) {
    out.push(
      '<h3>Bot-dependent conclusions</h3><p class="small muted">Conclusions that clearly hold with some bots and clearly fail with others (the 95% interval on either side of the threshold; forbid/force probes left out: they change one choice on purpose). Do not tune on these without a human playtest.</p>',
    );
    out.push(
      table(
        ['conclusion', 'holds in', 'fails in'],
        dependent.map((b) => [b.conclusion, list(b.holdsIn), list(b.failsIn)]),
      ),
    );
  }
  return out.join('\n');
}

function list(ids: readonly string[]): string {
  return ids.length > 6 ? `${ids.slice(0, 6).join(', ')} and ${ids.length - 6} more` : ids.join(', ');
}
