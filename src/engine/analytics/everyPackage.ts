import type { PackageSpace } from './PackageSpace';

/** Every package the space holds that its signatories would sign: the whole space as a candidate list. */
export function everyPackage(space: PackageSpace): Int32Array {
  return space.possible;
}
