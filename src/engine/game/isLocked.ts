import type { CompiledLever } from '../scenario/CompiledScenario';
import { at } from '../util/at';
import type { LeverState } from './GameState';
import type { OptionIndex } from './ids';

/**
 * Whether a lever's signature rules out moving it to `option` (docs/model.md §3): a signed lever is locked, except
 * towards the options its signed option leads to (an interim step such as stopping work before removal).
 */
export function isLocked(lever: CompiledLever, now: LeverState, option: OptionIndex): boolean {
  return now.settled && !at(lever.options, now.option, 'option').leadsTo.includes(option);
}
