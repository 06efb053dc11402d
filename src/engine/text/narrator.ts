import { agree } from './agree';
import { joinNames } from './joinNames';
import type { Named } from './Named';
import { possessive } from './possessive';
import { theName } from './theName';

/**
 * Actors in the sentences of one reader: the reader is "you" ("you meet
 * Russia", "your offer", "Russia's trust in you"), everyone else is named,
 * agreeing with its name ("the European allies learn"). A null reader — the
 * CLI's story, a designer's log — names everyone. In lower case: capitalise
 * to start a sentence.
 */
export interface Narrator {
  /** "Russia", "the European allies", "you". */
  name(actor: number): string;
  /** The name and its verb: "Russia learns", "the European allies learn", "you learn". */
  subject(actor: number, singular: string, plural: string): string;
  /** "Russia's", "the European allies'", "your". */
  whose(actor: number): string;
  /** The word that agrees with the actor: `agree(i, 'its', 'their')`. */
  agree(actor: number, singular: string, plural: string): string;
  /** "it", "they", "you". */
  it(actor: number): string;
  /** "its", "their", "your". */
  its(actor: number): string;
  /** Names joined, the reader first: "you, Russia and the United States". */
  names(actors: readonly number[]): string;
}

const YOU: Named = { name: 'you', plural: true };

export function narrator(actors: readonly Named[], reader: number | null): Narrator {
  const named = (i: number): Named => {
    if (i === reader) return YOU;
    const who = actors[i];
    if (!who) throw new RangeError(`no actor ${i}`);
    return who;
  };
  const name = (i: number) => theName(named(i));
  const agreeWith = (i: number, singular: string, plural: string) => agree(named(i), singular, plural);
  return {
    name,
    subject: (i, singular, plural) => `${name(i)} ${agreeWith(i, singular, plural)}`,
    whose: (i) => (i === reader ? 'your' : possessive(name(i))),
    agree: agreeWith,
    it: (i) => (i === reader ? 'you' : agreeWith(i, 'it', 'they')),
    its: (i) => (i === reader ? 'your' : agreeWith(i, 'its', 'their')),
    names: (list) => joinNames([...list].sort((a, b) => Number(b === reader) - Number(a === reader)).map(name)),
  };
}
