/**
 * Classroom play over the network, as a class lives it: a teacher opens a
 * class of ukraine-2025 from the title screen; four students, each in a
 * browser context of their own, open the class's link, type their name and
 * take the four seats; every week each ends their turn, the table saying
 * whom it waits for, and the server (`npm run serve`, a process of its own)
 * plays the week. Mid-game the server is killed and started again: every
 * page reconnects by itself, at the last week played, with nothing lost; then
 * the class plays on to the ending, which each student reads on their own
 * ending screen and the teacher sees in the class's view.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SavedClass } from '../../src/server/ClassHost';
import { GUIDE_KEY } from '../../src/store/GuideSlot';
import { ROOT, shot } from './appPage';
import { launchBrowser, openObservedPage, type ObservedPage } from './launchBrowser';

let browser: Browser;
let server: ChildProcess | null = null;
let records: string;
let port: number;
const pages: ObservedPage[] = [];
const base = () => `http://127.0.0.1:${port}`;

/** A port free on this machine now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as AddressInfo;
      probe.close(() => done(free));
    });
  });
}

/** Starts `npm run serve`'s program over the app the browser tests built, and waits until it serves. */
async function startServer(): Promise<void> {
  const started = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/serve.ts', '--dist', inject('distDir'), '--port', String(port), '--records', records],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  server = started;
  let said = '';
  await new Promise<void>((done, fail) => {
    started.stdout.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('Stop with Ctrl+C')) done();
    });
    started.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()));
    started.once('exit', (code) => fail(new Error(`The class server stopped (${code}): ${said}`)));
  });
}

/** Kills the server as a power cut would: no chance to save what is pending. */
async function killServer(): Promise<void> {
  const running = server;
  server = null;
  if (!running || running.exitCode !== null) return;
  const exited = new Promise((done) => running.once('exit', done));
  running.kill('SIGKILL');
  await exited;
}

beforeAll(async () => {
  records = await mkdtemp(join(tmpdir(), 'parley-class-records-'));
  port = await freePort();
  await startServer();
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  for (const page of pages) await page.close();
  await browser?.close();
  await killServer();
  await rm(records, { recursive: true, force: true });
});

async function open(path: string, width = 1366, height = 768): Promise<Page> {
  const observed = await openObservedPage(browser, { viewport: { width, height } });
  pages.push(observed);
  // Students who have played before: the guided first week is marked as seen.
  await observed.page.context().addInitScript((key: string) => localStorage.setItem(key, '"done"'), GUIDE_KEY);
  await observed.page.goto(`${base()}${path}`, { waitUntil: 'load' });
  await observed.page.locator('h1').first().waitFor();
  return observed.page;
}

/** The week a student's table shows, or 'ended' on the ending screen. */
async function weekOf(page: Page): Promise<number | 'ended'> {
  const heading = (await page.locator('h1').first().textContent()) ?? '';
  if (heading.startsWith('The end:')) return 'ended';
  const pill =
    (await page
      .locator('.pill.week')
      .textContent({ timeout: 1000 })
      .catch(() => null)) ?? '';
  return Number(/Week (\d+) of/.exec(pill)?.[1] ?? NaN);
}

const SIDES = ['Ukraine', 'Russia', 'the United States', 'the European allies'];

describe('a class over the network', () => {
  let teacher: Page;
  let code = '';
  const students: Page[] = [];

  it('is opened by a teacher from the title screen', async () => {
    teacher = await open('/');
    await teacher.getByRole('button', { name: 'Host a class (teachers)' }).click();
    await teacher.getByRole('heading', { level: 1, name: 'Host a class' }).waitFor();
    await teacher.getByLabel('Scenario').selectOption('ukraine-2025');
    for (const side of ['Ukraine', 'Russia', 'United States', 'European allies'])
      await expect.poll(() => teacher.getByRole('checkbox', { name: side }).isChecked()).toBe(true);
    await teacher
      .getByLabel('The computer plays for a student away for')
      .selectOption({ label: 'Never: wait for them' });
    await shot(teacher, 'class-host');
    await teacher.getByRole('button', { name: 'Open the class' }).click();
    const heading = teacher.getByRole('heading', { level: 1, name: /^Class [A-Z0-9]{6}$/ });
    await heading.waitFor();
    code = ((await heading.textContent()) ?? '').slice('Class '.length);
    // The page is on the server's own machine: the links it gives are the server's on the local network.
    const links = await teacher.locator('.join-code .link').allTextContents();
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(new RegExp(`^http://[\\d.]+:${port}/\\?join=${code}$`));
    await expect.poll(() => teacher.getByText('0 of 4 seats taken').count()).toBe(1);
  }, 60_000);

  it('is joined by four students, each by the link on their own device', async () => {
    const names = ['Olena', 'Ivan', 'Sam', 'Ana'];
    for (const [i, name] of names.entries()) {
      // One student on a phone, one on a small laptop: the same screens.
      const page = await open(`/?join=${code}`, i === 2 ? 390 : i === 3 ? 1024 : 1366, i === 2 ? 844 : 768);
      await page.getByRole('heading', { level: 1, name: 'Join your class' }).waitFor();
      await expect.poll(() => page.getByLabel('Class code').inputValue()).toBe(code);
      if (i === 2) await shot(page, 'class-join-phone');
      await page.getByLabel('Your name').fill(name);
      await page.getByRole('button', { name: 'Join the class' }).click();
      await page.getByRole('heading', { level: 2, name: /^Your orders, week 1$/ }).waitFor();
      students.push(page);
    }
    // Each has a seat of their own, in the scenario's order.
    const seats = await Promise.all(students.map((p) => p.locator('.pill', { hasText: /^You: / }).textContent()));
    expect(seats).toEqual(['You: Ukraine', 'You: Russia', 'You: United States', 'You: European allies']);
    await shot(students[2]!, 'class-table-phone');
    await expect.poll(() => teacher.getByText('4 of 4 seats taken').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => teacher.getByText('Olena, still deciding').count(), { timeout: 10_000 }).toBe(1);

    // A seat taken by mistake: the teacher frees it; its student is told so, and joins again, as the next student.
    // The teacher is asked first, and confirms.
    teacher.once('dialog', (dialog) => {
      expect(dialog.message()).toMatch(/^Free Ana's seat \(European allies, table 1\)\?/);
      void dialog.accept();
    });
    await teacher.getByRole('button', { name: 'Free the seat of European allies at table 1 (Ana)' }).click();
    const ana = students[3]!;
    await ana.getByText('Your teacher freed your seat.').first().waitFor();
    await expect.poll(() => teacher.getByText('3 of 4 seats taken').count(), { timeout: 10_000 }).toBe(1);
    await ana.getByRole('button', { name: 'Back to title' }).click();
    await ana.getByRole('button', { name: 'Join a class' }).click();
    await ana.getByLabel('Class code').fill(code.toLowerCase().split('').join(' '));
    await ana.getByLabel('Your name').fill('Ana');
    await ana.getByRole('button', { name: 'Join the class' }).click();
    await ana.getByRole('heading', { level: 2, name: /^Your orders, week 1$/ }).waitFor();
    expect(await ana.locator('.pill', { hasText: /^You: / }).textContent()).toBe('You: European allies');
    await expect.poll(() => teacher.getByText('4 of 4 seats taken').count(), { timeout: 10_000 }).toBe(1);
    await shot(teacher, 'class-teacher-live');
  }, 60_000);

  /** Every student ends their turn; the table waits for the others, then every page shows the next week. */
  const playWeek = async (week: number) => {
    for (const [i, page] of students.entries()) {
      await page.getByRole('button', { name: `End week ${week} →` }).click();
      if (i < students.length - 1) {
        // The table says whom it is still waiting for, by name.
        const rest = SIDES.slice(i + 1);
        const said = rest.length === 1 ? rest[0]! : `${rest.slice(0, -1).join(', ')} and ${rest.at(-1)}`;
        await page.getByRole('button', { name: `Waiting for ${said}…` }).waitFor();
        if (week === 1 && i === 0) await shot(page, 'class-waiting');
      }
    }
    for (const page of students) await expect.poll(() => weekOf(page), { timeout: 15_000 }).not.toBe(week);
  };

  it('plays weeks with the server as referee, and comes back by itself after the server is killed', async () => {
    for (const week of [1, 2, 3]) await playWeek(week);
    for (const page of students) expect(await weekOf(page)).toBe(4);
    // A draft in progress when the server goes down.
    await students[0]!.getByRole('tab', { name: /Meet/ }).click();
    // A class is saved a tenth of a second after each change (docs/classroom.md): the power cut comes once week 3's
    // play is in its record, as a cut within that tenth of a second would lose it.
    const weeksSaved = () =>
      readFile(join(records, `${code}.json`), 'utf8').then(
        (text) => (JSON.parse(text) as SavedClass).tables[0]?.record.weeks,
      );
    await expect.poll(weeksSaved, { timeout: 5_000 }).toBe(3);
    await killServer();
    for (const page of students)
      await page.getByRole('status').filter({ hasText: 'Connection lost: reconnecting…' }).waitFor();
    await shot(students[1]!, 'class-reconnecting');
    await startServer();
    // Each page reconnects on its own, at the last week played.
    for (const page of students) {
      await page.locator('.class-link', { hasText: `Class ${code}` }).waitFor({ timeout: 20_000 });
      expect(await weekOf(page)).toBe(4);
    }
    await expect.poll(() => teacher.getByText('Week 4 of').count(), { timeout: 15_000 }).toBe(1);
  }, 120_000);

  it('plays on to the ending, which every student and the teacher see', async () => {
    for (let week = 4; week <= 12; week++) {
      if ((await weekOf(students[0]!)) === 'ended') break;
      await playWeek(week);
    }
    const endings = await Promise.all(students.map((p) => p.locator('h1').first().textContent()));
    expect(endings[0]).toMatch(/^The end: /);
    expect(new Set(endings).size).toBe(1);
    const ending = endings[0]!.slice('The end: '.length);
    await shot(students[0]!, 'class-ending');
    // The teacher's view: the table's ending, and its game file to download.
    await teacher.getByRole('heading', { level: 2, name: 'How the games ended' }).waitFor({ timeout: 15_000 });
    await expect.poll(() => teacher.getByText(`${ending}: 1 table`).count()).toBe(1);
    // Each side's grade, as the students' debriefs give it.
    const grades = teacher.getByRole('table', { name: /grade against its own goals/ });
    await expect.poll(() => grades.getByRole('row').count()).toBe(5);
    const ukraine = await grades
      .getByRole('row', { name: /^Ukraine/ })
      .getByRole('cell')
      .allTextContents();
    expect(ukraine.map(Number).reduce((a, b) => a + b, 0)).toBe(1);
    // The deal reached, on the table's Pareto frontier, for the pair of sides chosen (six pairs of four sides).
    const deals = teacher.getByRole('region', { name: 'The deals reached, on the Pareto frontier' });
    expect(await deals.getByLabel('Sides:').locator('option').count()).toBe(6);
    await expect.poll(() => deals.locator('.deal circle').count()).toBe(1);
    expect(await deals.locator('.frontier circle').count()).toBeGreaterThan(0);
    expect(await deals.getByRole('listitem').textContent()).toMatch(
      /^Table 1: (its deal|no deal, everything as before the talks), worth −?[\d.]+ to Ukraine and −?[\d.]+ to Russia, /,
    );
    await deals.getByLabel('Sides:').selectOption({ label: 'United States and European allies' });
    await expect
      .poll(() => deals.getByRole('listitem').textContent())
      .toMatch(/ to United States and −?[\d.]+ to European allies, /);
    await shot(teacher, 'class-teacher-ended');
    const download = teacher.waitForEvent('download');
    await teacher.getByRole('button', { name: 'Download table 1’s game' }).click();
    expect((await download).suggestedFilename()).toBe(`parley-class-${code}-table-1.json`);
    // No page broke along the way (requests failed while the server was down, as they must).
    for (const page of pages) expect([...page.problems.pageErrors, ...page.problems.cspViolations]).toEqual([]);
  }, 180_000);
});
