#!/usr/bin/env node
/**
 * npm run index-search [-- DIST]: builds the Pagefind search index of a built site (default dist/).
 * `npm run build` runs it after `astro build`; see src/search/index-site.ts.
 */
import { resolve } from 'node:path';
import { indexSite } from '../src/search/index-site.ts';

const site = resolve(process.argv[2] ?? 'dist');
const started = performance.now();
try {
  const report = await indexSite(site);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `search index: ${report.pages} pages in ${report.shards} shard(s) (${report.indexed} indexed, ${report.shards - report.indexed} unchanged) in ${seconds} s; ${(report.bytes / 1e6).toFixed(2)} MB in ${report.files} files (${site}/pagefind)`,
  );
} catch (error) {
  console.error(`search index of ${site} failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
