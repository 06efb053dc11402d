/**
 * An id names one thing: an actor, a lever, a metric, an event, an ending, a
 * pressure, a rule, a meeting rule, a source or a param, never two of them.
 * (Options are named within their lever, and two of one kind sharing an id
 * is ID_DUPLICATE.) One exception: an ending may share its lever's id, since
 * an ending is often named after the deal it records — a `ceasefire` lever
 * and a `ceasefire` ending — and format 1 scenarios are written so.
 */
import type { PathSegment } from './parseScenarioYaml';
import type { Report } from './Report';
import type { ScenarioInput } from './scenarioSchema';

interface Place {
  readonly kind: string;
  readonly path: readonly PathSegment[];
  /** A param is a key of `params:`; the others are `id:` values. */
  readonly atKey: boolean;
}

const KINDS = [
  ['actors', 'an actor'],
  ['levers', 'a lever'],
  ['metrics', 'a metric'],
  ['events', 'an event'],
  ['endings', 'an ending'],
  ['pressure', 'a pressure'],
  ['dynamics', 'a rule (dynamics)'],
  ['meeting_rules', 'a meeting rule'],
  ['sources', 'a source'],
] as const;

const mayShare = (a: Place, b: Place) =>
  a.path[0] === b.path[0] || [a.path[0], b.path[0]].sort().join(' ') === 'endings levers';

/** Reports each place whose id a place of another kind, earlier in the file, already has. */
export function checkSharedIds(
  input: ScenarioInput,
  report: Report,
  positionOf: (path: readonly PathSegment[], atKey: boolean) => { line: number; col: number },
): void {
  const byId = new Map<string, Place[]>();
  const add = (id: string, place: Place) => byId.set(id, [...(byId.get(id) ?? []), place]);
  for (const [key, kind] of KINDS)
    (input[key] ?? []).forEach((item, i) => add(item.id, { kind, path: [key, i, 'id'], atKey: false }));
  for (const name of Object.keys(input.params ?? {}))
    add(name, { kind: 'a param', path: ['params', name], atKey: true });

  for (const [id, places] of byId) {
    if (places.every((p) => mayShare(p, places[0]!))) continue;
    // Positions only for the ids that collide: reading them makes the fast path parse the file again.
    const ordered = places
      .map((place) => ({ place, at: positionOf(place.path, place.atKey) }))
      .sort((a, b) => a.at.line - b.at.line || a.at.col - b.at.col);
    ordered.forEach(({ place }, i) => {
      const first = ordered.slice(0, i).find((o) => !mayShare(o.place, place));
      if (first)
        report(
          'ID_SHARED',
          place.path,
          `The id \`${id}\` names both ${first.place.kind} (line ${first.at.line}) and ${place.kind} (here).`,
          'Give each its own id: actors, levers, metrics, events, endings, pressures, rules, meeting rules, sources and params never share one.',
          place.atKey,
        );
    });
  }
}
