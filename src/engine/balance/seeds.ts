import { fmix32 } from '../rng/keyedUnit';

/**
 * The seed of game number `index` of a balance run: a pure function of the
 * run's base seed and the index, so a game's result never depends on which
 * worker or shard played it, and game i of every population and every sweep
 * step meets the same luck (common random numbers: differences between
 * populations are the policies', not the dice's).
 * Every step is a bijection of 32-bit words (MurmurHash3's finaliser, an
 * xor, an add), so for one base seed the first 2³² indices get 2³² distinct
 * seeds: no two games of a run are the same game.
 */
export function gameSeed(baseSeed: number, index: number): number {
  if (!Number.isInteger(index) || index < 0 || index > 0xffffffff)
    throw new RangeError(`game index ${index} is not a whole number below 2^32`);
  const key = fmix32((baseSeed >>> 0) ^ 0x9e3779b9) ^ 0x2545f491;
  return fmix32((fmix32((index + 0x6d2b79f5) >>> 0) ^ key) >>> 0) >>> 0;
}
