import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Pages per Pagefind index. Pagefind holds an index in memory while it builds it (about 2 GB per
 * thousand debate pages, measured): the site is indexed in shards of this size, one after the
 * other, and the search page merges them in the browser. A small corpus is a single index.
 * VERSLAG_PAGES_PER_SHARD overrides the size (the tests use it to search across shards).
 */
export const PAGES_PER_SHARD = Number(process.env.VERSLAG_PAGES_PER_SHARD ?? 500);

/** Where the extra shards are listed for the search page: pagefind/shards.json → ["deel-1", …]. */
export const SHARD_LIST = 'shards.json';

/** The pages that carry data-pagefind-body, in a stable order: people and parties first, then documents. */
function indexedPages(site: string): string[] {
  const pages: string[] = [];
  for (const section of ['personen', 'partijen', 'documenten']) {
    const directory = join(site, section);
    if (!existsSync(directory)) continue;
    for (const name of readdirSync(directory).sort()) {
      const page = join(section, name, 'index.html');
      if (existsSync(join(site, page))) pages.push(page);
    }
  }
  return pages;
}

function directorySize(path: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Indexes `pages` of `site` into one Pagefind bundle at `outputPath`, then stops Pagefind to free its memory. */
async function indexShard(site: string, pages: string[], outputPath: string): Promise<void> {
  const { index, errors } = await createIndex({ forceLanguage: 'nl' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  for (const page of pages) {
    const url = `/${page.replace(/index\.html$/, '')}`;
    const added = await index.addHTMLFile({ url, content: readFileSync(join(site, page), 'utf8') });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${page}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await close();
  // Pagefind can die (out of memory) without an error reaching us: a site without its index must not pass for built.
  for (const file of ['pagefind.js', 'pagefind-entry.json']) {
    if (!existsSync(join(outputPath, file))) throw new Error(`Pagefind wrote no index to ${outputPath} (${file} is missing)`);
  }
}

/**
 * Indexes the built site with Pagefind as the last step of `astro build`. The index is Dutch
 * (stemming: kwantumcomputer finds kwantumcomputers) and holds only what pages mark with
 * data-pagefind-body: the documents' text and the person and party pages, not the navigation.
 * The first shard is `pagefind/`, further ones `pagefind/deel-N/`, listed in `pagefind/shards.json`.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'verslag-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const pages = indexedPages(site);
        const shards: string[] = [];
        for (let start = 0; start < pages.length || start === 0; start += PAGES_PER_SHARD) {
          const name = start === 0 ? '' : `deel-${start / PAGES_PER_SHARD}`;
          await indexShard(site, pages.slice(start, start + PAGES_PER_SHARD), join(site, 'pagefind', name));
          if (name) shards.push(name);
        }
        writeFileSync(join(site, 'pagefind', SHARD_LIST), `${JSON.stringify(shards)}\n`);
        const size = directorySize(join(site, 'pagefind'));
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`indexed ${pages.length} pages in ${shards.length + 1} shard(s) in ${seconds} s; index ${(size.bytes / 1e6).toFixed(2)} MB in ${size.files} files`);
      },
    },
  };
}
