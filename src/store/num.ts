import { fmt } from '../engine/index';

/** A number as the screens write it: the engine's `fmt` (at most one decimal, never "-0", a true minus sign "−4"). */
export const num = fmt;

/** A change or a result with its sign: "+5.7", "−2.5", "0". */
export function signed(x: number): string {
  const text = num(x);
  return x > 0 && text !== '0' ? `+${text}` : text;
}
