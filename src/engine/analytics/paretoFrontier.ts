import { filterFrontier } from './filterFrontier';
import type { PackageSpace } from './PackageSpace';
import { sweepFrontier } from './sweepFrontier';

/**
 * The packages no other package dominates, in the group's utility space.
 * Ordered lexicographically descending by utilities (two members: u₀
 * descending), the order a chart draws the frontier in.
 */
export function paretoFrontier(space: PackageSpace): Int32Array {
  return space.group.length === 2 ? sweepFrontier(space) : filterFrontier(space);
}
