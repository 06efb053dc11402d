/**
 * `scenario explain`: the numbers it gives are the model's own, recomputed
 * here another way — every package enumerated lever by lever and valued
 * with utilityOf against each actor's reservation value at the start — and
 * its words say whether a deal is possible, with the quick batch's endings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatExplanation } from '../../src/cli/formatExplanation';
import { explainScenario } from '../../src/engine/explain/explainScenario';
import { createGame } from '../../src/engine/game/createGame';
import { envOf } from '../../src/engine/game/envOf';
import { reservationOf } from '../../src/engine/model/reservationOf';
import { utilityOf } from '../../src/engine/model/utilityOf';
import type { CompiledScenario } from '../../src/engine/scenario/CompiledScenario';
import { loadScenario } from '../../src/engine/scenario/loadScenario';

function load(text: string, file: string): CompiledScenario {
  const loaded = loadScenario(Buffer.from(text), file);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.scenario;
}

/** Every package as each lever's option, by nested enumeration. */
function everyPackage(scenario: CompiledScenario): number[][] {
  let all: number[][] = [[]];
  for (const l of scenario.levers) all = all.flatMap((p) => l.options.map((_, o) => [...p, o]));
  return all;
}

const tutorialText = readFileSync('scenarios/tutorial.yaml', 'utf8');

describe('scenario explain', () => {
  const scenario = load(tutorialText, 'tutorial.yaml');
  const e = explainScenario(scenario, 60);

  it('counts the packages each actor prefers to no deal, and the zone of agreement, as the model values them', () => {
    const start = createGame(scenario, 1).state;
    const rv = scenario.actors.map((a) => reservationOf(a, envOf(scenario, start)));
    const value = (a: number, p: number[]) => utilityOf(scenario.actors[a]!.profile, p, start.values);
    const statusQuo = scenario.levers.map((l) => l.statusQuo);
    // The status quo changes nothing: it is no package to agree on.
    const packages = everyPackage(scenario).filter((p) => p.some((o, l) => o !== statusQuo[l]));
    expect(e.packages).toBe(packages.length);
    expect(e.zone).toBe(packages.filter((p) => scenario.actors.every((a) => value(a.index, p) >= rv[a.index]!)).length);
    for (const a of scenario.actors) {
      const mine = e.actors[a.index]!;
      expect(mine.reservation).toBeCloseTo(rv[a.index]!, 9);
      expect(mine.statusQuo).toBeCloseTo(
        value(
          a.index,
          scenario.levers.map((l) => l.statusQuo),
        ),
        9,
      );
      expect(mine.acceptable).toBe(packages.filter((p) => value(a.index, p) >= rv[a.index]!).length);
      expect(mine.favourite?.utility).toBeCloseTo(Math.max(...packages.map((p) => value(a.index, p))), 9);
    }
  });

  it('says the zone is open, names each favourite in words, and lists every ending of the quick batch', () => {
    expect(e.batch.endings.reduce((n, x) => n + x.games, 0)).toBe(60);
    const text = formatExplanation(scenario, e);
    expect(text).toMatch(/Zone of agreement at the start: open — \d+ of the 17 packages that change something/);
    expect(text).toMatch(
      /Northport: the status quo is worth \d+\.\d to it; no deal \(its reservation value\) \d+\.\d, \d+\.\d more\./,
    );
    expect(text).toMatch(/Its favourite package \(worth \d+\.\d\): Fishing rights in the bay: Northport fishes first/);
    for (const ending of scenario.endings) expect(text).toContain(`(${ending.id}): `);
  });

  it('shows the fairest packages of the zone: by least gain over no deal, largest first, each one in the zone', () => {
    const start = createGame(scenario, 1).state;
    const rv = scenario.actors.map((a) => reservationOf(a, envOf(scenario, start)));
    const least = (p: readonly number[]) =>
      Math.min(...scenario.actors.map((a) => utilityOf(a.profile, p, start.values) - rv[a.index]!));
    const statusQuo = scenario.levers.map((l) => l.statusQuo);
    const zone = everyPackage(scenario).filter((p) => p.some((o, l) => o !== statusQuo[l]) && least(p) >= 0);
    const expected = zone
      .map(least)
      .sort((x, y) => y - x)
      .slice(0, 3);
    expect(e.zoneBest.map((z) => z.leastGain)).toEqual(expected.map((x) => expect.closeTo(x, 9)));
    for (const z of e.zoneBest) expect(least(z.options)).toBeCloseTo(z.leastGain, 9);
    const text = formatExplanation(scenario, e);
    expect(text).toContain('  The 3 fairest (what the side it suits least gains over no deal):');
    expect(text).toMatch(/\n {4}Fishing rights in the bay: [^\n]+ \(\+\d+\.\d\)\n/);
  });

  it('lists the names the table will wrap onto several lines, and none when all are short', () => {
    expect(e.longNames).toEqual([]);
    const long = 'The harbour master of Northport and his deputy';
    const wordy = load(
      tutorialText
        .replace('name: Fishing rights in the bay', `name: ${long} on fishing rights in the bay`)
        .replace(/name: Northport$/m, `name: ${long}`),
      'tutorial.yaml',
    );
    const found = explainScenario(wordy, 5).longNames;
    expect(found).toEqual([
      { what: 'actor', name: long, length: long.length, limit: 30 },
      { what: 'lever', name: `${long} on fishing rights in the bay`, length: long.length + 29, limit: 60 },
    ]);
    expect(formatExplanation(wordy, explainScenario(wordy, 5))).toContain(
      `  actor: "${long}" — ${long.length} characters; about 30 or fewer read well.`,
    );
  });

  it('says when the zone is closed, and what to change', () => {
    const closed = load(
      tutorialText.replace('reservation: "38 - param.tension_cost * world.tension"', 'reservation: "99"'),
      'tutorial.yaml',
    );
    const text = formatExplanation(closed, explainScenario(closed, 10));
    expect(text).toContain(
      'Zone of agreement at the start: closed — no package is better than no deal for every actor.',
    );
  });
});
