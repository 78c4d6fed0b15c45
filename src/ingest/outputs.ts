import { describeFileError } from '../files/file-error.ts';
import { toAnnotatedMarkdown } from '../markdown/write.ts';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { anchorHistoryPath, serialiseAnchorHistory } from './anchor-history.ts';
import type { AnchorHistory } from './anchors.ts';
import { hashSourceFile, stampInputs, stampOf, type CacheEntry } from './cache.ts';
import type { Diagnostic } from './diagnostics.ts';
import { jsonPath, markdownPath } from '../model/generated-files.ts';
import { summarise } from './corpus.ts';
import { replaceFile, writeIfChanged } from './replace-file.ts';
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

/**
 * What the run keeps of an ingested document (its cache entry but for the inputs), or why it
 * failed; `source` when this thread wrote the document's anchor history, which changed the
 * inputs the run had stamped and hashed.
 */
export type IngestResult = { entry: Omit<CacheEntry, 'hash' | 'inputs'>; source?: Pick<CacheEntry, 'hash' | 'inputs'> } | { error: string };

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
  const { doc, data, bytes, diagnostics, anchorHistory } = result;
  try {
    // The anchors published now are kept beside the source first: they are an input of the model,
    // which the next run reads back, and the model's digest covers them as written.
    const historyChanged = recordHistory(path, anchorHistory, diagnostics);
    const inputs = historyChanged ? stampInputs(path) : undefined;
    // A source the run could not hash but this thread could read (written in between) is hashed here, before anything is written.
    const modelDigest = historyChanged || hash === undefined ? hashSourceFile(version, path) : hash;
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
      ...(inputs ? { source: { hash: modelDigest, inputs } } : {}),
    };
  } catch (error) {
    // A file the system would not write is named in words; anything else is a bug, whose stack helps.
    const reason = describeFileError(error) ?? (error instanceof Error ? (error.stack ?? error.message) : String(error));
    return { error: `${path}: could not be written: ${reason}` };
  }
}

/**
 * Writes the document's anchor history beside its source if it changed; whether it did. A content
 * directory that cannot be written (a read-only checkout) does not stop the build: the pages are
 * right, but anchors replaced later will not resolve until the history is kept, which a warning says.
 */
function recordHistory(sourcePath: string, history: AnchorHistory, diagnostics: Diagnostic[]): boolean {
  const path = anchorHistoryPath(sourcePath);
  const text = serialiseAnchorHistory(history);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeIfChanged(path, text);
    return true;
  } catch (error) {
    diagnostics.push({ severity: 'warning', path, message: `could not keep the anchors this document publishes (${(error as Error).message}): a link to a passage corrected later will land at the top of its page` });
    return false;
  }
}
