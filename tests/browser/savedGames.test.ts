// Saved games in the built app: two games started one after the other are
// both in the list; one exported and imported again opens at the same week
// with the same log; a file from an older version of a bundled scenario
// replays to its first move that no longer applies, says so, and goes on as
// a branch.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as engine from '../../src/engine/index';
import { loadScenario } from '../../src/engine/loader';
import { endWeek, expectAccessible, openFixture, ROOT, shot, sideText, startAs, useApp, weekShown } from './appPage';

async function toSavedGames(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Saved games/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Saved games' }).waitFor();
}

async function importFile(page: Page, text: string): Promise<void> {
  await page
    .getByLabel('Game file (.json)')
    .setInputFiles({ name: 'game.json', mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** A game file of the tutorial as an older Parley shipped it, with a fishing option since removed, proposed in week 1. */
function olderTutorialFile(): string {
  const today = readFileSync(resolve(ROOT, 'scenarios/tutorial.yaml'), 'utf8');
  const older = today
    .replace(
      '      - { id: north_first, name: Northport fishes first }\n',
      '      - { id: north_first, name: Northport fishes first }\n      - { id: south_first, name: Southbay fishes first }\n',
    )
    .replace(/north_first: (\d+) \}/g, 'north_first: $1, south_first: 0 }');
  const loaded = loadScenario(older, 'tutorial.yaml');
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join('\n'));
  const scenario = loaded.scenario;
  const actors = engine.publicScenario(scenario).actors;
  const seats = Object.fromEntries(actors.map((a) => [a.id, a.index === 0 ? engine.HUMAN : engine.DEFAULT_POLICY]));
  const made = engine.seatPolicies(scenario, seats, 5);
  if (!made.ok) throw new Error('no seats');
  const fishing = engine.publicScenario(scenario).levers.findIndex((l) => l.id === 'fishing');
  const propose = { type: 'propose', actor: 0, clauses: [{ lever: fishing, option: 3 }] } as unknown as engine.Action;
  const game = engine.playWeek(scenario, engine.newGame(scenario, 5, made.policies), made.policies, [propose]);
  const record = engine.recordGame(scenario, game, { seed: 5, seats });
  const title = scenario.title;
  return JSON.stringify({
    format: 'parley-saved-game',
    version: 2,
    ended: false,
    scenario: { file: 'tutorial.yaml', id: 'tutorial', title, bundled: true, text: older },
    record,
    orders: [],
  });
}

describe('saved games', () => {
  const app = useApp();

  it('keeps two games side by side, exports one and imports it at the same week with the same log', async () => {
    const { page } = app;
    await openFixture(page);
    await startAs(page, 'Ukraine');
    await endWeek(page);
    expect(await weekShown(page)).toBe(2);
    const log = await sideText(page, 'Log');
    await page.getByRole('button', { name: 'Back to title' }).click();

    await openFixture(page);
    await startAs(page, 'Russia');
    await page.getByRole('button', { name: 'Back to title' }).click();
    await page.getByRole('button', { name: 'Saved games (2)' }).waitFor();
    await toSavedGames(page);
    const cards = page.locator('.saved-list li');
    await expect.poll(() => cards.count()).toBe(2);
    expect(await cards.nth(0).textContent()).toMatch(/as Russia.*week 1/);
    expect(await cards.nth(1).textContent()).toMatch(/as Ukraine.*week 2/);
    await expectAccessible(page);
    await shot(page, 'saved-games');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: /^Export: Test talks \(frozen UI fixture\) as Ukraine, week 2/ }).click();
    const text = readFileSync((await (await download).path()) ?? '', 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'parley-saved-game', scenario: { bundled: false } });

    await importFile(page, text);
    await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    expect(await weekShown(page)).toBe(2);
    expect(await sideText(page, 'Log')).toBe(log);
    await page.getByRole('button', { name: 'Back to title' }).click();
    await page.getByRole('button', { name: 'Saved games (3)' }).waitFor();
    expect(app.observed.allProblems()).toEqual([]);
  });

  it('replays a file from an older version of a bundled scenario to its first move that no longer applies', async () => {
    const { page } = app;
    await toSavedGames(page);
    await importFile(page, olderTutorialFile());
    const offer = page.getByRole('alert');
    await offer.waitFor();
    const said = await offer.textContent();
    expect(said).toContain('This scenario has changed since this game was played.');
    expect(said).toContain(
      'It replays until week 1, where Northport’s move — a proposal (Fishing rights in the bay: something no longer in the scenario) — no longer applies',
    );
    await expectAccessible(page);
    await shot(page, 'saved-games-older-scenario');
    await page.getByRole('button', { name: 'Go on from week 1 as a branch' }).click();
    await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    expect(await weekShown(page)).toBe(1);
    expect(app.observed.allProblems()).toEqual([]);
  });

  it('refuses a file changed by hand and leaves the list as it was', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Back to title' }).click();
    await toSavedGames(page);
    const before = await page.locator('.saved-list li').count();
    const edited = JSON.parse(olderTutorialFile()) as { record: { seed: number } };
    edited.record.seed += 1;
    await importFile(page, JSON.stringify(edited));
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toBe(
      'This file cannot be opened: it was changed by hand after it was saved, so it cannot be trusted.',
    );
    expect(await page.locator('.saved-list li').count()).toBe(before);
    await shot(page, 'saved-games-refused');
  });
});
