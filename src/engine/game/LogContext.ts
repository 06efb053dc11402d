import type { Narrator } from '../text';
import type { ReasonsShown } from './formatReasons';
import type { ActorIndex } from './ids';
import type { PackageRef } from './packageName';
import type { PublicScenario } from './PublicScenario';

/** What writing one line of a log needs: the scenario, whose log it is, and what the log has told so far. */
export interface LogContext {
  readonly scenario: PublicScenario;
  /** Whose log it is: that actor is "you". Null: everyone is named (the CLI's story). */
  readonly reader: ActorIndex | null;
  readonly say: Narrator;
  readonly reasons: ReasonsShown;
  /** A package by its id: as delivered earlier in the log, else read from the id. */
  pkg(id: string): PackageRef | null;
  /** Whose trust in whom a value is, if it is a trust value. */
  trustPair(value: number): readonly [ActorIndex, ActorIndex] | undefined;
}
