// The Phaser table on its own, in real Chromium: a small Vite build of
// tests/browser/harness (the table, the engine and the Ukraine scenario,
// under the app's CSP) is served and driven through window.tableHarness.
// It proves the canvas is drawn, no text is under 14 CSS px, labels and pins
// never overlap and no name is cut, at the widths the DOM shell gives it at
// 1024×768, 1280×800 and 1366×768 (and narrow and crowded variants), taller
// than the shell's minimum when the content needs it; the meters name their
// endings at their thresholds and say when one is near; an actor in focus
// shows its trust numbers; a week's events animate and settle, reduced motion
// and skipAnimations() settle at once, a change costs one frame and a still
// table none, resizing re-lays out, and destroy() removes the canvas.
// Screenshots land in test-results/screenshots.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, preview } from 'vite';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEIGHT_STEP } from '../../src/game/layout/tableHeight';
import type { HarnessApi, MountOptions, ShowOptions } from './harness/harness';
import { launchBrowser, openObservedPage } from './launchBrowser';
import type { ObservedPage } from './launchBrowser';

const ROOT = resolve(import.meta.dirname, '../..');
const HARNESS = resolve(import.meta.dirname, 'harness');
const SHOTS = resolve(ROOT, 'test-results/screenshots');

type Probe = ReturnType<HarnessApi['probe']>;
type Label = Probe['labels'][number];

/** Labels of different groups whose boxes share area, labels that leave the canvas, text under 14 px, a cut name. */
function layoutProblems(probe: Probe): string[] {
  const problems: string[] = [];
  const { labels, canvas } = probe;
  const name = (l: Label) => `${l.group}${l.text ? ` "${l.text}"` : ''}`;
  if (labels.length < 40) problems.push(`only ${labels.length} labels drawn`);
  if (!(probe.smallestFontPx >= 14)) problems.push(`the smallest text is ${probe.smallestFontPx} px`);
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!;
    if (a.kind === 'text' && a.fontPx < 14) problems.push(`${name(a)} is ${a.fontPx} px`);
    if (a.text.includes('…')) problems.push(`${name(a)} is cut`);
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
  /** The probe once the canvas has taken the height the layout asked for, in whole steps (the box follows it a frame later). */
  const fitted = async (p: ObservedPage, id: string) => {
    await expect
      .poll(async () => {
        const q = await probe(p, id);
        const needed = Math.ceil((q.layout as { height: number }).height);
        return (
          q.canvas.height % HEIGHT_STEP === 0 && q.canvas.height >= needed && q.canvas.height < needed + 3 * HEIGHT_STEP
        );
      })
      .toBe(true);
    return probe(p, id);
  };
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

  it('draws the table 600 px wide (1024×768 screen), text ≥ 14 px, every label apart, on an aria-hidden canvas', async () => {
    const weeks = await call(small, () => window.tableHarness!.weeks);
    expect(weeks).toContain(6);
    const p = await fitted(small, 't');
    expect(p.canvas).toMatchObject({ count: 1, ariaHidden: 'true', width: 600 });
    // At least the height asked for; more when 14 px text needs it.
    expect(p.canvas.height).toBeGreaterThanOrEqual(420);
    // The canvas renderer, which a browser compositing in software draws without reading frames back (renderer.ts).
    expect(p.renderer).toBe('canvas');
    expect(p.layout).toMatchObject({ zoom: 1 });
    expect(p.smallestFontPx).toBeGreaterThanOrEqual(14);
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
    // The steps add up to 3.14 s at most (STEP_MS); the margin is for a loaded machine's late frames.
    expect(await settled(small, 't')).toBeLessThan(4000);
    const p = await fitted(small, 't');
    expect(p.animating).toBe(false);
    expect(layoutProblems(p)).toEqual([]);
    expect(p.labels.filter((l) => l.text === 'settled').length).toBeGreaterThan(0);
    await shoot(small, 't', 'table-1024x768-week7.png');

    // Slowed fourfold and frozen in the signing step (after the answers' 520 ms): the seals on the deal board.
    await call(small, () => {
      const h = window.tableHarness!;
      h.setTimeScale('t', 0.25);
      h.show('t', { week: 6, animate: false });
      h.show('t', { week: 7, animate: true });
    });
    await small.page.waitForTimeout(2700);
    await call(small, () => window.tableHarness!.setTimeScale('t', 0));
    await shoot(small, 't', 'table-1024x768-signing.png');
    // On to the void step (after the locks, 1.46 s into the week): the package the signature made void fails.
    await call(small, () => window.tableHarness!.setTimeScale('t', 0.25));
    await small.page.waitForTimeout(3900);
    await call(small, () => window.tableHarness!.setTimeScale('t', 0));
    await shoot(small, 't', 'table-1024x768-void.png');
    await call(small, () => {
      const h = window.tableHarness!;
      h.skip('t');
      h.setTimeScale('t', 1);
    });
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
    expect(layoutProblems(await fitted(small, 't'))).toEqual([]);
  });

  it('names the ending at each meter threshold, and says when one is near on the meter', async () => {
    await show(small, 't', { week: 1, animate: false });
    const calm = await fitted(small, 't');
    const meter = (p: Probe, name: string) => p.meters.find((m) => m.name === name);
    expect(meter(calm, 'War intensity')).toMatchObject({
      danger: false,
      thresholds: [{ at: 90, ending: 'Escalation', near: false, caption: 'Escalation at 90' }],
    });
    expect(meter(calm, 'Western unity')?.thresholds).toEqual([
      expect.objectContaining({ at: 25, ending: 'The talks collapse', caption: 'The talks collapse at 25' }),
    ]);
    // Drawn as text too: the caption is on the canvas.
    expect(calm.labels.some((l) => l.text === 'Escalation at 90')).toBe(true);
    // War intensity at 80: the engine finds escalation one bad week away, and the meter says so in words.
    await show(small, 't', { week: 1, variant: 'danger', animate: false });
    const near = await fitted(small, 't');
    expect(meter(near, 'War intensity')).toMatchObject({
      value: 80,
      danger: true,
      thresholds: [{ at: 90, near: true, caption: 'Near: Escalation at 90' }],
    });
    expect(layoutProblems(near)).toEqual([]);
    await shoot(small, 't', 'table-1024x768-danger.png');
  });

  it('puts an actor in focus: its trust numbers show, both ways, apart from everything; none show otherwise', async () => {
    await show(small, 't', { week: 4, animate: false });
    const before = await fitted(small, 't');
    expect(before.labels.filter((l) => l.group.startsWith('trust:'))).toEqual([]);
    await call(small, () => window.tableHarness!.focus('t', 1));
    const p = await probe(small, 't');
    const numbers = p.labels.filter((l) => l.group.startsWith('trust:') && l.kind === 'text');
    // Russia (actor 1) with each of the three others, both ways.
    expect(numbers.map((l) => l.group).sort()).toEqual(
      ['trust:0:1', 'trust:1:0', 'trust:1:2', 'trust:1:3', 'trust:2:1', 'trust:3:1'].sort(),
    );
    expect(numbers.every((l) => /^\d+$/.test(l.text))).toBe(true);
    // Each number sits nearer the actor whose trust it is than the other: a's trust in b by a.
    const centre = (b: Label['box']) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });
    const token = (i: string) => p.labels.find((l) => l.group === `actor:${i}:token` && l.kind === 'token')!.box;
    for (const n of numbers) {
      const [, a, b] = n.group.split(':');
      const at = centre(n.box);
      const [ta, tb] = [centre(token(a!)), centre(token(b!))];
      expect(Math.hypot(at.x - ta.x, at.y - ta.y), n.group).toBeLessThan(Math.hypot(at.x - tb.x, at.y - tb.y));
    }
    expect(layoutProblems(p)).toEqual([]);
    await shoot(small, 't', 'table-1024x768-focus.png');
    await call(small, () => window.tableHarness!.focus('t', null));
    expect((await probe(small, 't')).labels.filter((l) => l.group.startsWith('trust:'))).toEqual([]);
  });

  it('draws a change in the one frame its loop draws as it wakes, then sleeps: a still table costs no frames', async () => {
    await show(small, 'r', { week: 4, animate: false });
    await fitted(small, 'r');
    const asleep = async () => {
      await expect.poll(async () => (await probe(small, 'r')).sleeping).toBe(true);
      return (await probe(small, 'r')).frames;
    };
    const still = await asleep();
    await small.page.waitForTimeout(300);
    expect((await probe(small, 'r')).frames).toBe(still);
    // Russia in focus: the frame the loop draws as it wakes shows it, and is the only one.
    await call(small, () => window.tableHarness!.focus('r', 1));
    expect((await asleep()) - still).toBe(1);
    expect((await probe(small, 'r')).labels.some((l) => l.group.startsWith('trust:'))).toBe(true);
    await call(small, () => window.tableHarness!.focus('r', null));
  });

  it('keeps crowded boards (stacked pins, long names) and six actors apart at 600×420, codes made from names', async () => {
    // The resizing step below leaves this table elsewhere; this step may run after it, or alone.
    await small.page.setViewportSize({ width: 1024, height: 768 });
    await resize(small, 'r', 600, 420);
    await expect.poll(async () => (await probe(small, 'r')).canvas.width).toBe(600);
    // Pins and emblem-less discs name actors by codes made from their names (the United States: US), never ids.
    const texts = (p: { labels: Label[] }, group: RegExp) =>
      p.labels.filter((l) => l.kind === 'text' && group.test(l.group)).map((l) => l.text);
    for (const variant of ['stress', 'six'] as const) {
      await show(small, 'r', { week: 6, variant, animate: false });
      const p = await fitted(small, 'r');
      expect(layoutProblems(p), variant).toEqual([]);
      if (variant === 'stress')
        expect(new Set(texts(p, /^lever:\d+:pin:/))).toEqual(new Set(['UKR', 'RUS', 'US', 'EUR']));
      else expect([4, 5].map((i) => texts(p, new RegExp(`^actor:${i}:token$`)))).toEqual([['TÜR'], ['PRC']]);
      await shoot(small, 'r', `table-1024x768-${variant}.png`);
    }
    expect(small.allProblems()).toEqual([]);
  });

  it('re-lays out when resized: 1366×768 (880 wide), 1280×800 (820) and a narrow box (520), crowded or not', async () => {
    const sizes = [
      ['1366x768', 1366, 768, 880, 350],
      ['1280x800', 1280, 800, 820, 370],
      ['tall', 1280, 800, 520, 400],
    ] as const;
    for (const [name, vw, vh, w, h] of sizes) {
      await small.page.setViewportSize({ width: vw, height: vh });
      await resize(small, 'r', w, h);
      await expect.poll(async () => (await probe(small, 'r')).canvas.width).toBe(w);
      for (const variant of ['game', 'stress', 'six'] as const) {
        await show(small, 'r', { week: 6, variant, animate: false });
        const p = await fitted(small, 'r');
        expect(p.canvas.width, `${name} ${variant}`).toBe(w);
        expect(p.canvas.height, `${name} ${variant}`).toBeGreaterThanOrEqual(h);
        expect(p.layout, `${name} ${variant}`).toMatchObject({ mode: name === 'tall' ? 'tall' : 'wide', zoom: 1 });
        expect(layoutProblems(p), `${name} ${variant}`).toEqual([]);
        if (variant === 'game' || (variant === 'stress' && name === '1366x768'))
          await shoot(small, 'r', `table-${name}${variant === 'game' ? '' : `-${variant}`}.png`);
      }
      // Early in the game too: four levers still closed, no packages yet.
      await show(small, 'r', { week: 1, animate: false });
      expect(layoutProblems(await fitted(small, 'r')), `${name} week 1`).toEqual([]);
      await shoot(small, 'r', `table-${name}-week1.png`);
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
