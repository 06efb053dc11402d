import type { ImportOffer } from './AppState';

/**
 * The offer's words, in the scenario's unit of turns: how far the game replays, and the button that goes on from
 * there as a branch.
 */
export function offerWords(offer: ImportOffer): { readonly replays: string; readonly branch: string } {
  const { stopped, unit } = offer;
  return {
    replays: stopped
      ? `It replays until ${unit} ${stopped.week}, where ${stopped.who}’s move — ${stopped.what} — no longer applies: ${stopped.why}.`
      : 'Every move still applies, but what follows from them may differ.',
    branch: `Go on from ${unit} ${offer.weeks + 1} as a branch`,
  };
}
