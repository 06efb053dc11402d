/** The registry of policies by id: the CLI, the balance lab and the UI pick seats from it. */
import { negotiatorPolicy } from '../ai/negotiatorPolicy';
import { PERSONAS } from '../ai/Persona';
import { concederPolicy } from './concederPolicy';
import { greedyPolicy } from './greedyPolicy';
import { hardlinerPolicy } from './hardlinerPolicy';
import type { PolicyFactory } from './Policy';
import { randomPolicy } from './randomPolicy';

export const POLICIES: ReadonlyMap<string, PolicyFactory> = new Map([
  ['random', randomPolicy],
  ['greedy', greedyPolicy],
  ['hardliner', hardlinerPolicy],
  ['conceder', concederPolicy],
  ...PERSONAS.map((p) => [p.id, negotiatorPolicy(p)] as const),
]);

export const DEFAULT_POLICY = 'negotiator';
