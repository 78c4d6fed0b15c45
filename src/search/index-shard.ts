import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { close, createIndex } from 'pagefind';
import { markPassageAnchors } from './passage-anchors.ts';

/** One Pagefind index to build: these pages of the built site, written to `outputPath`. */
export interface ShardJob {
  site: string;
  /** Paths of pages relative to `site`, such as `documenten/<id>/index.html`. */
  pages: string[];
  outputPath: string;
}

/** One glob that matches exactly these pages: `{personen/krul/index.html,documenten/x/index.html}`. */
export function pagesGlob(pages: readonly string[]): string {
  const unsafe = pages.find((page) => !/^[\w./-]+$/.test(page));
  if (unsafe) throw new Error(`cannot index ${unsafe}: a page path with characters a glob would read as a pattern`);
  return `{${pages.join(',')}}`;
}

/**
 * Writes a page as Pagefind should read it (markPassageAnchors) under the same path below `staged`.
 * Read and written as Latin-1, one byte per character: the markers move only ASCII (tags and ids),
 * so every other byte, UTF-8 sequences included, stays as it was, and the page is neither decoded
 * nor encoded.
 */
export function stagePage(site: string, staged: string, page: string): void {
  mkdirSync(dirname(join(staged, page)), { recursive: true });
  writeFileSync(join(staged, page), markPassageAnchors(readFileSync(join(site, page), 'latin1')), 'latin1');
}

/**
 * Indexes a shard's pages into one Pagefind bundle, then stops Pagefind to free its memory.
 * Dutch (stemming: kwantumcomputer finds kwantumcomputers); only what a page marks with
 * data-pagefind-body is indexed. A page's URL is its path from the site root (`/documenten/x/`);
 * the search page passes the site's base to Pagefind.
 */
export async function indexShard({ site, pages, outputPath }: ShardJob): Promise<{ error?: string }> {
  // The pages as Pagefind should read them (markPassageAnchors), under the same paths, so their URLs are the site's.
  const staged = mkdtempSync(join(tmpdir(), 'verslag-pagefind-'));
  try {
    for (const page of pages) stagePage(site, staged, page);
    const { index, errors } = await createIndex({ forceLanguage: 'nl' });
    if (!index) return { error: `Pagefind could not start: ${errors.join('; ')}` };
    // Pagefind reads the files itself, on all its threads: twice as fast as sending each page.
    const added = await index.addDirectory({ path: staged, glob: pagesGlob(pages) });
    if (added.errors.length > 0) return { error: `Pagefind could not index ${site}: ${added.errors.join('; ')}` };
    if (added.page_count !== pages.length) return { error: `Pagefind indexed ${added.page_count} of the ${pages.length} pages of ${outputPath}` };
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) return { error: `Pagefind could not write its index to ${outputPath}: ${written.errors.join('; ')}` };
  } finally {
    await close();
    rmSync(staged, { recursive: true, force: true });
  }
  // Pagefind can die (out of memory) without an error reaching us: a site without its index must not pass for built.
  for (const file of ['pagefind.js', 'pagefind-entry.json']) {
    if (!existsSync(join(outputPath, file))) return { error: `Pagefind wrote no index to ${outputPath} (${file} is missing)` };
  }
  return {};
}
