/**
 * The Log tab's model (selectLog): the seat's log by week, each week opening
 * with what concerns the seat (newcomerWords.test.ts), the rest grouped by kind in the engine's order under headings a student reads, the
 * seat as "you", no package id anywhere; and the live region's lines
 * (freshLines): the week just resolved, from the same sentences.
 */
import { describe, expect, it } from 'vitest';
import { LOG_KINDS } from '../../src/engine/index';
import { freshLines, selectLog } from '../../src/store/selectLog';
import { O } from '../ids';
import { MINERALS, startUkraine, UA } from './kit';

function gameOf(app: ReturnType<typeof startUkraine>['app']) {
  const game = app.store.getState().game;
  if (!game) throw new Error('no game');
  return game;
}

describe("the seat's log", () => {
  it('groups each week by kind, in the engine’s order, under plain headings', () => {
    const { app } = startUkraine();
    app.actions.addOrder({ type: 'propose', actor: UA, clauses: [{ lever: MINERALS, option: O(1) }] });
    app.actions.endWeek();
    app.actions.endWeek();
    const game = gameOf(app);
    const log = selectLog(game.view.scenario, game.log);
    expect(log.map((w) => w.heading)).toEqual(['Week 1 of 6', 'Week 2 of 6', 'Week 3 of 6']);
    for (const week of log) {
      const kinds = week.groups.map((g) => g.kind);
      expect(kinds).toEqual(LOG_KINDS.filter((k) => kinds.includes(k)));
      expect(week.lines).toEqual([...week.summary, ...week.groups.flatMap((g) => g.lines)]);
      for (const g of week.groups) expect(g.lines.every((l) => l.kind === g.kind)).toBe(true);
    }
    const titles = log[0]!.groups.map((g) => g.title);
    expect(titles).toEqual(expect.arrayContaining(['News', 'Your trust, and theirs in you']));
    expect(log[0]!.summary.length).toBeGreaterThan(0);
    const text = log.flatMap((w) => w.lines.map((l) => l.text)).join('\n');
    expect(text).toContain('You make an offer to United States (Minerals fund: A joint fund).');
    expect(text).toMatch(/United States (accepts|rejects|counters|gives no answer to) your offer of week 1/);
    expect(text).not.toMatch(/\bw\d+-[a-z]+-\d+\b/);
  });

  it("keeps the seat's own trust apart from the trust between the others", () => {
    const { app } = startUkraine();
    app.actions.endWeek();
    const game = gameOf(app);
    const week = selectLog(game.view.scenario, game.log)[0]!;
    const mine = week.groups.find((g) => g.kind === 'trust')!.lines.map((l) => l.text);
    const between = week.groups.find((g) => g.kind === 'trust_between')!.lines.map((l) => l.text);
    expect(mine.length).toBeGreaterThan(0);
    for (const line of mine) expect(line).toMatch(/^Your trust in |'s? trust in you /);
    for (const line of between) expect(line).not.toMatch(/^Your |trust in you /);
    // Every change says what moved it.
    for (const line of [...mine, ...between]) expect(line).toMatch(/: .+\.$/);
  });

  it('reads out only the week just resolved and the next week’s news, in the same words', () => {
    const { app } = startUkraine();
    app.actions.endWeek();
    const game = gameOf(app);
    const fresh = freshLines(game.view.scenario, game.log).map((l) => l.text);
    const all = selectLog(game.view.scenario, game.log);
    const week2 = all.find((w) => w.week === 2)!.lines.map((l) => l.text);
    // Week 1's news came before the resolution: it was read out at the opening.
    expect(fresh.some((l) => all[0]!.groups[0]!.lines.some((n) => n.text === l))).toBe(false);
    expect(fresh).toContain('Week 2 of 6');
    for (const line of week2) expect(fresh).toContain(line);
  });
});
