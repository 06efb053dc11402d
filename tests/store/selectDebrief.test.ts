// The debrief's revelations (selectDebrief) and its deal space (selectDealSpace),
// from a game of the UI scenario played to its ending as Ukraine: the others'
// hidden priorities beside the seat's estimates week by week, the world week
// by week, the key moments with the AI's private reasons, and the deal space
// of two actors as the engine's analytics give it (the numbers of
// `npm run sim -- --json`'s analytics).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  compiledOf,
  debriefOf,
  endingThresholds,
  gameAnalytics,
  loadScenario,
  type Debrief,
} from '../../src/engine/authoring';
import { labelled, selectDebrief, temperamentText, type DebriefModel } from '../../src/store/selectDebrief';
import { playGame } from '../engine/playGame';
import { mainCounterpart } from '../../src/store/mainCounterpart';
import { selectDealSpace } from '../../src/store/selectDealSpace';
import { gradeSentence, selectEnding } from '../../src/store/selectEnding';
import { playToEnding, RU, startUkraine, UA, US } from './kit';

function endedGame(): Debrief {
  const { app } = startUkraine();
  expect(selectDebrief(app.store.getState().game?.debrief ?? null)).toBeNull();
  playToEnding(app);
  const debrief = app.store.getState().game?.debrief;
  if (!debrief) throw new Error('the game did not end');
  return debrief;
}

/** Each other side's red lines as the debrief dates them, checked against the events; how many there were. */
function checkRedLines(debrief: Debrief, model: DebriefModel): { declared: number; hidden: number } {
  let week = 0;
  const declared = new Map<string, number>();
  for (const e of debrief.events) {
    if (e.type === 'week_started') week = e.week;
    if (e.type === 'red_line_declared')
      for (const o of e.options) {
        const key = `${e.actor}:${e.lever}:${o}`;
        if (!declared.has(key)) declared.set(key, week);
      }
  }
  const seen = { declared: 0, hidden: 0 };
  for (const other of model.others)
    for (const lever of other.levers) {
      const l = debrief.scenario.levers.find((x) => x.name === lever.lever)!;
      const red = debrief.scenario.actors[other.actor]!.profile.redLines[l.index]!;
      expect(lever.redLines.map((r) => r.option)).toEqual(l.options.filter((_, o) => red[o]).map((o) => o.name));
      for (const r of lever.redLines) {
        const o = l.options.findIndex((x) => x.name === r.option);
        expect(r.declaredIn).toBe(declared.get(`${other.actor}:${l.index}:${o}`) ?? null);
        seen[r.declaredIn === null ? 'hidden' : 'declared'] += 1;
      }
    }
  return seen;
}

describe('selectDebrief', () => {
  const debrief = endedGame();
  const model = selectDebrief(debrief)!;

  it("reveals each other actor's weights, red lines and temperament beside the seat's estimates, week by week", () => {
    expect(model.others.map((o) => o.name)).toEqual(['Russia', 'United States']);
    for (const other of model.others) {
      const actor = debrief.scenario.actors[other.actor]!;
      expect(other.temperament).toBe(debrief.state.temperament[other.actor]);
      expect(other.horizon).toBe(debrief.state.horizon[other.actor]);
      // Heaviest first, and every weight the hidden profile's.
      expect(other.levers.map((l) => l.weight)).toEqual([...actor.profile.weights].sort((a, b) => b - a));
      for (const lever of other.levers) {
        const l = debrief.scenario.levers.find((x) => x.name === lever.lever)!;
        expect(lever.weight).toBe(actor.profile.weights[l.index]);
        expect(lever.estimate).toEqual(debrief.state.estimates[debrief.seat]![other.actor]![l.index]);
        // From "anything" before the talks to the estimate at the end, never wider, always holding the truth.
        expect(lever.byWeek).toHaveLength(model.weeks + 1);
        expect(lever.byWeek[0]).toEqual([0, 1]);
        expect(lever.byWeek.at(-1)).toEqual(lever.estimate);
        lever.byWeek.forEach(([lo, hi], w) => {
          expect(lo).toBeLessThanOrEqual(lever.weight + 1e-9);
          expect(hi).toBeGreaterThanOrEqual(lever.weight - 1e-9);
          if (w > 0) expect(hi - lo).toBeLessThanOrEqual(lever.byWeek[w - 1]![1] - lever.byWeek[w - 1]![0] + 1e-9);
        });
      }
    }
    // Meetings in week 1 narrowed what Ukraine knows of Russia before the talks ended.
    const russia = model.others[0]!.levers[0]!;
    expect(russia.byWeek[1]![1] - russia.byWeek[1]![0]).toBeLessThan(1);
  });

  it("marks on each world value the thresholds that alone end the game, with the ending's title", () => {
    const all = endingThresholds(debrief.scenario).filter((t) => t.alone);
    const marked = model.world.flatMap((v) =>
      v.thresholds.map((t) => `${v.name} ${t.above ? '≥' : '≤'} ${t.at}: ${t.ending}`),
    );
    expect(marked).toEqual(
      all.map(
        (t) => `${debrief.scenario.values[t.value]!.name} ${t.op.startsWith('>') ? '≥' : '≤'} ${t.at}: ${t.title}`,
      ),
    );
  });

  it('gives each world value from before the talks to the end of the last week', () => {
    expect(model.weeks).toBe(3);
    const war = model.world.find((v) => v.name === 'War intensity')!;
    const index = debrief.scenario.values.findIndex((v) => v.name === 'War intensity');
    expect(war.points).toHaveLength(4);
    expect(war.points[0]).toBe(debrief.scenario.values[index]!.initial);
    expect(war.points.at(-1)).toBe(debrief.state.values[index]);
    expect(model.world.some((v) => v.kind === 'support')).toBe(true);
    expect(model.world.every((v) => !/trust/i.test(v.name))).toBe(true);
  });

  it("lists the key moments, each AI decision with its private reasons and the seat's own without", () => {
    const kinds = new Set(model.moments.map((m) => m.kind));
    for (const kind of ['offer', 'answer', 'signature', 'meeting', 'ending']) expect(kinds).toContain(kind);
    const russiaCounters = model.moments.find((m) => m.kind === 'answer' && m.text.startsWith('Russia counters'));
    expect(russiaCounters?.why).toMatch(
      /^it was worth 11 to Russia, who needed at least 28.9 that week \(no deal was worth [\d.]+ to it\)/,
    );
    for (const own of model.moments.filter((m) => /^You /.test(m.text))) expect(own.why).toBeNull();
    expect(model.moments.map((m) => m.week)).toEqual([...model.moments.map((m) => m.week)].sort((a, b) => a - b));
  });

  it('says a moment\'s kind once: a signature reads "Signed: …", never "Signed Signed: …"', () => {
    const signed = model.moments.filter((m) => m.kind === 'signature');
    expect(signed.length).toBeGreaterThan(0);
    for (const m of signed) {
      expect(m.label).toBe('Signed:');
      expect(m.text).not.toMatch(/^Signed/);
    }
    // No label is followed by its own word again ("Signed Signed", "Broken Broken").
    for (const m of model.moments)
      expect(/^\w+/.exec(m.text)?.[0].toLowerCase(), m.text).not.toBe(m.label.replace(':', '').toLowerCase());
    expect(labelled('break', 'Broken: Ceasefire returns to “None” and is open again.')).toEqual({
      label: 'Broken:',
      text: 'Ceasefire returns to “None” and is open again.',
    });
    expect(labelled('offer', 'You make an offer to Russia (Ceasefire: Full ceasefire).')).toEqual({
      label: 'Offer',
      text: 'You make an offer to Russia (Ceasefire: Full ceasefire).',
    });
  });
});

describe('temperamentText', () => {
  it('orders its words by the week the side planned to be half-way down, never by the number alone', () => {
    const rank = { 'gave ground early': 0, 'gave ground steadily': 1, 'held out until late': 2 } as const;
    const told: { halfway: number; rank: number }[] = [];
    for (let e = 0.5; e <= 1.4; e += 0.05)
      for (let horizon = 6; horizon <= 10; horizon++) {
        const text = temperamentText({}, e, horizon, 10, 'week');
        const [, words, halfway] =
          /^It (.+?): it planned to come half-way down .* by week (\d+), and all the way by week (\d+)$/.exec(text)!;
        expect(text).not.toMatch(/\d\.\d/);
        told.push({ halfway: Number(halfway), rank: rank[words as keyof typeof rank] });
      }
    // An earlier half-way week never has a later-sounding word.
    for (const a of told) for (const b of told) if (a.halfway < b.halfway) expect(a.rank).toBeLessThanOrEqual(b.rank);
    expect(new Set(told.map((t) => t.rank)).size).toBe(3);
    expect(temperamentText({ plural: true }, 1, 8, 10, 'week')).toMatch(/^They .*: they planned .* worth to them by/);
  });
});

describe('selectDealSpace', () => {
  const debrief = endedGame();

  it("is the engine's analytics of the pair: every package, the frontier, the Nash point, the zone, the deal", () => {
    expect(mainCounterpart(debrief)).toBe(RU);
    const space = selectDealSpace(debrief, UA, RU)!;
    const all = gameAnalytics(debrief.scenario, debrief.scoreInput);
    expect(space.names).toEqual(['Ukraine', 'Russia']);
    expect(space.points).toHaveLength(all.packages);
    expect(space.reservations).toEqual([all.reservations['ukraine'], all.reservations['russia']]);
    expect([space.deal.a, space.deal.b]).toEqual([all.deal.utilities['ukraine'], all.deal.utilities['russia']]);
    // The signed outcome is worth what the grades say it is worth.
    expect(space.deal.a).toBeCloseTo(debrief.scores.find((s) => s.actor === UA)!.utility, 9);
    // Nothing beats a frontier point for both; every point of the zone beats both reservations.
    for (const f of space.frontier)
      expect(space.points.some(([a, b]) => a >= f.a && b >= f.b && (a > f.a || b > f.b))).toBe(false);
    const inZone = space.points.filter(([a, b]) => a >= space.reservations[0] && b >= space.reservations[1]);
    expect(space.zopa.count).toBe(inZone.length);
    const nash = space.nash!;
    const product = ([a, b]: readonly [number, number]) => (a - space.reservations[0]) * (b - space.reservations[1]);
    expect(product([nash.a, nash.b])).toBeCloseTo(Math.max(...inZone.map(product)), 9);
    // Off the frontier by the distance the engine measures, and a package both prefer by that much.
    expect(space.deal.onFrontier).toBe(false);
    expect(space.deal.distance).toBeCloseTo(2, 9);
    expect(space.deal.better!.a - space.deal.a).toBeGreaterThanOrEqual(2 - 1e-9);
    expect(space.deal.better!.b - space.deal.b).toBeGreaterThanOrEqual(2 - 1e-9);
  });

  it("draws each side's offers as the world would have been had they been signed then", () => {
    const space = selectDealSpace(debrief, UA, RU)!;
    expect(space.offers.map((o) => [o.name, o.by])).toEqual([
      ['Your offer of week 1', 0],
      ['Your second offer of week 1', 0],
      ["Russia's counter-offer of week 2", 1],
    ]);
    // Russia's counter-offer was signed as it stood: it is the deal.
    expect(space.offers[2]).toMatchObject({ a: space.deal.a, b: space.deal.b });
    expect(selectDealSpace(debrief, UA, UA)).toBeNull();
    expect(selectDealSpace(debrief, US, UA)?.names).toEqual(['United States', 'Ukraine']);
  });

  it("lists each offer's own clauses apart from the levers that stood already", () => {
    const space = selectDealSpace(debrief, UA, RU)!;
    for (const o of space.offers) {
      expect(o.clauses).not.toBe('');
      // Nothing stands twice: a lever the offer proposes is not among those that stood.
      for (const clause of o.clauses.split('; ')) expect(o.standing).not.toContain(clause.split(':')[0]);
    }
    // Week 1: nothing was signed yet; Russia's counter-offer of week 2 came after the minerals fund was signed.
    expect(space.offers[0]?.standing).toBe('');
    expect(space.offers[2]?.standing).toContain('Minerals fund: A joint fund');
  });

  it("gives every landmark's other levers, and the frontier's packages nearest the outcome with their terms", () => {
    const space = selectDealSpace(debrief, UA, RU)!;
    const levers = debrief.scenario.levers.length;
    for (const p of [space.nash!, space.deal.better!, ...space.nearest]) {
      const listed = p.terms.split('; ').filter((t) => t !== 'every other lever as before the talks').length;
      expect(p.terms.endsWith('every other lever as before the talks')).toBe(listed < levers);
    }
    expect(space.nearest.length).toBe(Math.min(5, space.frontier.length));
    const distance = (p: { a: number; b: number }) => Math.hypot(p.a - space.deal.a, p.b - space.deal.b);
    const nearestFar = Math.max(...space.nearest.map(distance));
    const beyond = space.frontier.filter((f) => !space.nearest.some((n) => n.a === f.a && n.b === f.b));
    for (const f of beyond) expect(distance(f)).toBeGreaterThanOrEqual(nearestFar - 1e-9);
  });
});

describe('grades in one vocabulary', () => {
  it('names the threshold "strong from" and the best "the best deal possible", never a "good outcome"', () => {
    const ending = selectEnding({ debrief: endedGame(), branch: false })!;
    for (const g of ending.grades) {
      expect(g.sentence).toMatch(/an outcome is strong from [+−]?\d/);
      expect(g.sentence).toMatch(/the best deal possible was worth/);
      expect(g.sentence).not.toMatch(/good/);
      expect(g.sentence.startsWith(`${g.gradeWord} outcome for `)).toBe(true);
    }
    const base = { result: -0.01, startReservation: 40, goodThreshold: 10, best: 70 };
    expect(gradeSentence({ ...base, grade: 'weak' }, 'Russia')).toBe(
      'Weak outcome for Russia: just below what no deal was worth at the start of the talks (40); an outcome is strong from +10, and the best deal possible was worth +30.',
    );
  });
});

describe('red lines in the debrief (ukraine-2025, every seat the negotiator, as Russia)', () => {
  it('dates each red line by the week it was declared, and calls it hidden only when it never was', () => {
    const loaded = loadScenario(readFileSync('scenarios/ukraine-2025.yaml', 'utf8'), 'ukraine-2025.yaml');
    if (!loaded.ok) throw new Error('ukraine-2025 does not load');
    const russia = compiledOf(loaded.scenario).actors.find((a) => a.id === 'russia')!.index;
    const told = { declared: 0, hidden: 0 };
    for (const seed of [1, 2, 3]) {
      const game = playGame(compiledOf(loaded.scenario), seed, 'negotiator');
      const debrief = debriefOf(loaded.scenario, game, russia)!;
      const seen = checkRedLines(debrief, selectDebrief(debrief)!);
      told.declared += seen.declared;
      told.hidden += seen.hidden;
    }
    expect(told.declared).toBeGreaterThan(0);
  });
});
