import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexSite, shardCacheDir } from '../../src/search/index-site.ts';
import { SITES } from '../site/built-site.ts';

/** Every file of a site's search index, by path, as bytes. */
function indexFiles(site: string): Map<string, Buffer> {
  const root = join(site, 'pagefind');
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [join(entry.parentPath, entry.name).slice(root.length), readFileSync(join(entry.parentPath, entry.name))]));
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
});
