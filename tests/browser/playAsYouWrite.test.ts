// Play as you write (docs/authoring.md, "Play it in the browser"): under
// `npm run dev`, a save with errors leaves the game running and lists them
// with file:line:col; a save without errors reloads the page, which carries
// the game on to the new version; a new file with errors stays out of the list.
// The dev server runs in a copy of the project, so the repository's own
// scenarios are never written to.
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDE_KEY } from '../../src/store/GuideSlot';
import { canvasReady, endWeek, expectAccessible, ROOT, shot, weekShown } from './appPage';
import { exceptAborted, launchBrowser, openObservedPage, type ObservedPage } from './launchBrowser';

let project = '';
let server: ViteDevServer | undefined;
let browser: Browser | undefined;
let observed: ObservedPage | undefined;
let tutorial = '';

const scenarioFile = (name: string) => join(project, 'scenarios', name);
// A reload cancels the requests still in flight: not a problem of the page.
const problems = () => exceptAborted(observed!.allProblems());
const panel = (page: Page) => page.getByRole('region', { name: 'Errors in scenario files' });

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'parley-dev-'));
  for (const file of ['index.html', 'vite.config.ts', 'tsconfig.json', 'package.json'])
    await cp(resolve(ROOT, file), join(project, file));
  for (const folder of ['src', 'assets']) await cp(resolve(ROOT, folder), join(project, folder), { recursive: true });
  await mkdir(join(project, 'scenarios'));
  await cp(resolve(ROOT, 'scenarios/scenario.schema.json'), scenarioFile('scenario.schema.json'));
  tutorial = await readFile(resolve(ROOT, 'scenarios/tutorial.yaml'), 'utf8');
  await writeFile(scenarioFile('tutorial.yaml'), tutorial);
  await symlink(resolve(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  server = await createServer({
    root: project,
    configFile: join(project, 'vite.config.ts'),
    cacheDir: join(project, '.vite'),
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: 0, strictPort: true },
  });
  await server.listen();
  const { port } = server.httpServer?.address() as AddressInfo;
  browser = await launchBrowser();
  observed = await openObservedPage(browser);
  await observed.page.context().addInitScript((key: string) => localStorage.setItem(key, '"done"'), GUIDE_KEY);
  await observed.page.goto(`http://127.0.0.1:${port}/?seed=5`);
  await observed.page.locator('h1').first().waitFor({ timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await observed?.close();
  await browser?.close();
  await server?.close();
  if (project) await rm(project, { recursive: true, force: true });
});

describe('play as you write, under npm run dev', () => {
  it('keeps the game running through a save with errors, and lists them with file:line:col', async () => {
    const page = observed!.page;
    await page.getByRole('button', { name: 'Choose a scenario' }).click();
    await page.getByRole('button', { name: /^Play “Tutorial/ }).click();
    await page.getByRole('button', { name: /^Play as Northport/ }).click();
    await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    await endWeek(page);
    expect(await weekShown(page)).toBe(2);

    // A misspelt key on line 10 (`id:` → `idd:`).
    await writeFile(scenarioFile('tutorial.yaml'), tutorial.replace('\nid: tutorial\n', '\nidd: tutorial\n'));
    await panel(page).waitFor();
    const said = await panel(page).textContent();
    expect(said).toContain('1 error in scenarios/tutorial.yaml');
    expect(said).toContain(
      'The game goes on with the version of scenarios/tutorial.yaml you last saved without errors.',
    );
    expect(said).toMatch(/scenarios\/tutorial\.yaml:10:1 error \w+ /);
    // Still the same game, at the same week: nothing reloaded.
    expect(await weekShown(page)).toBe(2);
    await expectAccessible(page, '.scenario-problems');
    await shot(page, 'dev-scenario-errors');
    expect(problems()).toEqual([]);
  });

  it('reloads on a save that fixes them, and carries the game on to the new version', async () => {
    const page = observed!.page;
    const renamed = tutorial.replace('name: A shared quota', 'name: A shared fishing quota');
    await writeFile(scenarioFile('tutorial.yaml'), renamed);
    const offer = page.getByRole('alert');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('This scenario has changed since this game was played.');
    expect(await panel(page).isHidden()).toBe(true);
    await shot(page, 'dev-scenario-changed');
    await page.getByRole('button', { name: /^Go on from week 2/ }).click();
    await page.getByRole('heading', { level: 2, name: /^Your orders/ }).waitFor();
    expect(await weekShown(page)).toBe(2);
    expect(await page.getByText('A shared fishing quota').count()).toBeGreaterThan(0);
    expect(problems()).toEqual([]);
  });

  it('leaves a new file with errors out of the list, and says so', async () => {
    const page = observed!.page;
    await writeFile(scenarioFile('draft.yaml'), 'format: 1\nid: draft\ntitle: [\n');
    await panel(page).waitFor();
    const said = await panel(page).textContent();
    expect(said).toContain('scenarios/draft.yaml is left out of the list of scenarios until its errors are fixed.');
    expect(said).toMatch(/scenarios\/draft\.yaml:\d+:\d+ error /);
    await canvasReady(page);
    await shot(page, 'dev-new-file-errors');
    await page.getByRole('button', { name: 'Back to title' }).click();
    await page.getByRole('button', { name: 'Choose a scenario' }).click();
    await page.getByRole('heading', { level: 1, name: 'Choose a scenario' }).waitFor();
    expect(await page.getByRole('button', { name: /^Play / }).count()).toBe(1);
    expect(problems()).toEqual([]);
  });

  it('serves the schema for editors beside the game', async () => {
    const { port } = server!.httpServer?.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/scenario.schema.json`);
    expect(response.headers.get('content-type')).toBe('application/schema+json');
    expect(await response.json()).toEqual(
      JSON.parse(await readFile(resolve(ROOT, 'scenarios/scenario.schema.json'), 'utf8')),
    );
  });
});
