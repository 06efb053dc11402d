// The Phaser table on its own, in real Chromium: a small Vite build of
// tests/browser/harness (the table, the engine and the Ukraine scenario,
// under the app's CSP) is served and driven through window.tableHarness.
// It proves the canvas is drawn, labels and pins never overlap at the sizes
// the DOM shell gives it at 1024×768, 1280×800 and 1366×768 (and tall and
// crowded variants), a week's events animate and settle, reduced motion and
// skipAnimations() settle at once, resizing re-lays out, and destroy()
// removes the canvas. Screenshots land in test-results/screenshots.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HarnessApi, MountOptions, ShowOptions } from './harness/harness';
import { launchBrowser, openObservedPage } from './launchBrowser';
import type { ObservedPage } from './launchBrowser';

const ROOT = resolve(import.meta.dirname, '../..');
const HARNESS = resolve(import.meta.dirname, 'harness');
const SHOTS = resolve(ROOT, 'test-results/screenshots');

type Probe = ReturnType<HarnessApi['probe']>;
type Label = Probe['labels'][number];

/** Labels of different groups whose boxes share area, and labels that leave the canvas. */
function layoutProblems(probe: Probe): string[] {
  const problems: string[] = [];
  const { labels, canvas } = probe;
  const name = (l: Label) => `${l.group}${l.text ? ` "${l.text}"` : ''}`;
  if (labels.length < 40) problems.push(`only ${labels.length} labels drawn`);
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!;
    if (a.box.x < -1 || a.box.y < -1 || a.box.x + a.box.w > canvas.width + 1 || a.box.y + a.box.h > canvas.height + 1) {
      problems.push(`${name(a)} leaves the canvas: ${JSON.stringify(a.box)}`);
    }
    for (let j = i + 1; j < labels.length; j++) {
      const b = labels[j]!;
      if (a.group === b.group) continue;
      const w = Math.min(a.box.x + a.box.w, b.box.x + b.box.w) - Math.max(a.box.x, b.box.x);
      const h = Math.min(a.box.y + a.box.h, b.box.y + b.box.h) - Math.max(a.box.y, b.box.y);
      if (w > 0.5 && h > 0.5) problems.push(`${name(a)} overlaps ${name(b)} by ${w.toFixed(1)}×${h.toFixed(1)}`);
    }
  }
  return problems;
}

describe('Phaser table (harness build)', () => {
  let outDir: string;
  let server: PreviewServer | undefined;
  let browser: Browser;
  let small: ObservedPage;

  // Playwright sends the function's source through DevTools, which the page's CSP does not govern.
  const call = <R, A = undefined>(p: ObservedPage, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> =>
    p.page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);
  const mount = (p: ObservedPage, o: MountOptions) => call(p, (a: MountOptions) => window.tableHarness!.mount(a), o);
  const show = (p: ObservedPage, id: string, o: ShowOptions) =>
    call(p, (a: [string, ShowOptions]) => window.tableHarness!.show(...a), [id, o]);
  const settled = (p: ObservedPage, id: string) => call(p, (i: string) => window.tableHarness!.settled(i), id);
  const probe = (p: ObservedPage, id: string) => call(p, (i: string) => window.tableHarness!.probe(i), id);
  const resize = (p: ObservedPage, id: string, w: number, h: number) =>
    call(p, (a: [string, number, number]) => window.tableHarness!.resize(...a), [id, w, h]);
  const shoot = (p: ObservedPage, id: string, file: string) =>
    p.page.locator(`#${id}`).screenshot({ path: join(SHOTS, file) });

  beforeAll(async () => {
    outDir = await mkdtemp(join(tmpdir(), 'parley-table-harness-'));
    await mkdir(SHOTS, { recursive: true });
    const common = { root: HARNESS, configFile: false as const, logLevel: 'warn' as const, base: './' };
    await build({
      ...common,
      build: {
        outDir,
        emptyOutDir: true,
        target: 'es2022',
        // Minifying Phaser costs seconds and proves nothing here.
        minify: false,
        reportCompressedSize: false,
        rolldownOptions: {
          output: { codeSplitting: { groups: [{ name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ }] } },
        },
      },
    });
    server = await preview({
      ...common,
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
    });
    const baseURL = `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/`;
    browser = await launchBrowser();
    small = await openObservedPage(browser, { viewport: { width: 1024, height: 768 }, reducedMotion: 'no-preference' });
    await small.page.goto(baseURL, { waitUntil: 'load' });
    await small.page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
    // Two tables in the container the DOM shell gives the table at 1024×768: one animates, one has reduced motion.
    await mount(small, { id: 't', width: 600, height: 420, week: 5, reducedMotion: false });
    await mount(small, { id: 'r', width: 600, height: 420, week: 5, reducedMotion: true });
    await Promise.all([settled(small, 't'), settled(small, 'r')]);
  });

  afterAll(async () => {
    await small?.close();
    await browser?.close();
    await server?.close();
    if (outDir) await rm(outDir, { recursive: true, force: true });
  });

  it('draws the table at 600×420 (1024×768 screen) with every label apart, on an aria-hidden canvas', async () => {
    const weeks = await call(small, () => window.tableHarness!.weeks);
    expect(weeks).toContain(6);
    const p = await probe(small, 't');
    expect(p.canvas).toEqual({ count: 1, ariaHidden: 'true', width: 600, height: 420 });
    expect(p.renderer).toBe('webgl');
    // Fonts at full size: the layout fitted without zooming out.
    expect(p.layout).toMatchObject({ zoom: 1 });
    expect(layoutProblems(p)).toEqual([]);
    expect(await call(small, () => window.tableHarness!.colours('t'))).toBeGreaterThan(50);
    await shoot(small, 't', 'table-1024x768.png');
  });

  it("animates a week's events (a package signed, levers settled) and settles within three seconds", async () => {
    // Week 7 follows a signing in the seeded game: stamps, locks, envelopes and moving meters.
    await show(small, 't', { week: 6, animate: false });
    expect(await show(small, 't', { week: 7, animate: true })).toBeGreaterThan(0);
    expect((await probe(small, 't')).animating).toBe(true);
    // Laying out and drawing a week (before it animates) stays well under a frame budget's worth of seconds.
    const updateMs = await call(small, () => window.tableHarness!.lastUpdateMs());
    console.log(`[table] update(): layout and draw of week 7 at 600×420 took ${Math.round(updateMs)} ms`);
    expect(updateMs).toBeLessThan(500);
    // The steps add up to 2.54 s (STEP_MS); the margin is for a loaded machine's late frames.
    expect(await settled(small, 't')).toBeLessThan(3500);
    const p = await probe(small, 't');
    expect(p.animating).toBe(false);
    expect(layoutProblems(p)).toEqual([]);
    expect(p.labels.filter((l) => l.text === 'settled').length).toBeGreaterThan(0);
    await shoot(small, 't', 'table-1024x768-week7.png');
  });

  it('settles at once with reduced motion and after skipAnimations(); a newer update finishes the running one first', async () => {
    const reduced = await call(small, async () => {
      const h = window.tableHarness!;
      h.show('r', { week: 6, animate: true });
      const animating = h.probe('r').animating;
      return { animating, waited: await h.settled('r') };
    });
    expect(reduced.animating).toBe(false);
    expect(reduced.waited).toBeLessThan(100);

    // Slowed down fourfold, then frozen while the answer stamps are on the table, photographed, and skipped.
    await call(small, () => {
      const h = window.tableHarness!;
      h.setTimeScale('t', 0.25);
      h.show('t', { week: 6, animate: false });
      h.show('t', { week: 7, animate: true });
    });
    await small.page.waitForTimeout(1000);
    await call(small, () => window.tableHarness!.setTimeScale('t', 0));
    await shoot(small, 't', 'table-1024x768-animating.png');
    const skipped = await call(small, async () => {
      const h = window.tableHarness!;
      const animating = h.probe('t').animating;
      h.skip('t');
      const waited = await h.settled('t');
      h.setTimeScale('t', 1);
      return { animating, waited, after: h.probe('t').animating };
    });
    expect(skipped).toMatchObject({ animating: true, after: false });
    expect(skipped.waited).toBeLessThan(100);

    const chained = await call(small, async () => {
      const h = window.tableHarness!;
      h.show('t', { week: 6, animate: true });
      h.show('t', { week: 7, animate: true });
      const animating = h.probe('t').animating;
      h.skip('t');
      return { animating, waited: await h.settled('t') };
    });
    expect(chained.animating).toBe(true);
    expect(chained.waited).toBeLessThan(100);
    expect(layoutProblems(await probe(small, 't'))).toEqual([]);
  });

  it('keeps crowded boards (stacked pins, long names) and six actors apart at 600×420', async () => {
    // The resizing step below leaves this table elsewhere; this step may run after it, or alone.
    await small.page.setViewportSize({ width: 1024, height: 768 });
    await resize(small, 'r', 600, 420);
    await expect.poll(async () => (await probe(small, 'r')).canvas.width).toBe(600);
    for (const variant of ['stress', 'six'] as const) {
      await show(small, 'r', { week: 6, variant, animate: false });
      expect(layoutProblems(await probe(small, 'r')), variant).toEqual([]);
      await shoot(small, 'r', `table-1024x768-${variant}.png`);
    }
    expect(small.allProblems()).toEqual([]);
  });

  it('re-lays out when resized: 1366×768 (880×470), 1280×800 (820×500) and a tall box, crowded or not', async () => {
    const sizes = [
      ['1366x768', 1366, 768, 880, 470],
      ['1280x800', 1280, 800, 820, 500],
      ['tall', 1280, 800, 520, 700],
    ] as const;
    for (const [name, vw, vh, w, h] of sizes) {
      await small.page.setViewportSize({ width: vw, height: vh });
      await resize(small, 'r', w, h);
      await expect.poll(async () => (await probe(small, 'r')).canvas.width).toBe(w);
      for (const variant of ['game', 'stress', 'six'] as const) {
        await show(small, 'r', { week: 6, variant, animate: false });
        const p = await probe(small, 'r');
        expect(p.canvas, `${name} ${variant}`).toMatchObject({ width: w, height: h });
        expect(p.layout, `${name} ${variant}`).toMatchObject({ mode: name === 'tall' ? 'tall' : 'wide' });
        if (variant !== 'six') expect(p.layout, `${name} ${variant}`).toMatchObject({ zoom: 1 });
        expect(layoutProblems(p), `${name} ${variant}`).toEqual([]);
        if (variant === 'game' || (variant === 'stress' && name === '1366x768'))
          await shoot(small, 'r', `table-${name}${variant === 'game' ? '' : `-${variant}`}.png`);
      }
    }
  });

  it('destroy() stops the game and removes the canvas, with no console error, page error or CSP violation', async () => {
    // A table of its own, so the other steps keep theirs whatever order they run in.
    await mount(small, { id: 'd', width: 600, height: 420, week: 5, reducedMotion: true });
    await settled(small, 'd');
    expect(await small.page.locator('#d canvas').count()).toBe(1);
    await call(small, () => window.tableHarness!.destroy('d'));
    expect(await small.page.locator('#d canvas').count()).toBe(0);
    expect(small.allProblems()).toEqual([]);
  });
});
