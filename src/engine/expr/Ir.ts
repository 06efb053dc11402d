/**
 * Typed, resolved tree produced by the checker and consumed by emit. No
 * names, no types, no source positions: everything here is already valid, so
 * emit cannot fail. Booleans are numbers 1/0 from here on.
 */
export type Ir =
  | { readonly op: 'num'; readonly value: number }
  | { readonly op: 'value'; readonly index: number }
  | { readonly op: 'week' }
  | { readonly op: 'weeksLeft' }
  | { readonly op: 'settled'; readonly lever: number }
  /** 1 when actor `actor` has declared option `option` of lever `lever` a red line. */
  | { readonly op: 'redLine'; readonly actor: number; readonly lever: number; readonly option: number }
  /** 1 when lever `lever` is at option `option` (0 with `negate`). */
  | { readonly op: 'leverIs'; readonly lever: number; readonly option: number; readonly negate: boolean }
  | { readonly op: 'neg' | 'not' | 'abs'; readonly a: Ir }
  | { readonly op: IrBinaryOp; readonly a: Ir; readonly b: Ir }
  | { readonly op: 'min' | 'max'; readonly args: readonly Ir[] }
  | { readonly op: 'clamp'; readonly x: Ir; readonly lo: Ir; readonly hi: Ir }
  | { readonly op: 'if'; readonly test: Ir; readonly then: Ir; readonly otherwise: Ir };

export type IrBinaryOp = 'add' | 'sub' | 'mul' | 'div' | 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne' | 'and' | 'or';
