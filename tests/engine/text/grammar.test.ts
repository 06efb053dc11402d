/**
 * Names in sentences: the text functions, the scenario fields `plural` and
 * `article` that feed them (public, like the name), and the log's sentences
 * agreeing with a plural actor ("the European allies learn"), a singular one
 * that takes "the" ("the United States learns") and a plain one ("Russia
 * learns"). Facts are pinned as data; whole sentences only where the
 * sentence's grammar is what is tested.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatEvent } from '../../../src/engine/game/formatLog';
import type { GameEvent } from '../../../src/engine/game/GameEvent';
import type { Package } from '../../../src/engine/game/GameState';
import { publicScenarioOf } from '../../../src/engine/game/PublicScenario';
import type { CompiledScenario } from '../../../src/engine/scenario/CompiledScenario';
import { loadScenario } from '../../../src/engine/scenario/loadScenario';
import { agree, capitalise, joinNames, possessive, subject, theName } from '../../../src/engine/text';
import { A, L, O } from '../../ids';
import type { ActorIndex } from '../../../src/engine/game/ids';

function load(file: string): CompiledScenario {
  const result = loadScenario(readFileSync(file, 'utf8'), file);
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics, null, 1));
  return result.scenario;
}

const scenario = load('tests/fixtures/allies.yaml');
const view = publicScenarioOf(scenario);
const [EUROPE, USA, RUSSIA] = [A(0), A(1), A(2)];
const [CEASEFIRE, SANCTIONS] = [L(0), L(1)];
const format = (event: GameEvent) => formatEvent(view, event);

describe('the text functions', () => {
  const europe = { name: 'European allies', plural: true, article: 'the' };
  const usa = { name: 'United States', article: 'the' };
  const russia = { name: 'Russia' };

  it('joinNames lists names with commas and a final "and"', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Russia'])).toBe('Russia');
    expect(joinNames(['Russia', 'Ukraine'])).toBe('Russia and Ukraine');
    expect(joinNames(['Russia', 'Ukraine', 'the United States'])).toBe('Russia, Ukraine and the United States');
  });

  it('possessive adds only an apostrophe after an s', () => {
    expect(possessive('Russia')).toBe("Russia's");
    expect(possessive('European allies')).toBe("European allies'");
    expect(possessive(theName(usa))).toBe("the United States'");
  });

  it('theName puts the article before the name; capitalise starts a sentence', () => {
    expect([europe, usa, russia].map(theName)).toEqual(['the European allies', 'the United States', 'Russia']);
    expect(capitalise(theName(europe))).toBe('The European allies');
    expect(capitalise('')).toBe('');
  });

  it('agree and subject pick the form that agrees with the name', () => {
    expect([europe, usa, russia].map((who) => agree(who, 'its', 'their'))).toEqual(['their', 'its', 'its']);
    expect([europe, usa, russia].map((who) => subject(who, 'learns', 'learn'))).toEqual([
      'the European allies learn',
      'the United States learns',
      'Russia learns',
    ]);
  });
});

describe('plural and article in a scenario', () => {
  it('compile into the actor, defaulting to singular with no article', () => {
    expect(scenario.actors.map((a) => [a.id, a.plural, a.article])).toEqual([
      ['europe', true, 'the'],
      ['usa', false, 'the'],
      ['russia', false, ''],
    ]);
    expect(load('tests/fixtures/minimal.yaml').actors.map((a) => [a.plural, a.article])).toEqual([
      [false, ''],
      [false, ''],
    ]);
  });

  it('are public: every view of the scenario has them', () => {
    expect(view.actors.map((a) => [a.plural, a.article])).toEqual([
      [true, 'the'],
      [false, 'the'],
      [false, ''],
    ]);
    expect(view.actors[EUROPE]).not.toHaveProperty('profile');
  });

  it('are checked by the loader', () => {
    const text = readFileSync('tests/fixtures/allies.yaml', 'utf8');
    const codes = (from: string, to: string) =>
      loadScenario(text.replace(from, to), 'allies.yaml').diagnostics.map((d) => d.code);
    expect(codes('plural: true', 'plural: yes')).toContain('SCHEMA_TYPE');
    expect(codes('    article: the\n    leader: The President', '    article: a\n    leader: The President')).toContain(
      'SCHEMA_VALUE',
    );
  });

  it('make the names of trust values read right', () => {
    const name = (a: ActorIndex, b: ActorIndex) => scenario.values[scenario.trustIndex(a, b)]!.name;
    expect(name(EUROPE, USA)).toBe("The European allies' trust in the United States");
    expect(name(RUSSIA, EUROPE)).toBe("Russia's trust in the European allies");
  });
});

describe('the log agrees with each actor', () => {
  const pkg = (
    proposer: ActorIndex,
    clauses: Package['clauses'],
    parties: ActorIndex[],
    counters: string | null = null,
  ) => ({ id: `w1-${proposer}-1`, proposer, week: 1, clauses, parties, copied: [], counters }) satisfies Package;

  /** Every event whose sentence starts with an actor, as that actor. */
  const startingWith = (a: ActorIndex): GameEvent[] => {
    const other = a === RUSSIA ? USA : RUSSIA;
    return [
      { type: 'pressure_applied', actor: a, pressure: 0, reasons: null },
      { type: 'red_line_declared', actor: a, lever: SANCTIONS, options: [O(1)], reasons: null },
      { type: 'flexibility_signalled', actor: a, lever: SANCTIONS, reasons: null },
      { type: 'importance_learnt', observer: a, target: other, lever: CEASEFIRE, to: [a] },
      { type: 'meeting_held', initiator: a, participants: [a, other], reasons: null },
      { type: 'estimates_narrowed', observer: a, target: other, levers: [CEASEFIRE], intervals: [[0.2, 0.6]], to: [a] },
      { type: 'costliest_learnt', observer: a, target: other, lever: CEASEFIRE, to: [a] },
      ...(['accept', 'reject', 'counter', 'none'] as const).map((answer): GameEvent => ({
        type: 'answered',
        actor: a,
        package: 'w1-x-1',
        proposer: other,
        answer,
        reasons: null,
      })),
      { type: 'red_line_broken', actor: a, lever: SANCTIONS, option: O(1) },
      { type: 'package_delivered', package: pkg(a, [{ lever: CEASEFIRE, option: O(1) }], [a, other]), reasons: null },
      {
        type: 'package_delivered',
        package: pkg(a, [{ lever: CEASEFIRE, option: O(1) }], [a, other], 'w1-x-1'),
        reasons: null,
      },
    ];
  };

  it.each([
    ['the European allies', EUROPE, 'The European allies ', 'plural'],
    ['the United States', USA, 'The United States ', 'singular'],
    ['Russia', RUSSIA, 'Russia ', 'singular'],
  ] as const)('%s: the sentence starts with the name and a verb that agrees', (_name, a, start, number) => {
    for (const event of startingWith(a)) {
      const line = format(event);
      expect(line.startsWith(start), line).toBe(true);
      // The verb is the first word after the name (after "now" in "now thinks").
      const verb = line.slice(start.length).replace(/^now /, '').split(' ')[0]!;
      expect(verb.endsWith('s'), `${event.type}: ${line}`).toBe(number === 'singular');
    }
  });

  it('a plural actor learns, and has an apostrophe-only possessive, in mid-sentence too', () => {
    expect(format({ type: 'costliest_learnt', observer: EUROPE, target: USA, lever: CEASEFIRE, to: [EUROPE] })).toBe(
      'The European allies learn that, of the levers open now, the United States has most at stake in Ceasefire.',
    );
    expect(format({ type: 'costliest_learnt', observer: RUSSIA, target: EUROPE, lever: SANCTIONS, to: [RUSSIA] })).toBe(
      'Russia learns that, of the levers open now, the European allies have most at stake in Sanctions.',
    );
    expect(format({ type: 'importance_learnt', observer: USA, target: EUROPE, lever: CEASEFIRE, to: [USA] })).toBe(
      'The United States learns how much Ceasefire matters to the European allies.',
    );
  });

  it('lists of actors take their articles', () => {
    expect(format({ type: 'meeting_held', initiator: USA, participants: [EUROPE, USA, RUSSIA], reasons: null })).toBe(
      'The United States calls a summit with the European allies and Russia.',
    );
  });

  it('pronouns and second verbs agree too', () => {
    expect(format({ type: 'red_line_broken', actor: EUROPE, lever: SANCTIONS, option: O(1) })).toBe(
      'The European allies sign across their own red line on Sanctions (“Lifted”).',
    );
    expect(format({ type: 'red_line_broken', actor: RUSSIA, lever: SANCTIONS, option: O(1) })).toBe(
      'Russia signs across its own red line on Sanctions (“Lifted”).',
    );
    const alone = pkg(EUROPE, [{ lever: SANCTIONS, option: O(1) }], [EUROPE]);
    expect(format({ type: 'package_delivered', package: alone, reasons: null })).toBe(
      'The European allies make an offer that they alone sign (Sanctions: Lifted).',
    );
  });
});
