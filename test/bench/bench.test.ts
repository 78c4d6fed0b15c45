import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

/** The table row of a stage, split into its columns (two or more spaces apart). */
function row(output: string, stage: string): string[] {
  const line = output.split('\n').find((text) => text.startsWith(`${stage} `));
  expect(line, `a row for "${stage}" in:\n${output}`).toBeDefined();
  return line!.split(/ {2,}/);
}

/** Enough documents that the ingest and the content loader work on several threads (the loader does from 16 on). */
const DOCS = 20;

describe('npm run bench', () => {
  it('generates a small corpus, measures every stage, checks the rebuild against a clean build and prints the table', () => {
    const result = spawnSync(process.execPath, [join(root, 'scripts/bench.ts'), '--docs', String(DOCS), '--seed', 'bench-test', '--verify'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    expect(result.status, result.stderr).toBe(0);
    const output = result.stdout;
    // stage, wall s, CPU s, peak RSS MB, pages, output MB, index MB, source MB/s, per core, note
    const [, cleanWall, cleanCpu, cleanRss, cleanDocs, cleanOutput, corpusIndex, throughput, perCore, cleanNote] = row(output, 'ingest (clean)');
    expect(cleanDocs).toBe(String(DOCS));
    expect(cleanNote).toContain(`parsed ${DOCS}, unchanged 0`);
    expect(Number(cleanRss)).toBeGreaterThan(10);
    expect(Number(cleanOutput)).toBeGreaterThan(0);
    expect(Number(corpusIndex)).toBeGreaterThan(0);
    expect(Number(throughput)).toBeGreaterThan(0);
    // Source per CPU second: the CPU time the ingest's processes and threads used, read from /proc.
    expect(Number(cleanCpu)).toBeGreaterThan(0);
    expect(Number(perCore)).toBeCloseTo((Number(throughput) * Number(cleanWall)) / Number(cleanCpu), 0);
    expect(row(output, 'ingest (1 changed)').at(-1)).toContain(`parsed 1, unchanged ${DOCS - 1}`);
    expect(row(output, 'ingest (1 added)').at(-1)).toContain(`parsed 1, unchanged ${DOCS}`);

    const verslagPages = Number(row(output, 'astro build (Verslag)')[4]);
    const plainPages = Number(row(output, 'astro build (plain Markdown)')[4]);
    // A page per document and an index page for the plain site; Verslag adds people, parties, papers.
    expect(plainPages).toBe(DOCS + 1);
    expect(verslagPages).toBeGreaterThan(plainPages);
    const [, searchSeconds, , , searchPages, , searchIndex, , , searchNote] = row(output, 'search index (Pagefind)');
    expect(Number(searchSeconds)).toBeGreaterThan(0);
    // Every document, person and party page is indexed: more than the documents.
    expect(Number(searchPages)).toBeGreaterThan(DOCS);
    expect(Number(searchIndex)).toBeGreaterThan(0);
    expect(searchNote).toMatch(/^1 shard\(s\), 1 indexed; \d+ index files/);
    const [, wholeSeconds, wholeCpu] = row(output, 'whole build (clean)');
    const cleanStages = ['ingest (clean)', 'astro build (Verslag)', 'search index (Pagefind)'];
    const sum = (column: number) => cleanStages.reduce((total, stage) => total + Number(row(output, stage)[column]), 0);
    expect(Number(wholeSeconds)).toBeCloseTo(sum(1), 1);
    expect(Number(wholeCpu)).toBeCloseTo(sum(2), 1);
    // The rebuild after one changed source: the ingest parses one document, the search shard that holds it is indexed again.
    expect(Number(row(output, 'astro build (1 changed)')[4])).toBe(verslagPages);
    expect(row(output, 'search index (1 changed)').at(-1)).toMatch(/^1 shard\(s\), 1 indexed; /);
    for (const change of ['1 changed', '1 added']) {
      const rebuildSeconds = [`ingest (${change})`, `astro build (${change})`, `search index (${change})`].map((stage) => Number(row(output, stage)[1]));
      expect(Number(row(output, `whole build (${change})`)[1])).toBeCloseTo(rebuildSeconds.reduce((sum, seconds) => sum + seconds, 0), 1);
    }
    // After a document was added: one more document page (and perhaps people and papers it names), the search shard indexed again.
    expect(Number(row(output, 'astro build (1 added)')[4])).toBeGreaterThan(verslagPages);
    expect(row(output, 'search index (1 added)').at(-1)).toMatch(/^1 shard\(s\), 1 indexed; /);
    // The site rebuilt after both changes is the one a build from scratch makes, every file of it.
    expect(row(output, 'rebuild = clean build').at(-1)).toMatch(/^identical: the \d+ files of dist\/, byte for byte$/);
    expect(row(output, 'ratio Verslag ÷ plain').at(-1)).toMatch(/^Astro wall ×\d+\.\d, peak RSS ×\d+\.\d/);
    expect(output).toMatch(/MB\/s per core/);
  }, 600_000);
});
