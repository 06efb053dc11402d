/**
 * Personas are parameter sets of the one negotiator, not different code:
 * how fast it concedes, how much trust moves it, when it turns to pressure,
 * how keen it is to meet, and how large its packages are.
 */
export interface Persona {
  readonly id: string;
  readonly label: string;
  /** Multiplies the temperament drawn for the game (below 1: concedes later). */
  readonly temperamentScale: number;
  /** Multiplies the scenario's trust_effect. */
  readonly trustScale: number;
  /** From which time t (0–1) it uses pressure when its offers stall; above 1: never. */
  readonly pressureFrom: number;
  /** Meets a counterpart while its average estimate interval of it is wider than this (0–1; above 1: never). */
  readonly meetWhileWider: number;
  /** The most utility it will give up now to apply pressure. */
  readonly pressureCost: number;
  /** Most clauses in a package it proposes. */
  readonly maxClauses: number;
  /**
   * The share of its own remaining demand (its target less what it has now) that it assumes every other party
   * still has: a gain they want while its own target is above what it has, a loss they would accept once it is below.
   */
  readonly demandShare: number;
}

/** The default negotiator's parameters: the AI seats' default, and the adviser's and the composer's estimates. */
export const DEFAULT_PERSONA: Persona = {
  id: 'negotiator',
  label: 'Default negotiator',
  temperamentScale: 1,
  trustScale: 1,
  pressureFrom: 0.3,
  pressureCost: 2,
  meetWhileWider: 0.45,
  maxClauses: 3,
  demandShare: 0.3,
};

export const PERSONAS: readonly Persona[] = [
  DEFAULT_PERSONA,
  {
    id: 'hawk',
    label: 'Hawk',
    temperamentScale: 0.6,
    trustScale: 0.5,
    pressureFrom: 0.1,
    pressureCost: 6,
    meetWhileWider: 0.8,
    maxClauses: 3,
    demandShare: 0.15,
  },
  {
    id: 'dove',
    label: 'Dove',
    temperamentScale: 1.6,
    trustScale: 1.5,
    pressureFrom: 2,
    pressureCost: 0,
    meetWhileWider: 0.3,
    maxClauses: 3,
    demandShare: 0.45,
  },
];
