import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { close, createIndex } from 'pagefind';

/** One Pagefind index to build: these pages of the built site, written to `outputPath`. */
export interface ShardJob {
  site: string;
  /** Paths of pages relative to `site`, such as `documenten/<id>/index.html`. */
  pages: string[];
  outputPath: string;
}

/**
 * Indexes a shard's pages into one Pagefind bundle, then stops Pagefind to free its memory.
 * Dutch (stemming: kwantumcomputer finds kwantumcomputers); only what a page marks with
 * data-pagefind-body is indexed. A page's URL is its path from the site root, as Pagefind's own
 * CLI would give it; the search page passes the site's base to Pagefind.
 */
export async function indexShard({ site, pages, outputPath }: ShardJob): Promise<{ error?: string }> {
  try {
    const { index, errors } = await createIndex({ forceLanguage: 'nl' });
    if (!index) return { error: `Pagefind could not start: ${errors.join('; ')}` };
    for (const page of pages) {
      const url = `/${page.replace(/index\.html$/, '')}`;
      const added = await index.addHTMLFile({ url, content: readFileSync(join(site, page), 'utf8') });
      if (added.errors.length > 0) return { error: `Pagefind could not index ${page}: ${added.errors.join('; ')}` };
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
