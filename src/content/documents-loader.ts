import { existsSync, mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { codeVersion } from '../files/code-version.ts';
import { jsonPath } from '../model/generated-files.ts';
import { GENERATED, siteData } from '../site/corpus.ts';
import { baseKey } from '../site/routes.ts';
import { runInWorkers } from '../workers/pool.ts';
import { renderContext } from './render-context.ts';
import { renderDocumentFile, type RenderJob } from './render-document.ts';

const RENDER_WORKER = new URL('./render-worker.ts', import.meta.url);

/** Below this many documents to render, worker threads cost more to start than they save. */
const RENDER_IN_WORKERS_FROM = 16;

/** Where a document's rendered body is kept for a given base path: generated/html/<base>/<id>.html. */
export function documentHtmlPath(id: string, base: string): string {
  return join(GENERATED, 'html', baseKey(base), `${id}.html`);
}

/** Where its table of contents is kept, beside the body: generated/html/<base>/<id>.toc.json. */
export function documentTocPath(id: string, base: string): string {
  return documentHtmlPath(id, base).replace(/\.html$/, '.toc.json');
}

/**
 * The code that decides a document's HTML and table of contents: the renderer and every module it
 * loads (the remark plugin, the site's labels and routes, the model), and its dependencies. A
 * change to it re-renders every document.
 */
const RENDER_ENTRY_POINTS = ['src/content/render-document.ts'];

/**
 * The documents collection: one entry per document of the corpus index that `npm run ingest`
 * writes, with its metadata as data. Each body is rendered from the document's model (its
 * open-data JSON) by our remark plugin (src/markdown/render.ts), on worker threads, and written
 * with its table of contents beside the ingest's outputs rather than held in Astro's data store, so
 * memory does not grow with the corpus; the page reads the two files and the document's summary,
 * never the whole model. An entry's digest covers the model (its digest in the corpus index, so no
 * file is read again here), what the document links to elsewhere in the
 * corpus, the base path and the rendering code: a rebuild renders again only the documents where
 * one of those changed.
 */
export function documentsLoader(): Loader {
  return {
    name: 'verslag-documents',
    load: async ({ store, parseData, generateDigest, config, logger }) => {
      const started = performance.now();
      const base = config.base;
      // Before the first ingest (`astro sync` in a fresh clone) there are no documents yet.
      const ingested = existsSync(join(GENERATED, 'corpus.json'));
      if (!ingested) logger.warn(`${join(GENERATED, 'corpus.json')} is missing: run npm run ingest first`);
      const documents = ingested ? siteData().documents : [];
      const ids = new Set(documents.map((summary) => summary.id));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      const version = codeVersion(RENDER_ENTRY_POINTS);
      mkdirSync(join(documentHtmlPath('x', base), '..'), { recursive: true });
      const toRender: { job: RenderJob; entry: { id: string; data: Record<string, unknown>; digest: string } }[] = [];
      for (const { id, kind, title, date, paper, committee, modelDigest } of documents) {
        const context = renderContext(id, base);
        const digest = generateDigest(`${version}\n${JSON.stringify(context)}\n${modelDigest}`);
        const htmlPath = documentHtmlPath(id, base);
        const tocPath = documentTocPath(id, base);
        if (store.get(id)?.digest === digest && existsSync(htmlPath) && existsSync(tocPath)) continue;
        const data = await parseData({ id, data: { id, kind, title, date, paper, committee } });
        toRender.push({ job: { jsonPath: jsonPath(GENERATED, id), htmlPath, tocPath, context }, entry: { id, data, digest } });
      }
      await renderAll(toRender.map(({ job }) => job));
      for (const { entry } of toRender) store.set(entry);
      const rendered = toRender.length;
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      logger.info(`${documents.length} documents, ${rendered} rendered, ${documents.length - rendered} unchanged (${seconds} s)`);
    },
  };
}

/**
 * Renders the documents' bodies, on one worker thread per core when there are many (rendering is
 * most of the loader's time). Not on this thread as well: it would save starting one worker (0.2 s
 * at 1,000 documents), but rendering on Astro's heap, which holds the whole corpus index, raised
 * the build's peak memory at 10,000 documents from 1.8 to 2.2 GB. Throws on the first document
 * that fails, naming it.
 */
async function renderAll(jobs: RenderJob[]): Promise<void> {
  const errors: string[] = [];
  const collect = (_: number, result: { error?: string }): void => {
    if (result.error) errors.push(result.error);
  };
  const threads = Math.min(availableParallelism(), jobs.length);
  if (threads > 1 && jobs.length >= RENDER_IN_WORKERS_FROM) {
    await runInWorkers(RENDER_WORKER, jobs, threads, collect, (index, reason) => ({ error: `${jobs[index]!.jsonPath}: could not be rendered: the render worker stopped (${reason})` }));
  } else {
    jobs.forEach((job, index) => collect(index, renderDocumentFile(job)));
  }
  if (errors.length > 0) throw new Error(errors.join('\n'));
}
