import type { PackageSpace } from './PackageSpace';

/** 0, 1, …, size − 1: the whole space as a candidate list. */
export function everyPackage(space: PackageSpace): Int32Array {
  const all = new Int32Array(space.size);
  for (let p = 0; p < space.size; p++) all[p] = p;
  return all;
}
