import { serveJobs } from '../workers/pool.ts';
import { renderDocumentFile, type RenderJob } from './render-document.ts';

/** A thread of the loader's render pool: renders one document's HTML at a time and writes it. */
serveJobs<RenderJob, { error?: string }>(renderDocumentFile);
