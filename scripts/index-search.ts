#!/usr/bin/env node
/**
 * npm run index-search [-- DIST]: builds the Pagefind search index of a built site (default dist/),
 * in place. `npm run build` indexes the site it stages before publishing it (src/build/build-site.ts);
 * see src/search/index-site.ts.
 */
import { resolve } from 'node:path';
import { describeSearchIndex, indexSite } from '../src/search/index-site.ts';

const site = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
try {
  const report = await indexSite(site);
  console.log(describeSearchIndex(report, (performance.now() - started) / 1000, site));
} catch (error) {
  console.error(`search index of ${site} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
