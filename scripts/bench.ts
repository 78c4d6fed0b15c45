#!/usr/bin/env node
/**
 * npm run bench -- --docs N [--seed S] [--keep] [--no-astro] [--no-latency] [--no-plain] [--verify] [--floor] [--astro-heap-mb MB] [--verbose]
 * Generates N documents into a temporary directory, then measures `npm run build` over them (wall
 * time, CPU, peak memory, pages, output and index size; its steps as its log times them): clean,
 * again after one document changed and again after one was added; when `hugo` is on PATH, Hugo +
 * Pagefind over plain Markdown of the same words, and the ratio of Verslag's whole clean build to
 * it; each rebuild as a fraction of the clean build; the search page's latency in Chromium, from
 * query to first result, also with the CPU slowed four times (--no-latency skips it); and the
 * Astro build of the same text as plain Markdown (--no-plain skips it). With --verify, the changed
 * corpus is then built from scratch and compared with the rebuilt site. --floor measures the floor
 * of a build on this machine after the peer (src/bench/floor.ts). --no-astro measures the ingest alone.
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
    'no-latency': { type: 'boolean', default: false },
    'no-plain': { type: 'boolean', default: false },
    verify: { type: 'boolean', default: false },
    floor: { type: 'boolean', default: false },
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
    verify: values.verify,
    floor: values.floor,
    latency: !values['no-latency'],
    plain: !values['no-plain'],
    ...(values['astro-heap-mb'] ? { astroHeapMb: Number(values['astro-heap-mb']) } : {}),
    verbose: values.verbose,
  });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
