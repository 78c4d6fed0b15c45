// @ts-check
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { verslagRemarkPlugins } from './src/markdown/plugins.ts';
import { paperSlug } from './src/site/routes.ts';
import { siteData } from './src/site/corpus.ts';
import { passageCrossLinks } from './src/site/cross-links.ts';
import sitemap from '@astrojs/sitemap';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// Where the site is served: VERSLAG_SITE is its origin (for permanent links, sitemap, feed),
// VERSLAG_BASE a sub-path such as '/verslag/' for hosts that serve it below the root.
const site = process.env.VERSLAG_SITE ?? 'https://verslag.example.org';
const base = process.env.VERSLAG_BASE ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Pagefind runs last, over the finished site.
  integrations: [sitemap(), pagefindIndex()],
  markdown: {
    // Astro 7's default processor runs no remark plugins: ours turn the directives into HTML.
    // GFM and SmartyPants stay off so the source's words and quotes reach the page unchanged.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: verslagRemarkPlugins({
        base,
        documentForPaper: (paper) => siteData().papers.get(paperSlug(paper))?.document?.id,
        passageLinks: passageCrossLinks(base),
      }),
    }),
  },
});
