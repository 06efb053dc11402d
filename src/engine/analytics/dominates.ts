import type { PackageSpace } from './PackageSpace';
import { missing } from '../util/at';

/** Package q dominates p: every member gets at least as much from q, and some member more. */
export function dominates(space: PackageSpace, q: number, p: number): boolean {
  const u = space.utilities;
  const k = space.group.length;
  let strictly = false;
  for (let i = 0; i < k; i++) {
    const a = u[q * k + i];
    const b = u[p * k + i];
    if (a === undefined || b === undefined) missing('utility of member', i);
    if (a < b) return false;
    if (a > b) strictly = true;
  }
  return strictly;
}
