import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ParliamentaryDocument } from '../model/document.ts';
import { toOpenData } from '../model/open-data.ts';
import { toAnnotatedMarkdown } from '../markdown/write.ts';
import { buildCorpusIndex, summarise, type DocumentSummary } from './corpus.ts';
import { ingestDocument } from './pipeline.ts';
import { readSource } from './read-source.ts';
import { SourceError } from './source.ts';

/** Source files are plain text; their metadata (.yml) sits beside them. */
const SOURCE_EXTENSION = '.txt';

export interface IngestReport {
  total: number;
  written: number;
  bytes: number;
  errors: string[];
  warnings: string[];
}

/** Reads and ingests one file; bad input comes back as a message naming the file and line. */
export function ingestOne(path: string): { data: ReturnType<typeof toOpenData>; doc: ParliamentaryDocument; bytes: number } | { error: string } {
  try {
    const source = readSource(path);
    const doc = ingestDocument(source);
    return { doc, data: toOpenData(doc), bytes: Buffer.byteLength(source.text) };
  } catch (error) {
    if (error instanceof SourceError) return { error: error.message };
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { error: `${path}: could not be ingested: ${reason}` };
  }
}

/**
 * Ingests every source in `contentDir` into `outDir`. A document that fails is reported and not
 * written (no half-published page); the others still are.
 */
export function ingestCorpus(contentDir: string, outDir: string): IngestReport {
  const files = readdirSync(contentDir).filter((name) => name.endsWith(SOURCE_EXTENSION)).sort();
  const report: IngestReport = { total: files.length, written: 0, bytes: 0, errors: [], warnings: [] };
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, 'markdown'), { recursive: true });
  mkdirSync(join(outDir, 'json'), { recursive: true });
  const summaries: DocumentSummary[] = [];
  for (const file of files) {
    const result = ingestOne(join(contentDir, file));
    if ('error' in result) {
      report.errors.push(result.error);
      continue;
    }
    const { doc, data, bytes } = result;
    writeFileSync(join(outDir, 'markdown', `${doc.id}.md`), toAnnotatedMarkdown(doc));
    writeFileSync(join(outDir, 'json', `${doc.id}.json`), `${JSON.stringify(data)}\n`);
    if (doc.unclassified.length > 0) report.warnings.push(`${join(contentDir, file)}: ${doc.unclassified.length} unclassified lines kept as plain text`);
    report.written++;
    report.bytes += bytes;
    summaries.push(summarise(doc));
  }
  writeFileSync(join(outDir, 'corpus.json'), `${JSON.stringify(buildCorpusIndex(summaries))}\n`);
  return report;
}
