import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParliamentaryDocument } from '../model/document.ts';
import { bodyTexts } from '../model/walk.ts';

/**
 * The two Astro projects the benchmark builds, in temporary directories:
 *
 * - the Verslag site over the benchmark's generated/ directory, which the site reads from
 *   $VERSLAG_GENERATED. The build runs in a copy of the project (src/, public/, config;
 *   node_modules linked) so that its dist/, its .astro/ types and Astro's cache stay out of the
 *   repository: the copy's astro.config.mjs wraps the repository's and moves the cache into the
 *   copy, as the configured one (under node_modules/.astro) would be the repository's own,
 *   shared through the link. A copy, not links: Astro requires its pages to lie inside the
 *   project root. Its `generated` links to the benchmark's output too, for site code that reads
 *   ./generated; without one (the build's tests) the copy ingests into a generated/ of its own.
 *   The scripts are copied too, so that `node scripts/build.ts` builds the copy.
 * - a bare Astro project that renders the same text as plain Markdown, one page per document:
 *   the baseline of what Astro costs without Verslag's annotations, cross-links and index pages.
 */
export function prepareVerslagSite(repository: string, generatedDir: string | undefined, dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const name of ['src', 'public', 'scripts', 'package.json', 'tsconfig.json']) {
    if (existsSync(join(repository, name))) cpSync(join(repository, name), join(dir, name), { recursive: true });
  }
  cpSync(join(repository, 'astro.config.mjs'), join(dir, 'verslag.config.mjs'));
  symlinkSync(join(repository, 'node_modules'), join(dir, 'node_modules'));
  if (generatedDir) symlinkSync(generatedDir, join(dir, 'generated'));
  writeFileSync(join(dir, 'astro.config.mjs'), `import config from './verslag.config.mjs';\nexport default { ...config, cacheDir: './.astro-cache' };\n`);
  return dir;
}

export function prepareBareSite(repository: string, generatedDir: string, dir: string): { dir: string; documents: number } {
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  mkdirSync(join(dir, 'md'), { recursive: true });
  symlinkSync(join(repository, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "verslag-bench-bare", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './.astro-cache' });\n");
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = { documents: defineCollection({ loader: glob({ pattern: '*.md', base: './md' }), schema: z.object({ title: z.string() }) }) };
`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('documents')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="nl"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>
`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'index.astro'),
    `---
import { getCollection } from 'astro:content';
const documents = await getCollection('documents');
---
<html lang="nl"><head><meta charset="utf-8" /><title>Documenten</title></head><body><ul>{documents.map((entry) => <li><a href={\`/\${entry.id}/\`}>{entry.data.title}</a></li>)}</ul></body></html>
`,
  );
  // The same words as the Verslag pages, from the ingested models, one document at a time.
  let documents = 0;
  for (const name of readdirSync(join(generatedDir, 'json')).sort()) {
    const doc = JSON.parse(readFileSync(join(generatedDir, 'json', name), 'utf8')) as ParliamentaryDocument;
    writeFileSync(join(dir, 'md', name.replace(/\.json$/, '.md')), plainMarkdown(doc));
    documents++;
  }
  return { dir, documents };
}

/** A document's text as plain Markdown paragraphs, markup characters escaped so the words stay words. */
export function plainMarkdown(doc: ParliamentaryDocument): string {
  const paragraphs = bodyTexts(doc).map((text) => text.replace(/[\\`*_[\]<>#|{}]/g, '\\$&').replace(/^(\d+)\./, '$1\\.').replace(/^([-+])/, '\\$1'));
  return `---\ntitle: ${JSON.stringify(doc.title)}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

/**
 * The peer: a Hugo site of the same text as the bare Astro site (one page per document, plain
 * Markdown), with the layouts Hugo needs and nothing more, which Pagefind then indexes in Dutch
 * (`<html lang="nl">`). Verslag's whole build is measured against Hugo + Pagefind over these words.
 */
export function prepareHugoSite(generatedDir: string, dir: string): { dir: string; documents: number } {
  mkdirSync(join(dir, 'content', 'documenten'), { recursive: true });
  mkdirSync(join(dir, 'layouts', '_default'), { recursive: true });
  writeFileSync(join(dir, 'hugo.toml'), `baseURL = "/"\nlanguageCode = "nl"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n`);
  // Only the documents are indexed (data-pagefind-body), as on Verslag's site: the home and section lists Hugo makes are navigation.
  const page = (main: string, body: string) =>
    `<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><${main}>${body}</main></body></html>\n`;
  writeFileSync(join(dir, 'layouts', '_default', 'single.html'), page('main data-pagefind-body', '<h1>{{ .Title }}</h1>{{ .Content }}'));
  writeFileSync(join(dir, 'layouts', '_default', 'list.html'), page('main', '<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>'));
  let documents = 0;
  for (const name of readdirSync(join(generatedDir, 'json')).sort()) {
    const doc = JSON.parse(readFileSync(join(generatedDir, 'json', name), 'utf8')) as ParliamentaryDocument;
    writeFileSync(join(dir, 'content', 'documenten', name.replace(/\.json$/, '.md')), plainMarkdown(doc));
    documents++;
  }
  return { dir, documents };
}
