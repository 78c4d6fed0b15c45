import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATENCY_QUERIES } from '../../src/bench/search-latency.ts';

const root = new URL('../../', import.meta.url).pathname;

/** The table row of a stage, split into its columns (two or more spaces apart). */
function row(output: string, stage: string): string[] {
  const line = output.split('\n').find((text) => text.startsWith(`${stage} `));
  expect(line, `a row for "${stage}" in:\n${output}`).toBeDefined();
  return line!.split(/ {2,}/);
}

const hugoInstalled = spawnSync('hugo', ['version']).status === 0;

/** Enough documents that the ingest and the content loader work on several threads (the loader does from 16 on). */
const DOCS = 20;

describe('npm run bench', () => {
  it('generates a small corpus, measures every stage, checks the rebuild against a clean build and prints the table', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts/bench.ts'), '--docs', String(DOCS), '--seed', 'bench-test', '--verify', '--floor'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(result.status, result.stderr).toBe(0);
    const output = result.stdout;
    // stage, wall s, CPU s, peak RSS MB, pages, output MB, index MB, source MB/s, per core, note
    // The whole build is one run of `npm run build`; its steps' rows are timed by its log.
    const [, wholeSeconds, wholeCpu, wholeRss, verslagPages, , wholeIndex, , , wholeNote] = row(output, 'whole build (clean)');
    expect(Number(wholeCpu)).toBeGreaterThan(0);
    expect(Number(wholeRss)).toBeGreaterThan(10);
    expect(Number(wholeIndex)).toBeGreaterThan(0);
    expect(wholeNote).toMatch(/^npm run build: ingest \d+\.\d s, pages \d+\.\d s \(with the documents' search index alongside\), search index \d+\.\d s after the pages$/);
    const [, ingestSeconds, , , cleanDocs, cleanOutput, corpusIndex, throughput, , cleanNote] = row(output, 'ingest (clean)');
    expect(cleanDocs).toBe(String(DOCS));
    expect(cleanNote).toContain(`parsed ${DOCS}, unchanged 0`);
    expect(Number(cleanOutput)).toBeGreaterThan(0);
    expect(Number(corpusIndex)).toBeGreaterThan(0);
    expect(Number(throughput)).toBeGreaterThan(0);
    const [, pagesSeconds, , , pages] = row(output, 'pages (clean)');
    expect(pages).toBe(verslagPages);
    const [, searchSeconds, , , searchPages, , searchIndex, , , searchNote] = row(output, 'search index (clean)');
    // Every document, person and party page is indexed: more than the documents; people and parties in a shard of their own.
    expect(Number(searchPages)).toBeGreaterThan(DOCS);
    expect(Number(searchIndex)).toBe(Number(wholeIndex));
    expect(searchNote).toMatch(/^2 shard\(s\), 2 indexed; \d+ index files/);
    // The steps, one after the other, are the whole build but for starting it and publishing the site.
    const steps = [ingestSeconds, pagesSeconds, searchSeconds].reduce((sum, seconds) => sum + Number(seconds), 0);
    expect(Number(wholeSeconds)).toBeGreaterThanOrEqual(steps - 0.1);
    expect(row(output, 'ingest (1 changed)').at(-1)).toContain(`parsed 1, unchanged ${DOCS - 1}`);
    expect(row(output, 'ingest (1 added)').at(-1)).toContain(`parsed 1, unchanged ${DOCS}`);
    const plainPages = Number(row(output, 'astro build (plain Markdown)')[4]);
    // A page per document and an index page for the plain site; Verslag adds people, parties, papers.
    expect(plainPages).toBe(DOCS + 1);
    expect(Number(verslagPages)).toBeGreaterThan(plainPages);
    // The rebuild after one changed source: the ingest parses one document, the documents' shard that holds it is indexed again (and the people's, whose pages quote it).
    expect(row(output, 'pages (1 changed)')[4]).toBe(verslagPages);
    expect(row(output, 'search index (1 changed)').at(-1)).toMatch(/^2 shard\(s\), [12] indexed; /);
    // After a document was added: one more document page (and perhaps people and papers it names).
    expect(Number(row(output, 'pages (1 added)')[4])).toBeGreaterThan(Number(verslagPages));
    expect(row(output, 'search index (1 added)').at(-1)).toMatch(/^2 shard\(s\), [12] indexed; /);
    // The site rebuilt after both changes is the one a build from scratch makes, every file of it.
    expect(row(output, 'rebuild = clean build').at(-1)).toMatch(/^identical: the \d+ files of dist\/, byte for byte$/);
    expect(row(output, 'ratio Verslag ÷ plain').at(-1)).toMatch(/^Astro wall ×\d+\.\d, pages ×\d+\.\d/);
    expect(output).toMatch(/^ingest \(clean\): \d+\.\d\d MB\/s of source on \d+ cores/m);
    // The peer over the same words, when Hugo is installed (CI installs it): its pages, and the ratio printed.
    if (hugoInstalled) {
      expect(Number(row(output, 'hugo (plain Markdown)')[4])).toBeGreaterThanOrEqual(DOCS);
      expect(Number(row(output, 'Pagefind over the Hugo site')[4])).toBe(DOCS);
      expect(output).toMatch(/^Verslag's whole clean build ÷ Hugo \+ Pagefind over the same plain Markdown: \d+\.\d s ÷ \d+\.\d s = ×\d+\.\d\d/m);
      // The floor of a build here: each part measured alone, then summed over the cores and set against the peer and the clean build.
      expect(Number(row(output, 'floor: ingest alone (clean)')[2])).toBeGreaterThan(0);
      expect(Number(row(output, "floor: Astro's pages alone")[4])).toBe(Number(verslagPages));
      expect(Number(row(output, "floor: Astro's build again")[1])).toBeGreaterThan(0);
      expect(output).toMatch(/^floor of a clean build here, every core busy: \(ingest \d+\.\d \+ Astro's pages \d+\.\d \+ Pagefind over the same words \d+\.\d CPU s\) ÷ \d+ cores = \d+\.\d s = ×\d+\.\d\d of Hugo \+ Pagefind$/m);
      expect(output).toMatch(/^floor of a rebuild here: Astro's build with nothing changed \d+\.\d s = \d\.\d\d of the clean build$/m);
      // The peer's own search over the same words, for each query (a corpus of 20 holds every query's words).
      for (const speed of ['unthrottled', 'slowed 4×']) {
        const line = new RegExp(`^peer search latency \\(Pagefind's own API over the Hugo site\\), CPU ${speed}: query to first result median \\d+ ms, slowest \\d+ ms \\((.*)\\)$`, 'm').exec(output);
        expect(line?.[1]?.split('; ')).toHaveLength(LATENCY_QUERIES.length);
        expect(line![1]).not.toMatch(/ 0 pages/);
      }
    }
    // The rebuild fractions and the search latency, at full speed and with the CPU slowed four times, for each query.
    expect(output).toMatch(/^rebuild after one changed source ÷ clean build: \d+\.\d s ÷ \d+\.\d s = \d\.\d\d$/m);
    expect(output).toMatch(/^rebuild after one added source ÷ clean build: /m);
    expect(output).toMatch(/^search latency, CPU unthrottled: query to first result median \d+ ms/m);
    expect(output).toMatch(/^search latency, CPU slowed 4×: query to first result median \d+ ms/m);
    expect(output.match(/^ {2}„[^”]+”: \d+ ms to the first result \(page ready after \d+ ms; opened with the query, \d+ ms\); \d+ treffers? in \d+ document(en)? voor/gm)).toHaveLength(2 * LATENCY_QUERIES.length);
    expect(output.match(/opening \/zoeken\/\?q=… to first result median \d+ ms$/gm)).toHaveLength(2);
  });
});
