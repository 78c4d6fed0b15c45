import { existsSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { runInWorkers } from '../workers/pool.ts';
import type { ShardJob } from './index-shard.ts';

const SHARD_WORKER = new URL('./shard-worker.ts', import.meta.url);

/**
 * HTML per Pagefind index, in bytes. Pagefind holds an index in memory while it builds it (about
 * 0.25 GB plus 2.7 MB per debate page of 200 kB, measured), so the site is indexed in shards of
 * about 200 debate pages, one per core at a time, and the search page merges them in the browser.
 * A small corpus is a single index. VERSLAG_SHARD_MB overrides the size (the tests use it to
 * search across shards).
 */
export const SHARD_BYTES = Number(process.env.VERSLAG_SHARD_MB ?? 40) * 1e6;

/** Where the extra shards are listed for the search page: pagefind/shards.json → ["deel-1", …]. */
export const SHARD_LIST = 'shards.json';

/** The sections whose pages carry data-pagefind-body, indexed in this order. */
const SECTIONS = ['personen', 'partijen', 'documenten'];

export interface SearchIndexReport {
  pages: number;
  shards: number;
  bytes: number;
  files: number;
}

/** The indexed pages with their sizes, in a stable order: people and parties first, then documents. */
function indexedPages(site: string): { page: string; bytes: number }[] {
  const pages: { page: string; bytes: number }[] = [];
  for (const section of SECTIONS) {
    const directory = join(site, section);
    if (!existsSync(directory)) continue;
    for (const name of readdirSync(directory).sort()) {
      const page = join(section, name, 'index.html');
      const path = join(site, page);
      if (existsSync(path)) pages.push({ page, bytes: statSync(path).size });
    }
  }
  return pages;
}

/** Consecutive pages grouped into shards of at most `budget` bytes (a larger page is a shard of its own); never none. */
export function planShards(pages: readonly { page: string; bytes: number }[], budget: number): string[][] {
  const shards: string[][] = [[]];
  let size = 0;
  for (const { page, bytes } of pages) {
    const current = shards.at(-1)!;
    if (current.length > 0 && size + bytes > budget) {
      shards.push([page]);
      size = bytes;
    } else {
      current.push(page);
      size += bytes;
    }
  }
  return shards;
}

/**
 * Builds the site's search index with Pagefind, after `astro build`, in its own process: Astro's
 * memory is free by then, and the shards are built in parallel, one Pagefind process per core.
 * The first shard is `pagefind/`, further ones `pagefind/deel-N/`, listed in `pagefind/shards.json`.
 * Throws if any shard fails, so that a site without its index does not pass for built.
 */
export async function indexSite(site: string, options: { shardBytes?: number; workers?: number } = {}): Promise<SearchIndexReport> {
  const output = join(site, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  const pages = indexedPages(site);
  const shards = planShards(pages, options.shardBytes ?? SHARD_BYTES);
  const names = shards.map((_, index) => (index === 0 ? '' : `deel-${index}`));
  const jobs: ShardJob[] = shards.map((shard, index) => ({ site, pages: shard, outputPath: join(output, names[index]!) }));
  const errors: string[] = [];
  await runInWorkers<ShardJob, { error?: string }>(
    SHARD_WORKER,
    jobs,
    Math.min(options.workers ?? availableParallelism(), jobs.length),
    (_, result) => {
      if (result.error) errors.push(result.error);
    },
    (index, reason) => ({ error: `Pagefind stopped while indexing ${jobs[index]!.outputPath} (${reason})` }),
  );
  if (errors.length > 0) throw new Error(errors.join('\n'));
  writeFileSync(join(output, SHARD_LIST), `${JSON.stringify(names.slice(1))}\n`);
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(output, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { pages: pages.length, shards: shards.length, bytes, files };
}
