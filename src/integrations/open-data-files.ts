import { createReadStream, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { publishFile } from '../files/publish.ts';
import { jsonPath } from '../model/generated-files.ts';
import { GENERATED, siteData } from '../site/corpus.ts';
import { routes } from '../site/routes.ts';

/** /documenten/<id>.json, relative to the site's base: the document's model, as the ingest wrote it. */
const DOCUMENT_JSON = /^documenten\/([^/]+)\.json$/;

/**
 * Publishes each document's model (generated/json/<id>.json) beside its page as
 * /documenten/<id>.json. The ingest has already written the bytes, so the build links the files
 * (publishFile: a hard link where dist/ and generated/ share a file system, else a copy) rather
 * than rendering them as Astro endpoints. The dev server serves them from generated/json.
 */
export function openDataFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'verslag-open-data-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = routes(config.base).home();
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent((request.url ?? '').split('?')[0]!);
          const id = path.startsWith(base) ? DOCUMENT_JSON.exec(path.slice(base.length))?.[1] : undefined;
          const file = id && jsonPath(GENERATED, id);
          if (!file || !existsSync(file)) return next();
          response.setHeader('Content-Type', 'application/json; charset=utf-8');
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': ({ dir }) => {
        const documents = join(fileURLToPath(dir), 'documenten');
        mkdirSync(documents, { recursive: true });
        for (const { id } of siteData().documents) publishFile(jsonPath(GENERATED, id), join(documents, `${id}.json`));
      },
    },
  };
}
