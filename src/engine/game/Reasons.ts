/**
 * Why an actor answered or acted as it did (docs/model.md §6), as data in
 * two parts: what others are told (`public`), and the exact numbers for the
 * debrief, the CLI and the balance lab (`private`, removed from every view
 * but its author's). formatReasons writes both in English.
 */
export interface Reasons {
  readonly public: PublicReason;
  /** Null in any view but its author's: the numbers come from its hidden profile. */
  readonly private: PrivateReason | null;
}

/** How far a package is from what the answering actor needs: the only measure an answer tells. */
export type AnswerVerdict = 'acceptable' | 'close' | 'far';

export type PublicReason =
  | {
      readonly kind: 'answer';
      readonly verdict: AnswerVerdict;
      /** The lever named as the sticking point: kept only for a receiver who has learnt it matters. */
      readonly sticking?: number;
      readonly countered: boolean;
    }
  | {
      /** The package crosses one of the answering actor's red lines; `lever` only when that red line was declared. */
      readonly kind: 'red_line_crossed';
      readonly lever?: number;
      readonly countered: boolean;
    }
  | {
      /** A clause's lever was settled after the package was offered, so it can no longer be signed. */
      readonly kind: 'overtaken';
      readonly lever: number;
      readonly countered: boolean;
    }
  | {
      /** The package would cost the answering actor and give it nothing in return (docs/model.md §6). */
      readonly kind: 'nothing_in_return';
      readonly countered: boolean;
    }
  | { readonly kind: 'proposal'; readonly acceptable: boolean }
  | { readonly kind: 'commitment' }
  | { readonly kind: 'learn'; readonly about: number }
  | { readonly kind: 'pressure' };

export interface Gain {
  readonly actor: number;
  readonly gain: number;
}

/** What the answering actor found, before deciding. */
export type Assessment =
  | { readonly kind: 'red_line'; readonly lever: number; readonly option: number }
  | { readonly kind: 'overtaken'; readonly lever: number }
  | {
      /**
       * Worth its target, but it would cost `cost` against what it has now and holds no clause it values above the
       * option in force; `owed`: what it owes the parties it would help. It signs only if that covers the cost.
       */
      readonly kind: 'gift';
      readonly worth: number;
      readonly cost: number;
      readonly owed: number;
    }
  | {
      readonly kind: 'value';
      readonly worth: number;
      readonly target: number;
      readonly reservation: number;
      readonly t: number;
      readonly temperament: number;
      readonly trust: number;
      /** The clause that costs it most, if any costs it anything. */
      readonly costliest: { readonly lever: number; readonly loss: number } | null;
    };

/** Whether what the seat owes those a gift helps covers its cost: then it signs (docs/model.md §6). */
export const repays = (gift: { readonly cost: number; readonly owed: number }): boolean => gift.owed >= gift.cost;

export type PrivateReason =
  | {
      readonly kind: 'answer';
      readonly assessment: Assessment;
      /** After a refusal: the counter-offer it made, or that none it could find was worth its target. */
      readonly then:
        | { readonly kind: 'counter'; readonly own: number; readonly gains: readonly Gain[] }
        | { readonly kind: 'no_counter' }
        | null;
    }
  | {
      readonly kind: 'proposal';
      readonly own: number;
      readonly target: number;
      readonly gains: readonly Gain[];
      readonly acceptable: boolean;
    }
  | { readonly kind: 'red_lines'; readonly lever: number; readonly options: readonly number[] }
  | { readonly kind: 'meet'; readonly other: number; readonly width: number }
  | {
      readonly kind: 'pressure';
      readonly stalled: number;
      readonly t: number;
      readonly from: number;
      readonly cost: number;
    };
