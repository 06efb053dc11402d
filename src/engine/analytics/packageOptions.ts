import type { PackageSpace } from './PackageSpace';

/** The option per lever of package p (the inverse of the space's numbering). */
export function packageOptions(space: PackageSpace, p: number): number[] {
  const options = [...space.base];
  let rest = p;
  for (let k = 0; k < space.free.length; k++) {
    const r = space.radix[k]!;
    options[space.free[k]!] = rest % r;
    rest = Math.floor(rest / r);
  }
  return options;
}
