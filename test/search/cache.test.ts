import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite, shardCacheDir } from '../../src/search/index-site.ts';
import { SITES } from '../site/built-site.ts';

/** Every file of a site's search index, by path, as bytes. */
function indexFiles(site: string): Map<string, Buffer> {
  const root = join(site, 'pagefind');
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [join(entry.parentPath, entry.name).slice(root.length), readFileSync(join(entry.parentPath, entry.name))]));
}

/** The page URLs each shard of a site's index holds, read from its fragments (gzipped JSON after Pagefind's signature). */
function shardUrls(site: string): string[][] {
  const root = join(site, 'pagefind');
  const shards = ['', ...(JSON.parse(readFileSync(join(root, 'shards.json'), 'utf8')) as string[])];
  return shards.map((shard) =>
    readdirSync(join(root, shard, 'fragment')).map((name) => {
      const text = gunzipSync(readFileSync(join(root, shard, 'fragment', name))).toString('utf8');
      return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
    }),
  );
}

/** A copy of the built /verslag/ site (many small shards) in a directory of its own, with its own shard cache. */
function copySite(name: string): string {
  const site = join(work, name, 'dist');
  cpSync(SITES.subpath.dir, site, { recursive: true });
  return site;
}

const work = mkdtempSync(join(tmpdir(), 'verslag-search-cache-'));
const SHARD_BYTES = 0.2e6;
const DEBATE_PAGE = 'documenten/commissiedebat-2025-01-30-opkomende-technologieen/index.html';

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the search index cache', () => {
  const site = copySite('incremental');

  it('indexes every shard the first time', async () => {
    const report = await indexSite(site, { shardBytes: SHARD_BYTES });
    expect(report.shards).toBeGreaterThan(2);
    expect(report.indexed).toBe(report.shards);
    expect(readdirSync(shardCacheDir(site))).toHaveLength(report.shards);
    // People and parties have shards of their own: their pages change with every document they appear in.
    const shards = shardUrls(site);
    expect(shards.flat()).toHaveLength(report.pages);
    for (const urls of shards) expect(new Set(urls.map((url) => url.split('/')[1] === 'documenten'))).toHaveLength(1);
  });

  it('indexes nothing again when no page changed, and writes the same bytes', async () => {
    const before = indexFiles(site);
    const report = await indexSite(site, { shardBytes: SHARD_BYTES });
    expect(report.indexed).toBe(0);
    expect(indexFiles(site)).toEqual(before);
  });

  it('after one page changed, indexes only its shard, and the index is the one a clean build makes', async () => {
    const page = join(site, DEBATE_PAGE);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain('gezichtsherkenning');
    writeFileSync(page, html.replaceAll('gezichtsherkenning', 'gezichtsherkenningssoftware'));
    const report = await indexSite(site, { shardBytes: SHARD_BYTES });
    expect(report.indexed).toBe(1);
    // The cache holds this build's shards only.
    expect(readdirSync(shardCacheDir(site))).toHaveLength(report.shards);

    const clean = copySite('clean');
    writeFileSync(join(clean, DEBATE_PAGE), readFileSync(page));
    const cleanReport = await indexSite(clean, { shardBytes: SHARD_BYTES });
    expect(cleanReport.indexed).toBe(cleanReport.shards);
    expect(indexFiles(site)).toEqual(indexFiles(clean));
  });

  it('republishes a whole index after a published file was truncated: the site shares no storage with the cache', async () => {
    const before = indexFiles(site);
    const fragment = readdirSync(join(site, 'pagefind', 'fragment'))[0]!;
    truncateSync(join(site, 'pagefind', 'fragment', fragment), 0);
    const report = await indexSite(site, { shardBytes: SHARD_BYTES });
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
    const report = await indexSite(site, { shardBytes: SHARD_BYTES });
    expect(report.indexed).toBe(3);
    expect(indexFiles(site)).toEqual(before);
    expect(readdirSync(shardCacheDir(site)).sort()).toEqual(entries);
  });
});

