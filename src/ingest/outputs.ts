import { hash } from 'node:crypto';
import { toAnnotatedMarkdown } from '../markdown/write.ts';
import { summarise } from './corpus.ts';
import { ingestOne } from './run-one.ts';

/**
 * What ingesting one source produces, ready to write: the annotated Markdown, the open-data JSON,
 * the document's summary for the corpus index (as JSON text, so that a summary read back from the
 * cache and a fresh one are the same value), and what the report needs. Made in a worker thread;
 * the main thread only writes it out.
 */
export type DocumentOutputs =
  | { id: string; markdown: string; json: string; summary: string; bytes: number; unclassified: number }
  | { error: string };

export function ingestToOutputs(path: string): DocumentOutputs {
  const result = ingestOne(path);
  if ('error' in result) return result;
  const { doc, data, bytes } = result;
  try {
    const json = `${JSON.stringify(data)}\n`;
    return {
      id: doc.id,
      markdown: toAnnotatedMarkdown(doc),
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
