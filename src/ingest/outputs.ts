import { describeFileError } from '../files/file-error.ts';
import { toAnnotatedMarkdown } from '../markdown/write.ts';
import { hashSourceFile, stampOf, type CacheEntry } from './cache.ts';
import { jsonPath, markdownPath } from './output-paths.ts';
import { summarise } from './corpus.ts';
import { replaceFile } from './replace-file.ts';
import { ingestOne } from './run-one.ts';

/** One source to ingest, and where its outputs go. */
export interface IngestJob {
  path: string;
  outDir: string;
  /** The ingest code version the source hash is taken with (cache.ts). */
  version: string;
  /** The source's hash, if the run could read it. */
  hash?: string;
}

/** What the run keeps of an ingested document (its cache entry but for the inputs), or why it failed. */
export type IngestResult = { entry: Omit<CacheEntry, 'hash' | 'inputs'> } | { error: string };

/**
 * Ingests one source and writes its outputs: the annotated Markdown and the open-data JSON. Runs in
 * a worker thread, which writes the files itself, so that only the small cache entry travels back:
 * the document's summary for the corpus index (through JSON, so that a fresh summary and one read
 * back from the cache are the same value), the files as written, and what the report needs.
 *
 * The summary's model digest is the source hash: the model is a pure function of what that hash
 * covers (the source, its metadata file, the ingest code and its dependencies), so the site can
 * tell a changed model from an unchanged one without hashing the JSON.
 */
export function ingestToFiles({ path, outDir, version, hash }: IngestJob): IngestResult {
  const result = ingestOne(path);
  if ('error' in result) return result;
  const { doc, data, bytes, diagnostics } = result;
  try {
    // A source the run could not hash but this thread could read (written in between) is hashed here, before anything is written.
    const modelDigest = hash ?? hashSourceFile(version, path);
    if (!modelDigest) throw new Error('the source could not be read again to hash it');
    const markdown = markdownPath(outDir, doc.id);
    const json = jsonPath(outDir, doc.id);
    replaceFile(markdown, toAnnotatedMarkdown(doc));
    replaceFile(json, `${JSON.stringify(data)}\n`);
    return {
      entry: {
        bytes,
        unclassified: doc.unclassified.length,
        diagnostics,
        summary: JSON.parse(JSON.stringify(summarise(doc, modelDigest))),
        outputs: { markdown: stampOf(markdown)!, json: stampOf(json)! },
      },
    };
  } catch (error) {
    // A file the system would not write is named in words; anything else is a bug, whose stack helps.
    const reason = describeFileError(error) ?? (error instanceof Error ? (error.stack ?? error.message) : String(error));
    return { error: `${path}: could not be written: ${reason}` };
  }
}
