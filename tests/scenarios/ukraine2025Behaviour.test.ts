/**
 * The computer players of ukraine-2025 act as their own briefings say they
 * would. Over seeded games with the default negotiator in every seat:
 *   - Ukraine does not call wartime elections: its briefing says elections
 *     come once martial law ends, so it signs "Elections are held" with no
 *     ceasefire in force in at most 5% of games;
 *   - Zelensky does not step down while the war goes on: he offered to
 *     resign if that would ensure peace, so Ukraine signs "Zelensky
 *     resigns" with no full ceasefire in force in at most 5% of games;
 *   - Ukraine freezes the front line only with a ceasefire: a line cannot be
 *     frozen while the fighting goes on, and Ukraine will not give up land
 *     for nothing, so "Freeze the front line" is signed with no ceasefire in
 *     force after it in at most 5% of games;
 *   - the United States and the European allies ease sanctions only for a
 *     ceasefire ("if it buys a real peace", "until a real peace"): sanctions
 *     relief is signed with no ceasefire in force in at most 5% of games;
 *   - Russia rules out troops from NATO countries in Ukraine: it never signs
 *     a package that puts any European force there;
 *   - Russia wants Ukraine outside NATO for good: it never signs a package
 *     that only puts Ukraine's membership off for years;
 *   - the European allies and the United States would send a force to secure
 *     a ceasefire, not into a war: a European force is signed with no
 *     ceasefire in force in at most 5% of games;
 * and, in the profile itself, the United States prefers Zelensky staying to
 * his resigning (it asks for elections, not for a resignation).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Game } from '../../src/engine/game/Game';
import { loadScenario } from '../../src/engine/scenario/loadScenario';
import { at } from '../../src/engine/util/at';
import { playGame, seeds } from '../engine/playGame';

const loaded = loadScenario(readFileSync('scenarios/ukraine-2025.yaml'), 'ukraine-2025.yaml');
if (!loaded.ok) throw new Error('ukraine-2025 does not load');
const scenario = loaded.scenario;
const GAMES = 300;

const actor = (id: string) => {
  const found = scenario.actors.find((a) => a.id === id);
  if (!found) throw new Error(`no actor ${id}`);
  return found;
};
const lever = (id: string) => {
  const found = scenario.levers.find((l) => l.id === id);
  if (!found) throw new Error(`no lever ${id}`);
  return { index: found.index, option: (o: string) => found.options.findIndex((x) => x.id === o) };
};
const [leadership, ceasefire, sanctions, security, territory] = [
  'leadership',
  'ceasefire',
  'sanctions',
  'security',
  'territory',
].map(lever) as [
  ReturnType<typeof lever>,
  ReturnType<typeof lever>,
  ReturnType<typeof lever>,
  ReturnType<typeof lever>,
  ReturnType<typeof lever>,
];

interface Signed {
  /** The option each lever the package settled now holds (a clause voided by the conflict rule is not among them). */
  readonly terms: Map<number, number>;
  /** The ceasefire in force just before the package was signed. */
  readonly ceasefireBefore: number;
  readonly parties: readonly number[];
}

/** Every package signed in a game, in order, with the ceasefire in force just before it. */
function signings(game: Game): Signed[] {
  let ceasefireNow = ceasefire.option('none');
  const byId = new Map<string, Signed>();
  for (const e of game.events) {
    if (e.type === 'package_signed')
      byId.set(e.package.id, { terms: new Map(), ceasefireBefore: ceasefireNow, parties: e.package.parties });
    if (e.type === 'lever_settled') {
      byId.get(e.package)?.terms.set(e.lever, e.option);
      if (e.lever === ceasefire.index) ceasefireNow = e.option;
    }
    // A pressure or an event may break a signed ceasefire: the fighting is back.
    if (e.type === 'lever_broken' && e.lever === ceasefire.index) ceasefireNow = ceasefire.option('none');
  }
  return [...byId.values()];
}

describe('ukraine-2025: the computer players act as their briefings say', () => {
  const games = seeds(GAMES).map((seed) => signings(playGame(scenario, seed, 'negotiator')));
  const share = (wrong: (s: Signed) => boolean) => games.filter((g) => g.some(wrong)).length / GAMES;
  const noCeasefire = ceasefire.option('none');

  it('Ukraine calls no elections while the war goes on', () => {
    const elections = leadership.option('elections');
    const rate = share((s) => s.terms.get(leadership.index) === elections && s.terms.get(ceasefire.index) === undefined && s.ceasefireBefore === noCeasefire);
    expect(rate).toBeLessThanOrEqual(0.05);
  });

  it('Zelensky does not resign before a full ceasefire', () => {
    const resigns = leadership.option('resigns');
    const full = ceasefire.option('full');
    const rate = share(
      (s) => s.terms.get(leadership.index) === resigns && (s.terms.get(ceasefire.index) ?? s.ceasefireBefore) !== full,
    );
    expect(rate).toBeLessThanOrEqual(0.05);
  });

  it('Ukraine freezes the front line only with a ceasefire', () => {
    const frozen = territory.option('frozen_line');
    const rate = share(
      (s) => s.terms.get(territory.index) === frozen && (s.terms.get(ceasefire.index) ?? s.ceasefireBefore) === noCeasefire,
    );
    expect(rate).toBeLessThanOrEqual(0.05);
  });

  it('the United States and the European allies ease sanctions only for a ceasefire', () => {
    const relief = [sanctions.option('phased_relief'), sanctions.option('lifted')];
    const rate = share((s) => {
      const eased = s.terms.get(sanctions.index);
      const ceasefireAfter = s.terms.get(ceasefire.index) ?? s.ceasefireBefore;
      return eased !== undefined && relief.includes(eased) && ceasefireAfter === noCeasefire;
    });
    expect(rate).toBeLessThanOrEqual(0.05);
  });

  it('Russia signs no package that puts a European force in Ukraine', () => {
    const forces = [security.option('european_force'), security.option('european_force_us_backstop')];
    const russia = actor('russia').index;
    const signed = games.flat().filter((s) => s.parties.includes(russia));
    expect(signed.length).toBeGreaterThan(0);
    expect(signed.filter((s) => forces.includes(s.terms.get(security.index) ?? -1))).toEqual([]);
  });

  it('Russia signs no package that only postpones NATO', () => {
    const nato = lever('nato');
    const russia = actor('russia').index;
    const signed = games.flat().filter((s) => s.parties.includes(russia));
    expect(signed.filter((s) => s.terms.get(nato.index) === nato.option('postpone'))).toEqual([]);
  });

  it('the European allies and the United States send no force into a war', () => {
    const forces = [security.option('european_force'), security.option('european_force_us_backstop')];
    const rate = share((s) => {
      const sent = s.terms.get(security.index);
      const ceasefireAfter = s.terms.get(ceasefire.index) ?? s.ceasefireBefore;
      return sent !== undefined && forces.includes(sent) && ceasefireAfter === noCeasefire;
    });
    expect(rate).toBeLessThanOrEqual(0.05);
  });

  it('the United States prefers Zelensky staying to his resigning', () => {
    const values = at(actor('usa').profile.weighted, leadership.index);
    expect(at(values, leadership.option('stays'))).toBeGreaterThan(at(values, leadership.option('resigns')));
  });
});
