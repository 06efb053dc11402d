/**
 * The fast internal form of a scenario: integer ids, per-actor utility tables
 * and compiled expressions. Built once by compileScenario; read by the rules,
 * the AI, the UI and the tools. Every numeric quantity of the world (metrics,
 * each actor's support, directed trust) is one slot of a single `values`
 * table, so conditions and effects address them all the same way.
 */
import type { Compiled } from '../expr';
import type { ActorIndex, LeverIndex, OptionIndex } from '../game/ids';
import type { ScenarioInput } from './scenarioSchema';

export type Label = 'reported' | 'context' | 'simulated';

export interface Provenance {
  readonly label: Label;
  readonly source?: string;
  readonly quote?: string;
  readonly note?: string;
}

/** A paragraph of a briefing; `provenance` is null when the briefing is one text, under its actor's label. */
export interface BriefingParagraph {
  readonly text: string;
  readonly provenance: Provenance | null;
}

export interface CompiledExpr {
  readonly source: string;
  readonly fn: Compiled;
  /** The names it reads, in order of first use: what the scenario reads of a declared red line (readersOf). */
  readonly names: readonly string[];
}

export type ValueKind = 'world' | 'support' | 'trust';

export interface ValueDef {
  /** The name expressions use: world.war_intensity, support.ukraine, trust.ukraine.usa. */
  readonly key: string;
  readonly kind: ValueKind;
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly initial: number;
}

export interface CompiledEffects {
  readonly add: readonly { readonly target: number; readonly expr: CompiledExpr }[];
  readonly set: readonly { readonly target: number; readonly expr: CompiledExpr }[];
  readonly open: readonly LeverIndex[];
  readonly break: readonly LeverIndex[];
}

export interface OptionRef {
  readonly lever: LeverIndex;
  readonly option: OptionIndex;
}

export interface CompiledLink {
  readonly a: OptionRef;
  readonly b: OptionRef;
  readonly bonus: number;
  readonly why: string;
}

export interface CompiledProfile {
  /** weights[lever]; they sum to 1. */
  readonly weights: readonly number[];
  /** values[lever][option], 0–100 (0 for levers of no weight). */
  readonly values: readonly (readonly number[])[];
  /** weighted[lever][option] = weights[lever] · values[lever][option]. */
  readonly weighted: readonly (readonly number[])[];
  readonly links: readonly CompiledLink[];
  readonly world: readonly { readonly index: number; readonly coef: number }[];
  readonly reservation: CompiledExpr;
  /** redLines[lever][option]: the actor never signs this option. */
  readonly redLines: readonly (readonly boolean[])[];
  readonly temperament: readonly [number, number];
  readonly horizon: readonly [number, number];
  readonly trustEffect: number;
  /** Its computer player gives nothing for nothing (docs/model.md §6). */
  readonly nothingForNothing: boolean;
}

export interface CompiledActor {
  readonly index: ActorIndex;
  readonly id: string;
  readonly name: string;
  /** The name is grammatically plural ("European allies learn"); public, like the name. */
  readonly plural: boolean;
  /** 'the' when the name takes it inside a sentence ("the United States"), else ''. */
  readonly article: '' | 'the';
  readonly leader: string;
  readonly colour: string;
  /** A file name in assets/emblems/ (public, drawn on the table), or null for the drawn disc with a short code. */
  readonly emblem: string | null;
  readonly playable: boolean;
  readonly actionPoints: number;
  /** The whole briefing as one text (its paragraphs joined), for counting words and the summary's first sentences. */
  readonly briefing: string;
  /** The briefing as the role screen shows it: paragraph by paragraph, each with its own label when it has one. */
  readonly briefingParagraphs: readonly BriefingParagraph[];
  /** The role card's first words: the author's `summary`, else the briefing's first sentences (about 50 words). */
  readonly summary: string;
  readonly advisers: readonly { readonly name: string; readonly role: string; readonly provenance: Provenance }[];
  readonly supportIndex: number;
  readonly profile: CompiledProfile;
  readonly provenance: Provenance;
}

export interface CompiledOption {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** The option's own label when it has one (an invented option on a reported lever is simulated), else its lever's. */
  readonly provenance: Provenance;
  /** Once the lever is signed at this option, the options a later package may still move it to (docs/model.md §3). */
  readonly leadsTo: readonly OptionIndex[];
}

export interface CompiledLever {
  readonly index: LeverIndex;
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly options: readonly CompiledOption[];
  readonly statusQuo: OptionIndex;
  readonly signatories: readonly ActorIndex[];
  /** Signatories plus those named in proposable_by. */
  readonly proposers: readonly ActorIndex[];
  readonly opensAtStart: boolean;
  readonly provenance: Provenance;
}

export interface CompiledRule {
  readonly id: string;
  readonly description: string;
  readonly when: CompiledExpr | undefined;
  readonly effects: CompiledEffects;
}

export interface CompiledMeetingRule {
  readonly id: string;
  readonly when: CompiledExpr;
  readonly includes: readonly ActorIndex[];
  readonly message: string;
  readonly provenance: Provenance;
}

export interface CompiledPressure {
  readonly index: number;
  readonly id: string;
  readonly actor: ActorIndex;
  readonly name: string;
  readonly description: string;
  readonly cost: number;
  readonly cooldown: number;
  readonly when: CompiledExpr | undefined;
  readonly userCost: CompiledEffects;
  readonly effects: CompiledEffects;
  readonly provenance: Provenance;
}

export interface CompiledEvent {
  readonly index: number;
  readonly id: string;
  readonly week: number | undefined;
  readonly chance: number | undefined;
  readonly when: CompiledExpr | undefined;
  readonly repeat: boolean;
  readonly headline: string;
  readonly effects: CompiledEffects;
  readonly provenance: Provenance;
}

export interface CompiledEnding {
  readonly index: number;
  readonly id: string;
  readonly title: string;
  readonly kind: 'terminal' | 'classification';
  readonly priority: number;
  readonly when: CompiledExpr | undefined;
  readonly isDefault: boolean;
  readonly narrative: string;
  readonly provenance: Provenance;
}

export type CompiledActions = Omit<ScenarioInput['actions'], 'statement'> & {
  readonly statement: Required<ScenarioInput['actions']['statement']>;
};

export interface CompiledScenario {
  readonly id: string;
  readonly file: string;
  readonly title: string;
  readonly summary: string;
  readonly language: string;
  readonly turns: { readonly count: number; readonly unit: string; readonly startDate: string };
  readonly rvTolerance: number;
  readonly sources: readonly {
    readonly id: string;
    readonly title: string;
    readonly kind: string;
    readonly text: string;
  }[];
  readonly params: ReadonlyMap<string, number>;
  readonly values: readonly ValueDef[];
  readonly valueIndex: ReadonlyMap<string, number>;
  readonly actors: readonly CompiledActor[];
  readonly levers: readonly CompiledLever[];
  readonly dynamics: readonly CompiledRule[];
  readonly meetingRules: readonly CompiledMeetingRule[];
  /** The actions' costs and effects as written, with an optional amount left out filled in (red_line_trust: 0). */
  readonly actions: CompiledActions;
  readonly pressures: readonly CompiledPressure[];
  readonly events: readonly CompiledEvent[];
  readonly endings: readonly CompiledEnding[];
  readonly defaultEnding: number;
  readonly earlyEnd: { readonly fromWeek: number; readonly chance: number } | undefined;
  /** Index of trust.a.b in `values`. */
  trustIndex(a: ActorIndex, b: ActorIndex): number;
  /** The validated input, for canonical hashing and re-compiling with other params. */
  readonly input: ScenarioInput;
}
