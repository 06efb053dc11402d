/**
 * Negotiation analytics (docs/analytics.md): the deal space of a group of
 * actors in a world — ZOPA, Pareto frontier, Nash, Kalai–Smorodinsky,
 * egalitarian and welfare points — and where a deal sits in it.
 */
export type { DealWorld } from './DealWorld';
export { dealWorldOf, type DealWorldOptions } from './dealWorldOf';
export type { PackageSpace } from './PackageSpace';
export { packageSpaceOf } from './packageSpaceOf';
export { packageOptions } from './packageOptions';
export { everyPackage } from './everyPackage';
export { zopaOf, type Zopa } from './zopaOf';
export { zopaIdeal } from './zopaIdeal';
export { dominates } from './dominates';
export { paretoFrontier } from './paretoFrontier';
export { sweepFrontier } from './sweepFrontier';
export { filterFrontier } from './filterFrontier';
export { spacePoint, type SpacePoint } from './spacePoint';
export { nashPoint } from './nashPoint';
export { kalaiSmorodinskyPoint } from './kalaiSmorodinskyPoint';
export { egalitarianPoint } from './egalitarianPoint';
export { welfarePoint } from './welfarePoint';
export { frontierDistance, type FrontierDistance } from './frontierDistance';
export { leverAttribution } from './leverAttribution';
export { analyseSpace, type SpaceAnalytics } from './analyseSpace';
export { analyseDeal, type DealAnalytics } from './analyseDeal';
export { formatPackage } from './formatPackage';
export { gameAnalytics, type GameAnalytics, type PointSummary } from './gameAnalytics';
