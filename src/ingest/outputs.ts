import { hash } from 'node:crypto';
import { toAnnotatedMarkdown } from '../markdown/write.ts';
import { summarise } from './corpus.ts';
import { ingestOne } from './run-one.ts';

/**
 * What ingesting one source produces, ready to write: the annotated Markdown and the open-data
 * JSON as UTF-8 bytes, the document's summary for the corpus index (as JSON text, so that a
 * summary read back from the cache and a fresh one are the same value), and what the report
 * needs. Made in a worker thread; the main thread only writes it out. The files are bytes so
 * that the worker encodes them and hands them over without a copy (see `outputBuffers`).
 */
export type DocumentOutputs =
  | { id: string; markdown: Uint8Array; json: Uint8Array; summary: string; bytes: number; unclassified: number }
  | { error: string };

/** The buffers of a document's files, for a worker to transfer rather than copy. */
export function outputBuffers(outputs: DocumentOutputs): ArrayBuffer[] {
  return 'error' in outputs ? [] : [outputs.markdown.buffer as ArrayBuffer, outputs.json.buffer as ArrayBuffer];
}

// TextEncoder, not Buffer.from: each result gets an ArrayBuffer of its own, never Node's shared
// pool of small buffers, so transferring it cannot take other data with it.
const utf8 = new TextEncoder();

export function ingestToOutputs(path: string): DocumentOutputs {
  const result = ingestOne(path);
  if ('error' in result) return result;
  const { doc, data, bytes } = result;
  try {
    const json = utf8.encode(`${JSON.stringify(data)}\n`);
    return {
      id: doc.id,
      markdown: utf8.encode(toAnnotatedMarkdown(doc)),
      json,
      summary: JSON.stringify(summarise(doc, hash('sha256', json))),
      bytes,
      unclassified: doc.unclassified.length,
    };
  } catch (error) {
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { error: `${path}: could not be written: ${reason}` };
  }
}
