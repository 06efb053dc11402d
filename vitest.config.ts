import { defineConfig } from 'vitest/config';

// Two projects, one `vitest run`:
// - unit: Node-only tests of the engine, store and CLI (no browser).
// - browser: builds the app, serves it with `vite preview` and drives the
//   installed Chromium or Chrome through playwright-core (see
//   tests/browser/globalSetup.ts; CHROME_PATH picks one).
// The browser project runs after the unit one (sequence.groupOrder): on a
// 2-core machine, whole-game unit tests beside a browser starve its keyboard
// steps into timeouts, and run one after the other they take no longer.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', '**/node_modules/**'],
          // Whole games and CLI runs in a child process: the default 5 s is
          // too short on a loaded 2-core machine.
          testTimeout: 30_000,
          // Each worker keeps the modules it has loaded from one file to the
          // next: re-importing the engine for each of ~100 files cost about
          // 80 s of a 200 s run. No unit test mocks a module or stubs a
          // global, and the engine's caches are keyed by scenario.
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          globalSetup: ['tests/browser/globalSetup.ts'],
          // One Chromium at a time: the machine has 2 cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // What a page shows after a click may take seconds on a loaded
          // machine (the first week a page plays starts the engine's worker,
          // which `npm run dev` compiles on first use): expect.poll waits up
          // to 10 s, not its default 1 s. A poll that succeeds returns at once.
          expect: { poll: { timeout: 10_000 } },
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
