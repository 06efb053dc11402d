/**
 * Classroom play behind one address, in headless Chromium (docs/classroom.md,
 * "Many processes"): two processes of `npm run serve` over the app the
 * browser tests built, sharing a Redis of their own, behind nginx with the
 * repository's deploy/nginx/parley.conf. A teacher hosts a class and a
 * student joins it by its link, both through the one address; the process
 * that holds the class is killed mid-game, and the student's page comes
 * back by itself to the same seat at the same week, now on the other
 * process, and plays on, while the teacher's page follows.
 */
import { Redis } from 'ioredis';
import type { Browser, Page, WebSocket } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startClassCluster, type ClassCluster } from '../../src/cli/bench/classCluster';
import type { SavedClass } from '../../src/server/ClassHost';
import { GUIDE_KEY } from '../../src/store/GuideSlot';
import { shot } from './appPage';
import { launchBrowser, openObservedPage, type ObservedPage } from './launchBrowser';

let browser: Browser;
let cluster: ClassCluster;
const pages: ObservedPage[] = [];

beforeAll(async () => {
  cluster = await startClassCluster({ dist: inject('distDir') });
  browser = await launchBrowser();
}, 60_000);

afterAll(async () => {
  for (const page of pages) await page.close();
  await browser?.close();
  await cluster?.stop();
}, 30_000);

async function open(path: string, width = 1366, height = 768): Promise<Page> {
  const observed = await openObservedPage(browser, { viewport: { width, height } });
  pages.push(observed);
  await observed.page.context().addInitScript((key: string) => localStorage.setItem(key, '"done"'), GUIDE_KEY);
  await observed.page.goto(`${cluster.address}${path}`, { waitUntil: 'load' });
  await observed.page.locator('h1').first().waitFor();
  return observed.page;
}

/** The process a table's connection reaches through the proxy: 0 for `/p1/`, 1 for `/p2/`. */
const processOf = (socket: WebSocket) => Number(/\/p(\d)\//.exec(socket.url())?.[1] ?? NaN) - 1;

describe('a class behind one address, on two processes', () => {
  it('plays on when the process that holds it is killed, the student back at their seat and week', async () => {
    const teacher = await open('/');
    await teacher.getByRole('button', { name: 'Host a class (teachers)' }).click();
    await teacher.getByLabel('Scenario').selectOption('ukraine-2025');
    for (const side of ['Russia', 'United States', 'European allies'])
      await teacher.getByRole('checkbox', { name: side }).uncheck();
    await teacher.getByRole('button', { name: 'Open the class' }).click();
    const heading = teacher.getByRole('heading', { level: 1, name: /^Class [A-Z0-9]{6}$/ });
    await heading.waitFor();
    const code = ((await heading.textContent()) ?? '').slice('Class '.length);
    // Behind a proxy the teacher's page gives its own address, the one students open.
    expect(await teacher.locator('.join-code .link').allTextContents()).toEqual([`${cluster.address}/?join=${code}`]);

    const student = await open(`/?join=${code}`, 1024, 768);
    const sockets: WebSocket[] = [];
    student.on('websocket', (socket) => sockets.push(socket));
    await student.getByLabel('Your name').fill('Ada');
    await student.getByRole('button', { name: 'Join the class' }).click();
    await student.getByRole('heading', { level: 2, name: /^Your orders, week 1$/ }).waitFor();
    await expect.poll(() => teacher.getByText('Ada, still deciding').count(), { timeout: 10_000 }).toBe(1);
    await student.getByRole('button', { name: 'End week 1 →' }).click();
    await student.getByRole('heading', { level: 2, name: /^Your orders, week 2$/ }).waitFor();
    const holder = processOf(sockets.at(-1)!);
    expect([0, 1]).toContain(holder);
    // A class is saved a tenth of a second after each change (docs/classroom.md): the power cut comes once week 1's
    // play is in the record, as a cut within that tenth of a second would lose it.
    const redis = new Redis(cluster.redisUrl);
    const weeksSaved = async () => {
      const record = await redis.get(`parley:class:${code}`);
      return record === null ? 0 : (JSON.parse(record) as SavedClass).tables[0]?.record.weeks;
    };
    try {
      await expect.poll(weeksSaved, { timeout: 5_000 }).toBe(1);
    } finally {
      redis.disconnect();
    }

    await cluster.kill(holder);
    await student.getByRole('status').filter({ hasText: 'Connection lost: reconnecting…' }).waitFor();
    // The other process takes the class over once the killed one's hold lapses, and the page rejoins by itself.
    await student.locator('.class-link', { hasText: `Class ${code}` }).waitFor({ timeout: 40_000 });
    await student.getByRole('heading', { level: 2, name: /^Your orders, week 2$/ }).waitFor();
    expect(processOf(sockets.at(-1)!)).toBe(1 - holder);
    await shot(student, 'class-processes-taken-over');
    await student.getByRole('button', { name: 'End week 2 →' }).click();
    await student.getByRole('heading', { level: 2, name: /^Your orders, week 3$/ }).waitFor();
    await expect.poll(() => teacher.getByText('Week 3 of').count(), { timeout: 15_000 }).toBe(1);
    await shot(teacher, 'class-processes-teacher');
  }, 120_000);
});
