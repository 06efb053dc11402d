/**
 * The part of js-yaml 4 that readPlainYaml uses. js-yaml ships no types, and
 * one dependency was added for the fast path, not two (@types/js-yaml).
 */
declare module 'js-yaml' {
  export interface TypeOptions {
    kind: 'scalar' | 'sequence' | 'mapping';
    resolve?: (data: string) => boolean;
    construct?: (data: string) => unknown;
  }
  export class Type {
    constructor(tag: string, options: TypeOptions);
  }
  export class Schema {
    extend(types: { implicit?: readonly Type[]; explicit?: readonly Type[] }): Schema;
  }
  export const FAILSAFE_SCHEMA: Schema;
  export interface LoadOptions {
    schema?: Schema;
    json?: boolean;
    maxDepth?: number;
    onWarning?: (warning: Error) => void;
  }
  export function load(text: string, options?: LoadOptions): unknown;
}
