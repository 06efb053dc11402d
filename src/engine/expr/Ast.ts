/**
 * Syntax tree straight out of the parser: untyped, names unresolved. Every
 * node keeps its source span [start, end) so later phases can point errors at
 * the exact text. Brackets leave no node; they widen the inner node's span.
 */
export type BinaryOp = '+' | '-' | '*' | '/' | '<' | '<=' | '>' | '>=' | '==' | '!=' | 'and' | 'or';

interface Span {
  readonly start: number;
  readonly end: number;
}

export interface NumberNode extends Span {
  readonly kind: 'number';
  readonly value: number;
}
export interface BoolNode extends Span {
  readonly kind: 'bool';
  readonly value: boolean;
}
export interface NameNode extends Span {
  readonly kind: 'name';
  /** Full dotted name, e.g. `trust.ukraine.usa`. */
  readonly name: string;
}
export interface UnaryNode extends Span {
  readonly kind: 'unary';
  readonly op: '-' | 'not';
  /** Offset of the operator token. */
  readonly opStart: number;
  readonly operand: Ast;
}
export interface BinaryNode extends Span {
  readonly kind: 'binary';
  readonly op: BinaryOp;
  /** Offset of the operator token; its length is `op.length`. */
  readonly opStart: number;
  readonly left: Ast;
  readonly right: Ast;
}
export interface CallNode extends Span {
  readonly kind: 'call';
  readonly callee: string;
  /** End of the function name (it starts at `start`). */
  readonly calleeEnd: number;
  readonly args: readonly Ast[];
  /** Offset of the closing `)`. */
  readonly close: number;
}

export type Ast = NumberNode | BoolNode | NameNode | UnaryNode | BinaryNode | CallNode;
