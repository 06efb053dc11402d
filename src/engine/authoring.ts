/**
 * The engine for authoring tools (the CLI's lint, sim, balance lab, baseline
 * and benchmarks): the compiled scenario with every hidden preference, the
 * loader's stages, scoring, analytics and the balance lab. Screens never
 * import this (a lint rule holds them to ./index). It offers everything
 * ./index does, and more.
 */
export * from './index';
export * from './loader';
export type { CompiledActor, CompiledProfile, CompiledScenario } from './scenario/CompiledScenario';
export { compiledOf, handleOf } from './api/Scenario';
export { loadScenario as loadCompiledScenario } from './scenario/loadScenario';
export { MAX_SCENARIO_CHARS, parseScenarioYaml } from './scenario/parseScenarioYaml';
export { validateScenarioShape } from './scenario/validateScenarioShape';
export { compileScenario } from './scenario/compileScenario';
export { decodeScenarioBytes } from './scenario/decodeScenarioBytes';
export { buildJsonSchema } from './scenario/buildJsonSchema';
export { ENGINE_VERSION } from './version';
export { explainScenario, type Explanation } from './explain/explainScenario';

export { createGame } from './game/createGame';
export { resolveWeek } from './game/resolveWeek';
export { envOf } from './game/envOf';
export { checkAction } from './game/checkAction';
export { viewFor } from './game/viewFor';
export { newGame as newCompiledGame } from './game/newGame';
export { playUntil as playCompiledUntil, playWeek as playCompiledWeek } from './game/playWeek';
export { publicScenarioOf } from './game/PublicScenario';
export { takeOverSeats } from './game/takeOverSeats';
export { recordGame as recordCompiledGame } from './replay/recordGame';
export { replayRecord as replayCompiledRecord } from './replay/replayRecord';
export { scenarioHashOf, stateHashOf } from './replay/hashes';
export { scoreInputOf } from './api/debriefOf';
export { scoreActors, type ActorScore, type ScoreInput } from './model/scoreActor';
export { gradeOutcome } from './model/gradeOutcome';
export { gameAnalytics, type GameAnalytics } from './analytics/gameAnalytics';
export { canonicalJson, hashText } from './rng/hashText';

// The balance lab: plans, bots, the expert, statistics, targets.
export * from './balance/index';
