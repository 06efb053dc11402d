import { fmt } from '../engine/index';

/**
 * A number as the screens write it: the engine's rounding (`fmt`: at most one
 * decimal, never "-0") with a true minus sign, "−4", as the log's sentences
 * write it ("(−60)"), never a hyphen.
 */
export function num(x: number): string {
  return fmt(x).replace('-', '−');
}

/** A change or a result with its sign: "+5.7", "−2.5", "0". */
export function signed(x: number): string {
  const text = num(x);
  return x > 0 && text !== '0' ? `+${text}` : text;
}
