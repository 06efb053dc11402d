import type { BalanceSummary } from '../../engine/balance/summarise';
import type { TargetResult } from '../../engine/balance/targets';
import type { CompiledScenario } from '../../engine/scenario/CompiledScenario';

export function reportHtml(summary: BalanceSummary, _scenario: CompiledScenario, _text: string, _targets: readonly TargetResult[] | null): string {
  return `<!doctype html><title>${summary.scenario.id}</title>`;
}
