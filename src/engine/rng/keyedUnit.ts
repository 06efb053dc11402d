/**
 * Every random draw in Parley is a pure function of (seed, keys…): the same
 * seed, week and purpose give the same luck in every replay, whatever else
 * happened, and undoing a move never re-rolls anything (docs/model.md §3).
 * The mixing is MurmurHash3's finaliser over a running 32-bit state, good
 * enough for game draws and identical on every JavaScript engine.
 */
export type DrawKey = number | string;

export function keyedUnit(seed: number, ...keys: readonly DrawKey[]): number {
  let h = mix((seed >>> 0) ^ 0x9e3779b9);
  for (const key of keys) {
    if (typeof key === 'number') {
      h = mix(h ^ (key | 0) ^ Math.imul(Math.floor(key / 4294967296), 0x85ebca6b));
    } else {
      for (let i = 0; i < key.length; i++) h = mix(h ^ key.charCodeAt(i));
      h = mix(h ^ key.length);
    }
    h = mix(h + 0x6d2b79f5);
  }
  return (mix(h) >>> 0) / 4294967296;
}

/** A keyed 32-bit seed, for a game of its own (a rollout, a believed world). */
export function keyedSeed(seed: number, ...keys: readonly DrawKey[]): number {
  return Math.floor(keyedUnit(seed, ...keys) * 4294967296) >>> 0;
}

/** A keyed draw in [lo, hi]. */
export function keyedRange(lo: number, hi: number, seed: number, ...keys: readonly DrawKey[]): number {
  return lo + (hi - lo) * keyedUnit(seed, ...keys);
}

/** MurmurHash3's 32-bit finaliser, unsigned: invertible on 32-bit words. */
export function fmix32(x: number): number {
  return mix(x) >>> 0;
}

function mix(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}
