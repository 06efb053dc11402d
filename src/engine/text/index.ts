/**
 * English text shared by the log, the screens and the loader's messages:
 * lists of names, possessives, and sentences that agree with an actor's
 * name (scenario fields `plural` and `article`, docs/scenario-format.md).
 */
export type { Named } from './Named';
export { agree } from './agree';
export { capitalise } from './capitalise';
export { firstSentences, wordsOf } from './firstSentences';
export { joinNames } from './joinNames';
export { narrator, type Narrator } from './narrator';
export { ordinal } from './ordinal';
export { possessive } from './possessive';
export { subject } from './subject';
export { theName } from './theName';
