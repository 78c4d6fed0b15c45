import { statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/** Total size of the files below a directory, in bytes. */
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

/**
 * Indexes the built site with Pagefind as the last step of `astro build`. The index is Dutch
 * (stemming: kwantumcomputer finds kwantumcomputers) and holds only what pages mark with
 * data-pagefind-body: the documents' text and the person and party pages, not the navigation.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'verslag-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: 'nl' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Only these pages carry data-pagefind-body; the lists and paper pages need not be read at all.
        const added = await index.addDirectory({ path: site, glob: '{documenten,personen,partijen}/*/index.html' });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        const size = directorySize(join(site, 'pagefind'));
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        logger.info(`indexed ${added.page_count} pages in ${seconds} s; index ${(size.bytes / 1e6).toFixed(2)} MB in ${size.files} files`);
      },
    },
  };
}
