import { defineConfig } from 'vitest/config';

// `npm test` runs two projects: the unit and built-site tests, and the end-to-end tests that drive
// Chromium over the built sites (dist/, dist-subpath/) served on loopback. The third, `bench`,
// runs the benchmark script on a small corpus to prove it works (`npm run test:bench`, which
// .ci/run runs after `npm test`): it builds five sites and takes minutes, too slow for `npm test`.
//
// The time limits are there to end a test that hangs, not to measure speed: the suite must pass on
// a loaded machine (on this project's shared 2-core machine, at a load of 40, tests that take 1 s
// alone took up to a minute). Speed is the benchmark's business (npm run bench).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', 'test/bench/bench.test.ts'], testTimeout: 300_000, hookTimeout: 120_000 } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 300_000,
          // expect.poll waits for what the page does after an event (scrolling to a passage, a copy): 1 s by default, too short under load.
          expect: { poll: { timeout: 60_000 } },
          // Starting Chromium and the static server.
          hookTimeout: 120_000,
          // Each file starts its own Chromium: two at a time keeps small CI machines responsive.
          maxWorkers: 2,
        },
      },
      { test: { name: 'bench', include: ['test/bench/bench.test.ts'], testTimeout: 1_800_000 } },
    ],
  },
});
