/**
 * The balance lab's engine side (docs/balance.md): pure and deterministic —
 * seeds per game, bots and probes, one game summarised, streamed mergeable
 * statistics, intervals, flags and targets. The CLI (src/cli/balance.ts)
 * adds files, worker threads and the report.
 */
export { ExactSum } from './ExactSum';
export { Moments, type MomentsJson } from './Moments';
export * from './intervals';
export { gameSeed } from './seeds';
export * from './bots';
export * from './expert';
export { resolvePolicy, SCRIPTED } from './policySpec';
export * from './plan';
export * from './DealSpace';
export * from './observeGame';
export * from './CellStats';
export * from './BalanceRunner';
export * from './summarise';
export * from './targets';
export * from './populationTargets';
export * from './balanceRun';
