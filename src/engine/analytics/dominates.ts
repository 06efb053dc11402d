import type { PackageSpace } from './PackageSpace';
import { f64At } from './typedAt';

/** Package q dominates p: every member gets at least as much from q, and some member more. */
export function dominates(space: PackageSpace, q: number, p: number): boolean {
  const u = space.utilities;
  const k = space.group.length;
  let strictly = false;
  for (let i = 0; i < k; i++) {
    const a = f64At(u, q * k + i);
    const b = f64At(u, p * k + i);
    if (a < b) return false;
    if (a > b) strictly = true;
  }
  return strictly;
}
