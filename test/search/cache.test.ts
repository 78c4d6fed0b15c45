import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParliamentaryDocument } from '../../src/model/document.ts';
import { indexSite, shardCacheDir } from '../../src/search/index-site.ts';
import { documentRecords } from '../../src/search/records.ts';
import { SHARD_LIST, type ShardEntry } from '../../src/search/shard-list.ts';
import { GENERATED } from '../../src/site/corpus.ts';
import { SITES } from '../site/built-site.ts';

/** Every file of a site's search index, by path, as bytes. */
function indexFiles(site: string): Map<string, Buffer> {
  const root = join(site, 'pagefind');
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [join(entry.parentPath, entry.name).slice(root.length), readFileSync(join(entry.parentPath, entry.name))]));
}

/**
 * The URLs of the records each shard of a site's index holds, read from its fragments (gzipped JSON
 * after Pagefind's signature): a record's own, or, past MAX_FRAGMENTS, a group of them by hash.
 */
function shardUrls(site: string): string[][] {
  const root = join(site, 'pagefind');
  const shards = (JSON.parse(readFileSync(join(root, SHARD_LIST), 'utf8')) as ShardEntry[]).map((entry) => entry.path);
  return shards.map((shard) =>
    readdirSync(join(root, shard, 'fragment')).flatMap((name) => {
      const text = gunzipSync(readFileSync(join(root, shard, 'fragment', name))).toString('utf8');
      const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string } | Record<string, { url: string }>;
      return typeof fragment.url === 'string' ? [fragment.url as string] : Object.values(fragment as Record<string, { url: string }>).map((record) => record.url);
    }),
  );
}

/** A copy of the built /verslag/ site (many small shards) and of the models it was built from, in a directory of their own, with its own shard cache. */
function copySite(name: string): { site: string; generated: string } {
  const site = join(work, name, 'dist');
  cpSync(SITES.subpath.dir, site, { recursive: true });
  const generated = join(work, name, 'generated');
  for (const part of ['corpus.json', 'json']) cpSync(join(GENERATED, part), join(generated, part), { recursive: true });
  return { site, generated };
}

const work = mkdtempSync(join(tmpdir(), 'verslag-search-cache-'));
const SHARD_BYTES = 0.2e6;
const DEBATE = 'commissiedebat-2025-01-30-opkomende-technologieen';
const PERSON_PAGE = 'personen/krul/index.html';

/** Changes a word of the debate's model, as a new ingest of a corrected source would: its JSON and its digest in the corpus index. */
function reviseDebate(generated: string): void {
  const path = join(generated, 'json', `${DEBATE}.json`);
  const json = readFileSync(path, 'utf8');
  expect(json).toContain('gezichtsherkenning');
  writeFileSync(path, json.replaceAll('gezichtsherkenning', 'gezichtsherkenningssoftware'));
  const index = JSON.parse(readFileSync(join(generated, 'corpus.json'), 'utf8')) as { documents: { id: string; modelDigest: string }[] };
  index.documents.find((doc) => doc.id === DEBATE)!.modelDigest = 'revised';
  writeFileSync(join(generated, 'corpus.json'), JSON.stringify(index));
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the search index cache', () => {
  const { site, generated } = copySite('incremental');

  it('indexes every shard the first time', async () => {
    const report = await indexSite(site, { generated, shardBytes: SHARD_BYTES });
    expect(report.shards).toBeGreaterThan(2);
    expect(report.indexed).toBe(report.shards);
    expect(readdirSync(shardCacheDir(site))).toHaveLength(report.shards);
    // People and parties have shards of their own: their pages change with every document they appear in.
    const shards = shardUrls(site);
    expect(new Set(shards.flat().map((url) => url.replace(/#.*$/, '')))).toHaveLength(report.pages);
    for (const urls of shards) expect(new Set(urls.map((url) => url.split('/')[1] === 'documenten'))).toHaveLength(1);
    // A document is a record per speaker (and per asker, answerer and heading of other text), each at its first passage.
    const debate = JSON.parse(readFileSync(join(generated, 'json', `${DEBATE}.json`), 'utf8')) as ParliamentaryDocument;
    const records = documentRecords(debate);
    expect(records.length).toBeGreaterThan(5);
    expect(shards.flat().filter((url) => url.startsWith(`/documenten/${DEBATE}/`)).sort()).toEqual(records.map((record) => record.url).sort());
  });

  it('lists its shards for the search page: the pages\' first, then the documents\' oldest first, each named by its first document', () => {
    const list = JSON.parse(readFileSync(join(site, 'pagefind', SHARD_LIST), 'utf8')) as ShardEntry[];
    const urls = shardUrls(site);
    expect(list.map((entry) => entry.path)).toEqual(['', ...urls.slice(1).map((_, at) => `deel-${at + 1}`)]);
    const corpus = JSON.parse(readFileSync(join(generated, 'corpus.json'), 'utf8')) as { documents: { id: string; date: string }[] };
    const oldestFirst = [...corpus.documents].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)).map((doc) => doc.id);
    const documentsOf = (shard: string[]) => [...new Set(shard.map((url) => url.split('/')[2]!))];
    const documentShards = list.flatMap((entry, at) => (entry.documents ? [{ entry, ids: documentsOf(urls[at]!) }] : []));
    expect(documentShards.flatMap(({ ids }) => ids.sort((a, b) => oldestFirst.indexOf(a) - oldestFirst.indexOf(b)))).toEqual(oldestFirst);
    for (const { entry, ids } of documentShards) expect(entry.documents).toBe(ids[0]);
    // The shards of pages hold no documents.
    for (const [at, entry] of list.entries()) if (!entry.documents) expect(urls[at]!.every((url) => !url.startsWith('/documenten/'))).toBe(true);
  });

  it('indexes nothing again when no page or model changed, and writes the same bytes', async () => {
    const before = indexFiles(site);
    const report = await indexSite(site, { generated, shardBytes: SHARD_BYTES });
    expect(report.indexed).toBe(0);
    expect(indexFiles(site)).toEqual(before);
  });

  it('after one model changed, indexes only its shard, and the index is the one a clean build makes', async () => {
    reviseDebate(generated);
    const report = await indexSite(site, { generated, shardBytes: SHARD_BYTES });
    expect(report.indexed).toBe(1);
    // The cache holds this build's shards only.
    expect(readdirSync(shardCacheDir(site))).toHaveLength(report.shards);

    const clean = copySite('clean');
    reviseDebate(clean.generated);
    const cleanReport = await indexSite(clean.site, { generated: clean.generated, shardBytes: SHARD_BYTES });
    expect(cleanReport.indexed).toBe(cleanReport.shards);
    expect(indexFiles(site)).toEqual(indexFiles(clean.site));
  });

  it('after one person\'s page changed, indexes only the shard that holds it', async () => {
    const page = join(site, PERSON_PAGE);
    writeFileSync(page, readFileSync(page, 'utf8').replace('</h1>', ' (CDA)</h1>'));
    expect((await indexSite(site, { generated, shardBytes: SHARD_BYTES })).indexed).toBe(1);
  });

  it('republishes a whole index after a published file was truncated: the site shares no storage with the cache', async () => {
    const before = indexFiles(site);
    const fragment = readdirSync(join(site, 'pagefind', 'fragment'))[0]!;
    truncateSync(join(site, 'pagefind', 'fragment', fragment), 0);
    const report = await indexSite(site, { generated, shardBytes: SHARD_BYTES });
    expect(report.indexed).toBe(0);
    expect(indexFiles(site)).toEqual(before);
  });

  it('indexes a shard again whose cached files or manifest do not check out', async () => {
    const before = indexFiles(site);
    const entries = readdirSync(shardCacheDir(site)).sort();
    const [truncated, edited, unlisted] = entries.map((entry) => join(shardCacheDir(site), entry));
    const bundleFile = (entry: string): string => join(entry, 'bundle', 'pagefind-entry.json');
    truncateSync(bundleFile(truncated!), 10);
    writeFileSync(join(edited!, 'manifest.json'), '{"files":{}}');
    rmSync(join(unlisted!, 'manifest.json'));
    const report = await indexSite(site, { generated, shardBytes: SHARD_BYTES });
    expect(report.indexed).toBe(3);
    expect(indexFiles(site)).toEqual(before);
    expect(readdirSync(shardCacheDir(site)).sort()).toEqual(entries);
  });
});
