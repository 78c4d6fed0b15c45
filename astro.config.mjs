// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { openDataFiles } from './src/integrations/open-data-files.ts';
import { checkSiteOrigin } from './src/site/origin.ts';
import { baseKey } from './src/site/routes.ts';

// Where the site is served: VERSLAG_SITE is its origin (for permanent links, sitemap, feed),
// VERSLAG_BASE a sub-path such as '/verslag/' for hosts that serve it below the root.
// Without VERSLAG_SITE the build warns loudly (and a strict build, VERSLAG_STRICT=1 or --strict, fails).
const site = checkSiteOrigin().url;
const base = process.env.VERSLAG_BASE ?? '/';

// The documents' bodies are rendered from their models by our own remark plugin in the content
// loader (src/content/documents-loader.ts), not by Astro's Markdown processor.
export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Several pages in flight: a page's render waits on reading its body and writing its file, and
  // the build is mostly such waits (measured at 1,000 documents: route generation 8–11 s → 7–8 s).
  // No stylesheet is inlined (nor any script: assetsInlineLimit), so that a host may send a strict
  // Content-Security-Policy (script-src 'self', style-src 'self'; see the README).
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // A rebuild copies the pages whose data and code did not change from the previous build (their
  // cacheKey: src/site/page-keys.ts) instead of rendering them again. The copies live in the cache
  // directory, one per base path, so that a build under /verslag/ never hands its pages to one at /.
  experimental: { incrementalBuild: true },
  cacheDir: `./node_modules/.astro/${baseKey(base)}`,
  // The search index is built after this build, in its own process: scripts/index-search.ts.
  integrations: [sitemap(), openDataFiles()],
});
