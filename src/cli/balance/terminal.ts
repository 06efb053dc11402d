/**
 * The summary table printed at the end of a run: the baseline at each step, then flags and targets. Times are in
 * the scenario's unit of turns (`unit`: "week", "day"…).
 */
import {
  baselineOf,
  LAST_WEEKS,
  type BalanceSummary,
  type Mean,
  type PopulationSummary,
  type Rate,
  type TargetResult,
} from '../../engine/authoring';

export const pct = (r: Rate): string =>
  r.p === null ? '—' : `${(r.p * 100).toFixed(1)}% [${(r.lo * 100).toFixed(1)}–${(r.hi * 100).toFixed(1)}]`;
const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(1)}`;
export const meanText = (m: Mean, unit = ''): string =>
  m.mean === null
    ? '—'
    : `${signed(m.mean)}${unit}${m.lo === null || m.hi === null ? '' : ` [${signed(m.lo)}, ${signed(m.hi)}]`}`;
const plain = (m: Mean, digits = 1): string => (m.mean === null ? '—' : m.mean.toFixed(digits));

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  // A row shorter than the header leaves its last cells blank; a cell past the header is not padded.
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

function population(p: PopulationSummary, unit: string): string {
  const roles = table(
    ['role', 'good outcome (95%)', 'mean result', 'strong/fair/weak', 'no-deal result (BATNA)'],
    Object.entries(p.roles).map(([id, r]) => [
      id,
      pct(r.good),
      meanText(r.result),
      [r.grades.strong, r.grades.fair, r.grades.weak]
        .map((g) => (g.p === null ? '—' : `${Math.round(g.p * 100)}%`))
        .join('/'),
      r.batna.games === 0 ? 'no game without a deal' : `${meanText(r.batna.result)} (${r.batna.games} games)`,
    ]),
  );
  const endings = p.endings.map((e) => `${e.id} ${pct(e.rate)}`).join(' · ');
  const never =
    p.neverReached.length > 0
      ? `; never reached: ${p.neverReached.map((e) => e.id).join(', ')} (each below ${((p.neverReached[0]?.below ?? 1) * 100).toFixed(2)}%)`
      : '';
  const zopa = p.zopa
    ? ` · zone of agreement open at start ${pct(p.zopa.openAtStart)}, ever ${pct(p.zopa.opened)}`
    : '';
  return [
    roles,
    `Endings: ${endings} · entropy ${p.endingEntropy.bits?.toFixed(2) ?? '—'} bits${never}`,
    `A package signed ${pct(p.agreement)} · the first at ${unit} ${plain(p.firstAgreement.week)} · ${pct(p.firstAgreement.inLastWeeks)} of first ones in the last ${LAST_WEEKS} ${unit}s${zopa}`,
    `Length ${plain(p.length.mean)} ${unit}s · early end ${pct(p.earlyEnd)} · welfare ${plain(p.welfare)}${p.frontierDistance ? ` · distance to the Pareto frontier ${plain(p.frontierDistance, 2)}` : ''} · same-${unit} conflict rule decided a lever in ${pct(p.conflictRule.games)} of games`,
    ...(p.zone
      ? [
          `Zone of agreement between ${p.zone.actors.join(', ')} on ${p.zone.levers.join(', ')}: ${p.zone.start.mean === null ? '—' : `${(p.zone.start.mean * 100).toFixed(1)}%`} of its packages at the start; more than ${(p.zone.startMax * 100).toFixed(1)}% in ${pct(p.zone.widened)} of games, from ${unit} ${plain(p.zone.week)}`,
        ]
      : []),
    ...(p.neverFired.length > 0 ? [`Events never fired: ${p.neverFired.map((e) => e.id).join(', ')}`] : []),
    ...(p.neverProposed.length > 0 ? [`Options never proposed: ${p.neverProposed.join(', ')}`] : []),
    ...(p.refused > 0 ? [`Orders refused by the rules: ${p.refused} (a policy bug or a probe)`] : []),
  ].join('\n');
}

export function terminalSummary(
  summary: BalanceSummary,
  targets: readonly TargetResult[] | null,
  unit: string,
): string {
  const out: string[] = [];
  const run = summary.run;
  out.push(
    `Parley balance — ${summary.scenario.title} (${summary.scenario.id}) · seed ${run.seed} · ${run.gamesPerPopulation.toLocaleString('en')} games per population · ${run.populations.length} population(s)${run.sweep ? ` · sweep ${run.sweep.param} over ${run.sweep.values.join(', ')}` : ''}`,
  );
  if (!run.complete)
    out.push(
      `Partial: ${run.gamesPlayed.toLocaleString('en')} games of the run (a shard; merge the shards for the whole run).`,
    );
  for (const step of summary.steps) {
    const base = baselineOf(step);
    out.push(
      '',
      `${
        step.params
          ? `${Object.entries(step.params)
              .map(([k, v]) => `${k} = ${v}`)
              .join(', ')} — `
          : ''
      }baseline: ${base.label} (${base.games.toLocaleString('en')} games)`,
      population(base, unit),
    );
    const ceilings = Object.entries(step.skill).filter(([, s]) => s.best.population !== base.id);
    if (ceilings.length > 0)
      out.push(
        `Best population per role: ${ceilings.map(([id, s]) => `${id}: ${s.best.population} ${pct(s.best.good)}`).join(' · ')}`,
      );
    const experts = Object.entries(step.skill).flatMap(([id, s]) => (s.expert ? [[id, s.expert] as const] : []));
    if (experts.length > 0)
      out.push(
        `Expert per role: ${experts.map(([id, e]) => `${id}: good ${pct(e.good)}, result ${e.vsBaseline ? meanText(e.vsBaseline.result) : '—'} vs default`).join(' · ')}`,
      );
  }
  const flags = summary.flags.probes;
  out.push(
    '',
    flags.length === 0
      ? run.populations.length > 1
        ? 'Flags: no probe beats the default policy significantly.'
        : 'Flags: none (add --probes all to look for dominant actions).'
      : `Flags:\n${flags.map((f) => `  ! ${summary.steps.length > 1 ? `[step ${f.step}] ` : ''}${f.text}`).join('\n')}`,
  );
  if (summary.flags.botDependent.length > 0)
    out.push(`Bot-dependent conclusions: ${summary.flags.botDependent.length} (see report.html)`);
  if (targets) {
    const failed = targets.filter((t) => !t.ok);
    out.push(
      failed.length === 0
        ? `Targets: all ${targets.length} met.`
        : `Targets: ${failed.length} of ${targets.length} violated:\n${failed.map((t) => `  ✗ ${summary.steps.length > 1 ? `[step ${t.step}] ` : ''}${t.target} = ${t.actual ?? '—'}, expected ${t.expected}`).join('\n')}`,
    );
  }
  return out.join('\n') + '\n';
}
