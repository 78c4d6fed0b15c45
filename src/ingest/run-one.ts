import type { ParliamentaryDocument } from '../model/document.ts';
import { toOpenData } from '../model/open-data.ts';
import type { AnchorHistory } from './anchors.ts';
import type { Diagnostic } from './diagnostics.ts';
import { ingestSource } from './pipeline.ts';
import { readSource } from './read-source.ts';
import { SourceError } from './source.ts';

/** Reads and ingests one file; bad input comes back as a message naming the file and line. */
export function ingestOne(
  path: string,
): { data: ReturnType<typeof toOpenData>; doc: ParliamentaryDocument; bytes: number; diagnostics: Diagnostic[]; anchorHistory: AnchorHistory } | { error: string } {
  try {
    const source = readSource(path);
    const { doc, diagnostics, anchorHistory } = ingestSource(source);
    return { doc, data: toOpenData(doc), bytes: Buffer.byteLength(source.text), diagnostics, anchorHistory };
  } catch (error) {
    if (error instanceof SourceError) return { error: error.message };
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { error: `${path}: could not be ingested: ${reason}` };
  }
}
