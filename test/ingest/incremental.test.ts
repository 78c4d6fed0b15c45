import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../src/bench/generate/corpus.ts';
import { reviseSource } from '../../src/bench/revise.ts';
import { ingestModules } from '../../src/ingest/cache.ts';
import { ingestCorpus } from '../../src/ingest/run.ts';

/** Every output file (not the cache) by its path below the output directory, with its bytes. */
function outputs(outDir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const dir of ['markdown', 'json']) {
    for (const name of readdirSync(join(outDir, dir)).sort()) files.set(`${dir}/${name}`, readFileSync(join(outDir, dir, name)));
  }
  files.set('corpus.json', readFileSync(join(outDir, 'corpus.json')));
  return files;
}

function expectSameOutputs(incremental: string, clean: string): void {
  const [actual, expected] = [outputs(incremental), outputs(clean)];
  expect([...actual.keys()]).toEqual([...expected.keys()]);
  for (const [path, bytes] of expected) expect(actual.get(path)!.equals(bytes), `${path} is byte-identical to a clean ingest`).toBe(true);
}

function cacheEntries(outDir: string): Record<string, { inputs: { source: { mtimeMs: number } } }> {
  return (JSON.parse(readFileSync(join(outDir, '.cache', 'ingest.json'), 'utf8')) as { entries: Record<string, { inputs: { source: { mtimeMs: number } } }> }).entries;
}

function modificationTimes(outDir: string): Map<string, number> {
  return new Map([...outputs(outDir).keys()].map((path) => [path, statSync(join(outDir, path)).mtimeMs]));
}

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function temporaryDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** A clean ingest of `content` into a fresh directory. */
async function cleanIngest(content: string): Promise<string> {
  const out = join(temporaryDir('verslag-clean-'), 'generated');
  const report = await ingestCorpus(content, out, { workers: 2 });
  expect(report.errors).toEqual([]);
  return out;
}

describe('incremental ingest', () => {
  const content = temporaryDir('verslag-incremental-');
  writeCorpus(content, { docs: 10, seed: 'incremental' });
  const sources = readdirSync(content).filter((name) => name.endsWith('.txt')).sort();
  const out = join(temporaryDir('verslag-out-'), 'generated');

  it('parses every document on worker threads the first time, and none when nothing changed', async () => {
    const first = await ingestCorpus(content, out, { workers: 2 });
    expect(first).toMatchObject({ total: 10, written: 10, parsed: 10, reused: 0, errors: [] });
    const before = modificationTimes(out);
    const second = await ingestCorpus(content, out, { workers: 2 });
    expect(second).toMatchObject({ total: 10, written: 10, parsed: 0, reused: 10, removed: 0, errors: [] });
    expect(second.bytes).toBe(first.bytes);
    expect(modificationTimes(out)).toEqual(before);
  });

  it('after one changed source parses only that one, leaves the others untouched, and writes what a clean ingest writes', async () => {
    const changed = sources[3]!;
    const id = changed.replace(/\.txt$/, '');
    const before = modificationTimes(out);
    writeFileSync(join(content, changed), reviseSource(readFileSync(join(content, changed), 'utf8')));
    const report = await ingestCorpus(content, out, { workers: 2 });
    expect(report).toMatchObject({ written: 10, parsed: 1, reused: 9, errors: [] });
    const after = modificationTimes(out);
    for (const [path, mtime] of before) {
      if (path.includes(id) || path === 'corpus.json') continue;
      expect(after.get(path), `${path} was not rewritten`).toBe(mtime);
    }
    expect(after.get(`markdown/${id}.md`)).not.toBe(before.get(`markdown/${id}.md`));
    expectSameOutputs(out, await cleanIngest(content));
  });

  it('parses a document again when its metadata changes, or its output was deleted', async () => {
    const yml = join(content, sources[5]!.replace(/\.txt$/, '.yml'));
    writeFileSync(yml, readFileSync(yml, 'utf8').replace(/^title: .*$/m, 'title: "Een andere titel"'));
    rmSync(join(out, 'json', sources[7]!.replace(/\.txt$/, '.json')));
    const report = await ingestCorpus(content, out, { workers: 2 });
    expect(report).toMatchObject({ parsed: 2, reused: 8, errors: [] });
    expectSameOutputs(out, await cleanIngest(content));
  });

  it('keeps the cache in one file, and parses everything again when that file is unreadable', async () => {
    expect(readdirSync(join(out, '.cache'))).toEqual(['ingest.json']);
    expect(Object.keys(cacheEntries(out)).sort()).toEqual(sources.map((name) => name.replace(/\.txt$/, '')));
    writeFileSync(join(out, '.cache', 'ingest.json'), '{"half a fi');
    const report = await ingestCorpus(content, out, { workers: 2 });
    expect(report).toMatchObject({ parsed: 10, reused: 0, errors: [] });
    expectSameOutputs(out, await cleanIngest(content));
  });

  it('deletes the outputs of a removed source and of a source that no longer ingests', async () => {
    rmSync(join(content, sources[0]!));
    writeFileSync(join(content, sources[1]!), '\n');
    const report = await ingestCorpus(content, out, { workers: 2 });
    expect(report).toMatchObject({ total: 9, written: 8, parsed: 1, reused: 8, removed: 2 });
    expect(report.errors).toEqual([expect.stringContaining(`${join(content, sources[1]!)}: the file is empty`)]);
    rmSync(join(content, sources[1]!));
    const clean = await cleanIngest(content);
    expectSameOutputs(out, clean);
    // Their cache entries are gone too: the cache holds the documents of the last run.
    expect(Object.keys(cacheEntries(out))).toHaveLength(8);
  });

  it("reads a source again only when its size or modification time changed since it was hashed, or changed too close to that moment", async () => {
    const corpus = temporaryDir('verslag-stamps-');
    writeCorpus(corpus, { docs: 3, seed: 'stamps' });
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (const name of readdirSync(corpus)) utimesSync(join(corpus, name), anHourAgo, anHourAgo);
    const generated = join(temporaryDir('verslag-stamps-out-'), 'generated');
    expect(await ingestCorpus(corpus, generated, { workers: 1 })).toMatchObject({ parsed: 3, errors: [] });
    const source = join(corpus, readdirSync(corpus).filter((name) => name.endsWith('.txt')).sort()[0]!);
    const original = readFileSync(source, 'utf8');
    const revised = reviseSource(original);
    expect(revised.length).toBe(original.length);

    // Same size and modification time, set long before it was hashed: the stamp vouches for the
    // file, which is not read at all (so an edit that puts both back goes unseen, as with make or git).
    writeFileSync(source, revised);
    utimesSync(source, anHourAgo, anHourAgo);
    expect(await ingestCorpus(corpus, generated, { workers: 1 })).toMatchObject({ parsed: 0, reused: 3 });

    // A new modification time: read, hashed, found changed, parsed.
    const now = new Date();
    utimesSync(source, now, now);
    expect(await ingestCorpus(corpus, generated, { workers: 1 })).toMatchObject({ parsed: 1, reused: 2 });
    expect(readFileSync(join(generated, 'markdown', `${basename(source, '.txt')}.md`), 'utf8')).toContain(' dit ');

    // Its stamp is now racy (modified within two seconds of being stamped): a same-size edit that
    // keeps the modification time is still seen.
    writeFileSync(source, original);
    utimesSync(source, now, now);
    expect(await ingestCorpus(corpus, generated, { workers: 1 })).toMatchObject({ parsed: 1, reused: 2 });

    // Only touched: read and hashed again, found unchanged, not parsed; the new stamp is kept.
    const later = new Date(now.getTime() + 60_000);
    utimesSync(source, later, later);
    expect(await ingestCorpus(corpus, generated, { workers: 1 })).toMatchObject({ parsed: 0, reused: 3 });
    expect(cacheEntries(generated)[basename(source, '.txt')]!.inputs.source.mtimeMs).toBe(later.getTime());
    expectSameOutputs(generated, await cleanIngest(corpus));
  });

  it('versions its cache by every module the ingest loads, and not by the site\'s modules', () => {
    const root = new URL('../../', import.meta.url).pathname;
    const modules = ingestModules().map((path) => relative(root, path));
    const parsers = readdirSync(join(root, 'src/ingest/parsers')).map((name) => `src/ingest/parsers/${name}`);
    const passes = readdirSync(join(root, 'src/ingest/passes')).map((name) => `src/ingest/passes/${name}`);
    expect(modules).toEqual(expect.arrayContaining([...parsers, ...passes, 'src/ingest/run.ts', 'src/ingest/worker.ts', 'src/markdown/write.ts', 'src/model/document.ts']));
    expect(modules).not.toContain('src/markdown/remark-verslag.ts');
  });
});
