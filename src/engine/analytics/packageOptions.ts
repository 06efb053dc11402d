import { at } from '../util/at';
import type { PackageSpace } from './PackageSpace';

/** The option per lever of package p (the inverse of the space's numbering). */
export function packageOptions(space: PackageSpace, p: number): number[] {
  const options = [...space.base];
  let rest = p;
  for (const [k, lever] of space.free.entries()) {
    const r = at(space.radix, k, 'radix');
    options[lever] = rest % r;
    rest = Math.floor(rest / r);
  }
  return options;
}
