import {
  ACTION_TYPES,
  type BalanceSummary,
  type PopulationSummary,
  type Rate,
  type Mean,
  type StepSummary,
  type TargetResult,
} from '../../engine/authoring';
import { keyed } from '../keyed';
/**
 * CSV tables of a summary, one row per (step, population, …): for
 * spreadsheets and scripts. RFC 4180 quoting; numbers as in summary.json.
 */

type Cell = string | number | boolean | null | undefined;

function csv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const field = (x: Cell) => {
    const text = x === null || x === undefined ? '' : String(x);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\n') + '\n';
}

const rate = (r: Rate): Cell[] => [r.p, r.lo, r.hi];
const mean = (m: Mean | null): Cell[] => (m ? [m.mean, m.lo, m.hi] : [null, null, null]);

export function csvTables(summary: BalanceSummary, targets: readonly TargetResult[] | null): Record<string, string> {
  const param = summary.run.sweep?.param ?? 'param';
  const each = <T>(f: (step: StepSummary, p: PopulationSummary) => T[]): T[] =>
    summary.steps.flatMap((s) => s.populations.flatMap((p) => f(s, p)));
  const key = (s: StepSummary, p: PopulationSummary): Cell[] => [
    s.step,
    s.params ? Object.values(s.params)[0] : null,
    p.id,
  ];
  const tables: Record<string, string> = {
    'populations.csv': csv(
      [
        'step',
        param,
        'population',
        'games',
        'agreement',
        'agreement_lo',
        'agreement_hi',
        'early_end',
        'length_mean',
        'first_agreement_week',
        'first_agreement_last_weeks',
        'zopa_opened',
        'welfare',
        'welfare_lo',
        'welfare_hi',
        'frontier_distance',
        'conflict_rule_games',
        'ending_entropy_bits',
        'refused_orders',
      ],
      each((s, p) => [
        [
          ...key(s, p),
          p.games,
          ...rate(p.agreement),
          p.earlyEnd.p,
          p.length.mean.mean,
          p.firstAgreement.week.mean,
          p.firstAgreement.inLastWeeks.p,
          p.zopa?.opened.p,
          ...mean(p.welfare),
          p.frontierDistance?.mean,
          p.conflictRule.games.p,
          p.endingEntropy.bits,
          p.refused,
        ],
      ]),
    ),
    'roles.csv': csv(
      [
        'step',
        param,
        'population',
        'role',
        'games',
        'good',
        'good_lo',
        'good_hi',
        'strong',
        'fair',
        'weak',
        'result',
        'result_lo',
        'result_hi',
        'no_deal_games',
        'batna_calibration',
        'batna_lo',
        'batna_hi',
        'vs_baseline',
        'vs_baseline_lo',
        'vs_baseline_hi',
        'good_vs_baseline',
      ],
      each((s, p) =>
        Object.entries(p.roles).map(([role, r]) => [
          ...key(s, p),
          role,
          p.games,
          ...rate(r.good),
          r.grades.strong.p,
          r.grades.fair.p,
          r.grades.weak.p,
          ...mean(r.result),
          r.batna.games,
          ...mean(r.batna.result),
          ...mean(r.vsBaseline?.result ?? null),
          r.vsBaseline?.good.mean,
        ]),
      ),
    ),
    'endings.csv': csv(
      ['step', param, 'population', 'ending', 'kind', 'count', 'rate', 'rate_lo', 'rate_hi'],
      each((s, p) => p.endings.map((e) => [...key(s, p), e.id, e.kind, e.rate.k, ...rate(e.rate)])),
    ),
    'actions.csv': csv(
      ['step', param, 'population', 'role', 'action', 'per_game', 'games_using', 'games_using_lo', 'games_using_hi'],
      each((s, p) =>
        Object.entries(p.roles).flatMap(([role, r]) =>
          ACTION_TYPES.map((t) => {
            const used = keyed(r.actions, t, 'action type');
            return [...key(s, p), role, t, used.perGame, ...rate(used.games)];
          }),
        ),
      ),
    ),
    'options.csv': csv(
      [
        'step',
        param,
        'population',
        'lever',
        'option',
        'status_quo',
        'proposed',
        'signed',
        'final',
        'final_lo',
        'final_hi',
      ],
      each((s, p) =>
        p.options.map((o) => [...key(s, p), o.lever, o.option, o.statusQuo, o.proposed, o.signed, ...rate(o.final)]),
      ),
    ),
    'events.csv': csv(
      ['step', param, 'population', 'event', 'games_fired', 'rate', 'rate_lo', 'rate_hi'],
      each((s, p) => p.events.map((e) => [...key(s, p), e.id, e.fired.k, ...rate(e.fired)])),
    ),
    'weeks.csv': csv(
      ['step', param, 'population', 'week', 'games_ended', 'first_agreements', 'signatures', 'zopa_opened'],
      each((s, p) =>
        p.length.byWeek.map((n, i) => [
          ...key(s, p),
          i + 1,
          n,
          p.firstAgreement.byWeek[i],
          p.signatures.byWeek[i],
          p.zopa?.byWeek[i],
        ]),
      ),
    ),
    'flags.csv': csv(
      ['step', 'role', 'population', 'kind', 'result_gain', 'result_gain_lo', 'result_gain_hi', 'good_gain', 'text'],
      summary.flags.probes.map((f) => [f.step, f.role, f.population, f.kind, ...mean(f.result), f.good.mean, f.text]),
    ),
  };
  if (targets)
    tables['targets.csv'] = csv(
      ['step', 'target', 'expected', 'actual', 'ok'],
      targets.map((t) => [t.step, t.target, t.expected, t.actual, t.ok]),
    );
  return tables;
}
