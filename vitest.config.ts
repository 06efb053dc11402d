import { defineConfig } from 'vitest/config';

// Two projects, one `vitest run`:
// - unit: Node-only tests of the engine, store and CLI (fast, no browser).
// - browser: builds the app, serves it with `vite preview` and drives the
//   system Chromium through playwright-core (see tests/browser/globalSetup.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', '**/node_modules/**'],
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
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
