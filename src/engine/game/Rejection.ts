/** Why an action was refused: a stable code for tools and a sentence for people. */
export interface Rejection {
  readonly code: string;
  readonly message: string;
}
