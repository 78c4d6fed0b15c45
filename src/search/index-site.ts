import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { codeVersion } from '../files/code-version.ts';
import { directorySize } from '../files/directory-size.ts';
import { copyVerified, manifestOf, readManifest } from '../files/verified-tree.ts';
import type { CorpusIndex } from '../model/corpus.ts';
import { GENERATED } from '../site/corpus.ts';
import { runInWorkers } from '../workers/pool.ts';
import { describeShard, shardFilterValue, type ShardJob } from './index-shard.ts';
import { planShards, type PageSize } from './plan-shards.ts';
import { SHARD_LIST, type ShardEntry } from './shard-list.ts';

const SHARD_WORKER = new URL('./shard-worker.ts', import.meta.url);

/**
 * Models (or HTML pages) per Pagefind index, in bytes. Pagefind holds an index in memory while it
 * builds it (measured with a record per speaker: 1.0 GB for 32 MB of models, 1.9 GB for 95 MB),
 * and one runs per core, beside Astro: shards of 64 MB keep two of them near 3 GB. Where a shard
 * ends is decided by its pages, so they hold about 52 MB on average (plan-shards.ts). Fewer, larger
 * shards are also a faster search: the search page merges the shards in the browser, each with its
 * own index to load and search. People and parties are shards of their own, so a small corpus is
 * two. VERSLAG_SHARD_MB overrides the size (the tests use it to search across shards).
 */
export const SHARD_BYTES = Number(process.env.VERSLAG_SHARD_MB ?? 64) * 1e6;

/**
 * The sections whose pages are indexed as HTML: people and parties (small pages), in shards of
 * their own, as a person's page changes with any document they speak in. Documents are indexed
 * from their models, one record per speech (records.ts), in shards of documents: a changed or
 * added document re-indexes its shard of documents and the people's shard.
 */
const PAGE_SECTIONS = ['personen', 'partijen'];

export interface SearchIndexReport {
  /** Pages and documents indexed. */
  pages: number;
  /** Pagefind indexes: the first is pagefind/, the others pagefind/deel-N/. */
  shards: number;
  /** Shards indexed in this run; the others were taken from the cache, their pages unchanged. */
  indexed: number;
  bytes: number;
  files: number;
}

/** The indexed pages of some sections with their sizes, in a stable order. */
function indexedPages(site: string, sections: readonly string[]): PageSize[] {
  const pages: PageSize[] = [];
  for (const section of sections) {
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

/** Documents oldest first: by date, then by id (an undated document first). */
const byDateThenId = (a: { date: string; id: string }, b: { date: string; id: string }): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The documents' models with their sizes, oldest first (by date, then id), and what decides each
 * one's records: the model digest of the corpus index (its source and the ingest's code). So each
 * shard of documents covers a span of dates, in the order of SHARD_LIST: the search page sorts by
 * date across shards one shard at a time (shard-list.ts), and a new debate falls in the newest shard.
 */
function indexedModels(generated: string): { models: PageSize[]; digests: Map<string, string> } {
  const index = JSON.parse(readFileSync(join(generated, 'corpus.json'), 'utf8')) as CorpusIndex;
  const documents = [...index.documents].sort(byDateThenId);
  // A shard ends where a document's id says, not its path: the same corpus ingested elsewhere (a clean build's own generated/) is cut the same.
  const models = documents.map(({ id }) => {
    const page = join(generated, 'json', `${id}.json`);
    return { page, bytes: statSync(page).size, name: id };
  });
  return { models, digests: new Map(documents.map(({ modelDigest }, at) => [models[at]!.page, modelDigest])) };
}

/**
 * Where finished shards are kept between builds, beside the site (`dist` → `.pagefind-cache/dist`):
 * Astro empties dist/ on every build, and a rebuild after one changed document should index only
 * the shard that holds it.
 */
export function shardCacheDir(site: string): string {
  return join(dirname(site), '.pagefind-cache', basename(site));
}

/** How we call Pagefind and make the records (the modules that do) and which Pagefind (package-lock.json), read once. */
const INDEXER_VERSION = codeVersion(['src/search/index-shard.ts', 'src/search/records.ts', 'src/site/labels.ts', 'src/site/routes.ts']);

/**
 * What decides a shard's index: the indexer's version and every byte of its pages, or the digest
 * of each of its documents' models (a document's path is in its generated/, so only its id counts).
 */
function shardKey(site: string, shard: readonly string[], digests: Map<string, string>): string {
  const hash = createHash('sha256');
  hash.update(INDEXER_VERSION);
  for (const item of shard) {
    const digest = digests.get(item);
    if (digest !== undefined) hash.update(`\u0000model ${basename(item)}\u0000${digest}`);
    else hash.update(`\u0000${item}\u0000`).update(readFileSync(join(site, item)));
  }
  return hash.digest('hex').slice(0, 32);
}

/**
 * A cached shard: `<cache>/<key>/bundle/` as Pagefind wrote it, and `manifest.json`, every file
 * of the bundle with its size and hash (verified-tree.ts), written last: an entry without one,
 * or whose files do not match it, is not used.
 */
const BUNDLE = 'bundle';
const MANIFEST = 'manifest.json';

/** Whether the cache holds a finished entry under a key (its manifest, written last, is there); publishing checks its files. */
function inCache(cache: string, key: string): boolean {
  return readManifest(join(cache, key, MANIFEST)) !== undefined;
}

/** Publishes a cached shard into the site if it checks out against its manifest; false if it does not (or is not there). */
function publishCached(entry: string, target: string): boolean {
  const manifest = readManifest(join(entry, MANIFEST));
  return manifest !== undefined && copyVerified(join(entry, BUNDLE), manifest, target);
}

/**
 * Indexes shards on `workers` threads, one Pagefind process each, and hands each shard's result to
 * `done` as it comes. A shard whose Pagefind died (its Node API never says so: the thread's work
 * then waits on nothing, and the thread ends) is failed with a message naming it, not waited for.
 */
export function indexShards(jobs: readonly ShardJob[], workers: number, done: (job: number, result: { error?: string }) => void, signal?: AbortSignal): Promise<void> {
  return runInWorkers<ShardJob, { error?: string }>(
    SHARD_WORKER,
    jobs,
    Math.min(workers, jobs.length),
    done,
    (job, reason) => ({
      error: `Pagefind stopped while indexing ${describeShard(jobs[job]!)} (${reason}; Pagefind's own last words, if any, are on stderr above)`,
    }),
    undefined,
    signal,
  );
}

export interface SearchIndexOptions {
  /** The ingest's output whose models are indexed (by default generated/). */
  generated?: string;
  shardBytes?: number;
  workers?: number;
  /** Where finished shards are kept between builds (by default shardCacheDir(site)). */
  cache?: string;
}

/** Shards with the key that decides each one's index. */
interface PlannedShards {
  shards: string[][];
  keys: string[];
}

/** What a run of indexIntoCache did: the keys of the shards it indexed, and the messages of those that failed. */
interface IndexRun {
  indexed: string[];
  errors: string[];
}

/**
 * Indexes into the cache each shard that has no entry there yet, under a temporary name renamed
 * when whole (with its manifest, written last). Resolves with the messages of the shards that
 * failed (none: every shard is in the cache), so that a run started early never rejects unheard.
 */
async function indexIntoCache(site: string, planned: PlannedShards, digests: Map<string, string>, cache: string, workers: number, only: (index: number) => boolean, signal?: AbortSignal): Promise<IndexRun> {
  const stale = planned.shards.map((_, index) => index).filter(only);
  const partial = (index: number): string => join(cache, `${planned.keys[index]}.partial-${process.pid}`);
  const jobs: ShardJob[] = stale.map((index) => ({
    site,
    pages: planned.shards[index]!.filter((item) => !digests.has(item)),
    models: planned.shards[index]!.filter((item) => digests.has(item)),
    outputPath: join(partial(index), BUNDLE),
  }));
  const errors: string[] = [];
  try {
    await indexShards(
      jobs,
      workers,
      (job, result) => {
        const index = stale[job]!;
        if (result.error) {
          errors.push(result.error);
          rmSync(partial(index), { recursive: true, force: true });
          return;
        }
        writeFileSync(join(partial(index), MANIFEST), JSON.stringify(manifestOf(join(partial(index), BUNDLE))));
        // Whole now: under its key it is found by the next build.
        rmSync(join(cache, planned.keys[index]!), { recursive: true, force: true });
        renameSync(partial(index), join(cache, planned.keys[index]!));
      },
      signal,
    );
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
  return { indexed: stale.map((index) => planned.keys[index]!), errors };
}

/** The documents' shards of a search index, being indexed into the cache (indexDocuments). */
export interface DocumentIndexRun extends PlannedShards {
  digests: Map<string, string>;
  models: number;
  cache: string;
  indexing: Promise<IndexRun>;
  /** Stops the indexing (the build failed elsewhere). */
  stop: () => void;
}

/**
 * Starts indexing the documents' shards into the cache: they are made from the models, not from
 * the built pages, so this runs while Astro builds the site (build-site.ts). The people's and
 * parties' pages, and publishing the shards into the site, wait for the site (indexSite).
 */
export function indexDocuments(site: string, options: SearchIndexOptions = {}): DocumentIndexRun {
  const cache = options.cache ?? shardCacheDir(site);
  mkdirSync(cache, { recursive: true });
  const generated = options.generated ?? GENERATED;
  let planned: ReturnType<typeof indexedModels>;
  try {
    planned = indexedModels(generated);
  } catch (error) {
    // Said when the index is awaited (indexSite), after the pages: a build that fails there names that step first.
    const errors = [`the documents in ${generated} could not be read for the search index: ${error instanceof Error ? error.message : String(error)}`];
    return { shards: [], keys: [], digests: new Map(), models: 0, cache, indexing: Promise.resolve({ indexed: [], errors }), stop: () => {} };
  }
  const { models, digests } = planned;
  const shards = planShards(models, options.shardBytes ?? SHARD_BYTES);
  const keys = shards.map((shard) => shardKey(site, shard, digests));
  const controller = new AbortController();
  // A shard whose entry has a manifest is taken as cached here; publishing checks every file of it, and indexes it again if one differs.
  const indexing = indexIntoCache(site, { shards, keys }, digests, cache, options.workers ?? availableParallelism(), (index) => !inCache(cache, keys[index]!), controller.signal);
  return { shards, keys, digests, models: models.length, cache, indexing, stop: () => controller.abort(new Error('the search index was stopped')) };
}

/**
 * Builds the site's search index with Pagefind, after `astro build`, in its own processes: the
 * shards are built in parallel, one Pagefind per core. The first shard is `pagefind/`, further
 * ones `pagefind/deel-N/`, all listed in `pagefind/shards.json` (shard-list.ts). People's and
 * parties' pages are indexed as HTML, in shards of their own; documents as records made from their models in
 * `options.generated` (by default the ingest's generated/), by `documents` if the build started
 * them early (indexDocuments), else from here.
 *
 * A shard whose pages are byte for byte those of an earlier build, and whose documents' model
 * digests are the same, is taken from the cache (`options.cache`, by default shardCacheDir(site))
 * instead: Pagefind's output depends only on its input, so the index is the same. Every shard is
 * built into the cache (under a temporary name, renamed when whole) and copied from there into the
 * site, each file checked against the entry's manifest: a cached shard that does not check out is
 * indexed again, and nothing in the site shares storage with the cache. Throws if any shard fails,
 * so that a site without its index does not pass for built.
 */
export async function indexSite(site: string, options: SearchIndexOptions & { documents?: DocumentIndexRun } = {}): Promise<SearchIndexReport> {
  const documents = options.documents ?? indexDocuments(site, options);
  const cache = documents.cache;
  const workers = options.workers ?? availableParallelism();
  const output = join(site, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  const pageShards = planShards(indexedPages(site, PAGE_SECTIONS), options.shardBytes ?? SHARD_BYTES);
  const planned: PlannedShards = {
    shards: [...pageShards, ...documents.shards],
    keys: [...pageShards.map((shard) => shardKey(site, shard, documents.digests)), ...documents.keys],
  };
  // A site without indexed pages still gets an (empty) index, so that the search page finds one.
  if (planned.shards.length === 0) {
    planned.shards.push([]);
    planned.keys.push(shardKey(site, [], documents.digests));
  }
  const targets = planned.shards.map((_, index) => join(output, index === 0 ? '' : `deel-${index}`));
  const fromDocuments = (index: number): boolean => index >= planned.shards.length - documents.shards.length;
  // The pages' shards are indexed while the documents' are still being indexed.
  const pages = await indexIntoCache(site, planned, documents.digests, cache, workers, (index) => !fromDocuments(index) && !inCache(cache, planned.keys[index]!));
  const early = await documents.indexing;
  const errors = [...pages.errors, ...early.errors];
  if (errors.length > 0) throw new Error(errors.join('\n'));
  // The first shard first: the others are directories inside it. One that does not check out is indexed again.
  const unpublished = planned.shards.map((_, index) => index).filter((index) => !publishCached(join(cache, planned.keys[index]!), targets[index]!));
  const again = await indexIntoCache(site, planned, documents.digests, cache, workers, (index) => unpublished.includes(index));
  if (again.errors.length > 0) throw new Error(again.errors.join('\n'));
  for (const index of unpublished) {
    if (!publishCached(join(cache, planned.keys[index]!), targets[index]!)) throw new Error(`the search index shard just written to ${join(cache, planned.keys[index]!)} does not match its manifest`);
  }
  // The cache keeps what this build uses, no more (nor what a stopped build left).
  const used = new Set(planned.keys);
  for (const entry of readdirSync(cache)) if (!used.has(entry)) rmSync(join(cache, entry), { recursive: true, force: true });
  const list: ShardEntry[] = planned.shards.map((shard, index) => ({
    path: index === 0 ? '' : basename(targets[index]!),
    ...(fromDocuments(index) && shard.length > 0 ? { documents: shardFilterValue(shard) } : {}),
  }));
  writeFileSync(join(output, SHARD_LIST), `${JSON.stringify(list)}\n`);
  return {
    pages: planned.shards.reduce((sum, shard) => sum + shard.length, 0),
    shards: planned.shards.length,
    // A shard indexed early whose files then did not check out was indexed twice: counted once.
    indexed: new Set([...pages.indexed, ...early.indexed, ...again.indexed]).size,
    ...directorySize(output),
  };
}

/** The line a build prints about its search index. */
export function describeSearchIndex(report: SearchIndexReport, seconds: number, site: string, when = ''): string {
  return `search index: ${report.pages} pages in ${report.shards} shard(s) (${report.indexed} indexed, ${report.shards - report.indexed} unchanged) in ${seconds.toFixed(2)} s${when}; ${(report.bytes / 1e6).toFixed(2)} MB in ${report.files} files (${site}/pagefind)`;
}
