import { defineConfig } from 'vitest/config';

// One `vitest run` runs both: the unit and built-site tests, and the end-to-end tests that drive
// Chromium over the built sites (dist/, dist-subpath/) served on loopback.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**'], testTimeout: 20_000 } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // A scenario is a few page loads; axe on the longest debate takes a few seconds.
          testTimeout: 30_000,
          // Starting Chromium and the static server.
          hookTimeout: 30_000,
          // Each file starts its own Chromium: two at a time keeps small CI machines responsive.
          maxWorkers: 2,
        },
      },
    ],
  },
});
