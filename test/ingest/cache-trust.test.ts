import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../src/bench/generate/corpus.ts';
import type { CorpusIndex } from '../../src/model/corpus.ts';
import { ingestCorpus } from '../../src/ingest/run.ts';

const root = new URL('../../', import.meta.url).pathname;
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

type CacheFile = { version: string; entries: Record<string, Record<string, unknown> & { summary: { title: string } }> };
const cacheFile = (out: string): string => join(out, '.cache', 'ingest.json');
const readCacheFile = (out: string): CacheFile => JSON.parse(readFileSync(cacheFile(out), 'utf8')) as CacheFile;
const titles = (out: string): string[] => (JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')) as CorpusIndex).documents.map((doc) => doc.title).sort();

describe('the ingest cache is verified, not trusted', () => {
  const content = temporaryDir('verslag-trust-');
  writeCorpus(content, { docs: 4, seed: 'trust' });
  const out = join(temporaryDir('verslag-trust-out-'), 'generated');
  const ids = readdirSync(content).filter((name) => name.endsWith('.txt')).map((name) => name.slice(0, -4)).sort();
  let rightTitles: string[] = [];

  it('is written with a checksum per entry', async () => {
    expect(await ingestCorpus(content, out, { workers: 1 })).toMatchObject({ parsed: 4, errors: [] });
    rightTitles = titles(out);
    for (const id of ids) expect(readCacheFile(out).entries[id]!.check).toMatch(/^[0-9a-f]{64}$/);
    expect(await ingestCorpus(content, out, { workers: 1 })).toMatchObject({ parsed: 0, reused: 4 });
  });

  it('parses a document again whose entry is empty, has no summary, or was edited, and publishes the right title', async () => {
    const cache = readCacheFile(out);
    cache.entries[ids[0]!] = {} as CacheFile['entries'][string];
    cache.entries[ids[1]!]!.summary = null as unknown as { title: string };
    cache.entries[ids[2]!]!.summary.title = 'Een titel die niemand schreef';
    writeFileSync(cacheFile(out), JSON.stringify(cache));
    const report = await ingestCorpus(content, out, { workers: 1 });
    expect(report).toMatchObject({ parsed: 3, reused: 1, errors: [] });
    expect(titles(out)).toEqual(rightTitles);
    expect(titles(out)).not.toContain('Een titel die niemand schreef');
    // The entries are whole again: the next run parses nothing.
    expect(await ingestCorpus(content, out, { workers: 1 })).toMatchObject({ parsed: 0, reused: 4 });
  });

  it('parses everything again, without failing, when the file is JSON but not a cache', async () => {
    const { version } = readCacheFile(out);
    for (const text of ['null', '[]', '{}', JSON.stringify({ version, entries: null }), JSON.stringify({ version, entries: 'x' }), JSON.stringify({ version, entries: { [ids[0]!]: null } })]) {
      writeFileSync(cacheFile(out), text);
      const report = await ingestCorpus(content, out, { workers: 1 });
      expect(report.errors, text).toEqual([]);
      expect(report.parsed, text).toBe(4);
      expect(titles(out)).toEqual(rightTitles);
    }
  });
});

describe('an output directory the ingest may not write', () => {
  function ingest(out: string) {
    return spawnSync(process.execPath, [join(root, 'scripts/ingest.ts'), '--content', join(root, 'content'), '--out', out], { cwd: root, encoding: 'utf8' });
  }

  it('is named in one line, without a stack, when a file is in the way', () => {
    const out = join(temporaryDir('verslag-blocked-'), 'generated');
    mkdirSync(out);
    writeFileSync(join(out, 'json'), 'a file where the JSON directory should be');
    const result = ingest(out);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`ingest failed: cannot create the directory ${join(out, 'json')}: something else is already there (EEXIST)`);
  });

  // chmod does not stop root, who may write anywhere.
  it.skipIf(process.getuid?.() === 0)('is named in one line, without a stack, when it is read-only', () => {
    const out = join(temporaryDir('verslag-read-only-'), 'generated');
    for (const dir of ['markdown', 'json', '.cache']) mkdirSync(join(out, dir), { recursive: true });
    chmodSync(join(out, 'json'), 0o555);
    const result = ingest(out);
    chmodSync(join(out, 'json'), 0o755);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`ingest failed: cannot access ${join(out, 'json')}: permission denied (EACCES): make it writable for this user, or run the build where it may write`);
  });
});
