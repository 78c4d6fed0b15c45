import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { close, createIndex } from 'pagefind';
import type { ParliamentaryDocument } from '../model/document.ts';
import { documentRecords } from './records.ts';
import { SHARD_FILTER } from './shard-list.ts';

/** One Pagefind index to build, written to `outputPath`: pages of the built site, or documents' records. */
export interface ShardJob {
  site: string;
  /** Paths of pages relative to `site`, such as `personen/krul/index.html`, indexed as HTML. */
  pages: string[];
  /** Paths of documents' models (generated/json/<id>.json), indexed as one record per speech (records.ts). */
  models: string[];
  outputPath: string;
}

/**
 * Fragment files per shard: past this many records, Pagefind bundles their fragments into shared
 * files, so a shard of several thousand records writes (and a host serves) about a thousand files,
 * not one per record; a result then loads a file of a few records.
 */
export const MAX_FRAGMENTS = 1000;

/** The value of SHARD_FILTER for a shard of documents: its first document's id (models are generated/json/<id>.json). */
export function shardFilterValue(models: readonly string[]): string {
  return basename(models[0]!, '.json');
}

/** One glob that matches exactly these pages: `{personen/krul/index.html,partijen/cda/index.html}`. */
export function pagesGlob(pages: readonly string[]): string {
  const unsafe = pages.find((page) => !/^[\w./-]+$/.test(page));
  if (unsafe) throw new Error(`cannot index ${unsafe}: a page path with characters a glob would read as a pattern`);
  return `{${pages.join(',')}}`;
}

/** Pagefind's own account of a bundle it wrote: pages (and custom records) per language. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/**
 * Indexes a shard's pages or documents into one Pagefind bundle, then stops Pagefind to free its
 * memory. Dutch (stemming: kwantumcomputer finds kwantumcomputers); of a page, only what it marks
 * with data-pagefind-body is indexed. A URL is its path from the site root (`/personen/krul/`,
 * `/documenten/x/#p…`); the search page passes the site's base to Pagefind.
 *
 * Pagefind runs through its Node API, which custom records need. That API never notices its
 * `pagefind --service` process die (a panic on an output directory it may not write, the
 * out-of-memory killer): what it awaits then never settles. Run this on a pool thread (shard-worker.ts),
 * whose jobs do not keep it alive (serveJobs): the thread then ends and the pool fails the shard.
 */
export async function indexShard({ site, pages, models, outputPath }: ShardJob): Promise<{ error?: string }> {
  let records = 0;
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'nl', maxFragments: MAX_FRAGMENTS });
    if (!index) return { error: `Pagefind could not start: ${errors.join('; ')}` };
    if (pages.length > 0) {
      // Pagefind reads the files itself, on all its threads: twice as fast as sending each page.
      const added = await index.addDirectory({ path: site, glob: pagesGlob(pages) });
      if (added.errors.length > 0) return { error: `Pagefind could not index ${site}: ${added.errors.join('; ')}` };
      if (added.page_count !== pages.length) return { error: `Pagefind indexed ${added.page_count} of the ${pages.length} pages of ${outputPath}` };
    }
    const shard = models.length > 0 ? shardFilterValue(models) : '';
    for (const model of models) {
      const doc = JSON.parse(readFileSync(model, 'utf8')) as ParliamentaryDocument;
      // A document's records are sent together: Pagefind answers them in turn, without a round trip each.
      const added = await Promise.all(
        documentRecords(doc).map((record) => index.addCustomRecord({ ...record, filters: { ...record.filters, [SHARD_FILTER]: [shard] }, language: 'nl' })),
      );
      const failed = added.flatMap((response) => response.errors);
      if (failed.length > 0) return { error: `Pagefind could not index the records of ${model}: ${failed.join('; ')}` };
      records += added.length;
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) return { error: `Pagefind could not write its index to ${outputPath}: ${written.errors.join('; ')}` };
  } catch (error) {
    return { error: `Pagefind could not index ${describeShard({ pages, models, outputPath })}: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    await close();
  }
  // Pagefind can end without an error and without its index: a site without its index must not pass for built.
  for (const file of ['pagefind.js', 'pagefind-entry.json']) {
    if (!existsSync(join(outputPath, file))) return { error: `Pagefind wrote no index to ${outputPath} (${file} is missing)` };
  }
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  if (indexed !== pages.length + records) return { error: `Pagefind indexed ${indexed} of the ${pages.length + records} pages and records of ${describeShard({ pages, models, outputPath })}` };
  return {};
}

/** A shard in words, for messages: `3 pages and 2 documents into <path>`. */
export function describeShard({ pages, models, outputPath }: Pick<ShardJob, 'pages' | 'models' | 'outputPath'>): string {
  return `${pages.length} pages and ${models.length} documents into ${outputPath}`;
}
