import { parentPort } from 'node:worker_threads';
import { ingestToOutputs } from './outputs.ts';

/**
 * A thread of the ingest pool (see pool.ts): takes a source path, parses and renders it, and sends
 * the outputs back for the main thread to write. One document at a time, so a worker holds at
 * most one document's model.
 */
parentPort!.on('message', (job: { key: number; path: string }) => {
  parentPort!.postMessage({ key: job.key, outputs: ingestToOutputs(job.path) });
});
