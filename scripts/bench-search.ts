#!/usr/bin/env node
/**
 * npm run bench:search [-- DIST]: the search page's latency on a built site (default dist/), in
 * Chromium: from query to first result, at the machine's speed and with the CPU slowed four times,
 * as on a phone. `npm run bench` runs the same on the site it builds; this measures any built site,
 * such as the one `npm run bench -- --docs 10000 --keep` leaves. See src/bench/search-latency.ts.
 */
import { resolve } from 'node:path';
import { formatLatency, measureSearchLatency } from '../src/bench/search-latency.ts';

const site = resolve(process.argv[2] ?? 'dist');
try {
  console.log(formatLatency(await measureSearchLatency(site)));
} catch (error) {
  console.error(`search latency of ${site} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
