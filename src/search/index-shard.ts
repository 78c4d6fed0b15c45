import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';
import type { ParliamentaryDocument } from '../model/document.ts';
import { documentRecords } from './records.ts';

/** One Pagefind index to build, written to `outputPath`: pages of the built site, or documents' records. */
export interface ShardJob {
  site: string;
  /** Paths of pages relative to `site`, such as `personen/krul/index.html`, indexed as HTML. */
  pages: string[];
  /** Paths of documents' models (generated/json/<id>.json), indexed as one record per speech (records.ts). */
  models: string[];
  outputPath: string;
}

/** One glob that matches exactly these pages: `{personen/krul/index.html,partijen/cda/index.html}`. */
export function pagesGlob(pages: readonly string[]): string {
  const unsafe = pages.find((page) => !/^[\w./-]+$/.test(page));
  if (unsafe) throw new Error(`cannot index ${unsafe}: a page path with characters a glob would read as a pattern`);
  return `{${pages.join(',')}}`;
}

/**
 * Indexes a shard's pages or documents into one Pagefind bundle, then stops Pagefind to free its
 * memory. Dutch (stemming: kwantumcomputer finds kwantumcomputers); of a page, only what it marks
 * with data-pagefind-body is indexed. A URL is its path from the site root (`/personen/krul/`,
 * `/documenten/x/#p…`); the search page passes the site's base to Pagefind.
 */
export async function indexShard({ site, pages, models, outputPath }: ShardJob): Promise<{ error?: string }> {
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'nl' });
    if (!index) return { error: `Pagefind could not start: ${errors.join('; ')}` };
    if (pages.length > 0) {
      // Pagefind reads the files itself, on all its threads: twice as fast as sending each page.
      const added = await index.addDirectory({ path: site, glob: pagesGlob(pages) });
      if (added.errors.length > 0) return { error: `Pagefind could not index ${site}: ${added.errors.join('; ')}` };
      if (added.page_count !== pages.length) return { error: `Pagefind indexed ${added.page_count} of the ${pages.length} pages of ${outputPath}` };
    }
    for (const model of models) {
      const doc = JSON.parse(readFileSync(model, 'utf8')) as ParliamentaryDocument;
      // A document's records are sent together: Pagefind answers them in turn, without a round trip each.
      const added = await Promise.all(documentRecords(doc).map((record) => index.addCustomRecord({ ...record, language: 'nl' })));
      const failed = added.flatMap((response) => response.errors);
      if (failed.length > 0) return { error: `Pagefind could not index the records of ${model}: ${failed.join('; ')}` };
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) return { error: `Pagefind could not write its index to ${outputPath}: ${written.errors.join('; ')}` };
  } finally {
    await close();
  }
  // Pagefind can die (out of memory) without an error reaching us: a site without its index must not pass for built.
  for (const file of ['pagefind.js', 'pagefind-entry.json']) {
    if (!existsSync(join(outputPath, file))) return { error: `Pagefind wrote no index to ${outputPath} (${file} is missing)` };
  }
  return {};
}
