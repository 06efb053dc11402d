/**
 * Branded indices for tests that write actors, levers and options as
 * literal numbers: `A(0)`, `L(1)`, `O(2)`, and `C(lever, option)` for a
 * clause. They are the engine's own constructors for validated values; a
 * test's literals name actors, levers and options of its fixture.
 */
import type { Clause } from '../src/engine/game/GameState';
import { actorIndex, leverIndex, optionIndex } from '../src/engine/game/ids';

export { actorIndex as A, leverIndex as L, optionIndex as O };

/** A clause from literal indices: `C(0, 2)` sets lever 0 to option 2. */
export const C = (lever: number, option: number): Clause => ({ lever: leverIndex(lever), option: optionIndex(option) });

/** Several actors at once: `As(0, 2)`. */
export const As = (...actors: number[]) => actors.map(actorIndex);
/** Several options at once: `Os(1, 2)`. */
export const Os = (...options: number[]) => options.map(optionIndex);
/** Several levers at once: `Ls(0, 1)`. */
export const Ls = (...levers: number[]) => levers.map(leverIndex);
