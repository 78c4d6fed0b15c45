#!/usr/bin/env node
/**
 * npm run bench -- --docs N [--seed S] [--keep] [--no-astro] [--no-pagefind] [--no-latency] [--no-plain] [--verify] [--astro-heap-mb MB] [--verbose]
 * Generates N documents into a temporary directory and measures, per stage, wall time, peak
 * memory, pages, output and index size and ingest throughput: the ingest, the Astro build and the
 * search index of the Verslag site, clean, again after one document changed and again after one
 * was added (the rebuilds are skipped with --no-pagefind), and the Astro build of the same text as
 * plain Markdown; when `hugo` is on PATH, Hugo + Pagefind over that same Markdown, and the ratio of
 * Verslag's whole clean build to it; the rebuild after one change as a fraction of the clean build;
 * and the search page's latency in Chromium, from query to first result, also with the CPU slowed
 * four times (--no-latency skips it; --no-plain skips the plain-Markdown Astro build). With --verify, the changed corpus is then built from scratch
 * and compared with the rebuilt site.
 * See src/bench/run-bench.ts.
 */
import { parseArgs } from 'node:util';
import { runBench } from '../src/bench/run-bench.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    'no-astro': { type: 'boolean', default: false },
    'no-pagefind': { type: 'boolean', default: false },
    'no-latency': { type: 'boolean', default: false },
    'no-plain': { type: 'boolean', default: false },
    verify: { type: 'boolean', default: false },
    'astro-heap-mb': { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});

try {
  await runBench({
    docs: Number(values.docs),
    seed: values.seed,
    keep: values.keep,
    astro: !values['no-astro'],
    pagefind: !values['no-pagefind'],
    verify: values.verify,
    latency: !values['no-latency'],
    plain: !values['no-plain'],
    ...(values['astro-heap-mb'] ? { astroHeapMb: Number(values['astro-heap-mb']) } : {}),
    verbose: values.verbose,
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
