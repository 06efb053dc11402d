import type { CompiledLever } from '../scenario/CompiledScenario';
import { at } from '../util/at';
import type { LeverState } from './GameState';
import type { OptionIndex } from './ids';

/**
 * What a signed lever may still become (docs/model.md §3.2): the options its signed option leads to, an interim step
 * such as stopping work before removal; none when it is not signed, or signed at an option that leads nowhere.
 */
export function stillTo(lever: CompiledLever, now: LeverState): readonly OptionIndex[] {
  return now.settled ? at(lever.options, now.option, 'option').leadsTo : [];
}

/** Whether a lever's signature rules out moving it to `option`: a signed lever is locked but for what it may still become. */
export function isLocked(lever: CompiledLever, now: LeverState, option: OptionIndex): boolean {
  return now.settled && !stillTo(lever, now).includes(option);
}
