import { capitalise, possessive, theName } from '../text';
import type { CompiledScenario } from './CompiledScenario';
import { readersOf, type Reader } from './readersOf';
import type { Report } from './Report';

/** Where each kind of reader is listed in a scenario file. */
const KEYS: Readonly<Record<Reader['kind'], string>> = {
  rule: 'dynamics',
  event: 'events',
  pressure: 'pressure',
  'meeting rule': 'meeting_rules',
  ending: 'endings',
};

/**
 * A rule, event, pressure, meeting rule or ending that reads an actor's hidden red line
 * (`red_line.<actor>.<lever>.<option>` where the profile's `red_lines` hold that option) answers a declaration that
 * actor's computer player makes as soon as it can (docs/model.md §6), so in nearly every game: rarely what its
 * author meant.
 */
export function checkHiddenRedLineRules(s: CompiledScenario, report: Report): void {
  const hidden = new Map<string, string>();
  for (const a of s.actors)
    s.levers.forEach((l) =>
      l.options.forEach((o, k) => {
        if (a.profile.redLines[l.index]?.[k]) hidden.set(`red_line.${a.id}.${l.id}.${o.id}`, theName(a));
      }),
    );
  if (hidden.size === 0) return;
  for (const reader of readersOf(s)) {
    for (const name of reader.names) {
      const who = hidden.get(name);
      if (who === undefined) continue;
      const what = `${capitalise(reader.kind)} \`${reader.id}\``;
      report(
        'RULE_READS_HIDDEN_RED_LINE',
        [KEYS[reader.kind], reader.index, 'id'],
        `${what} reads \`${name}\`, one of ${possessive(who)} hidden red lines: ${possessive(who)} computer player declares its hidden red lines as soon as it can, so it is declared in nearly every game it plays.`,
        `Read an option that is not one of ${possessive(who)} hidden red lines, or take it out of ${possessive(who)} \`red_lines\` if ${who} may sign it after all.`,
      );
    }
  }
}
