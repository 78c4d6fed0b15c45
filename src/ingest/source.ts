import type { DocumentKind, PaperNumber } from '../model/document.ts';

/** A source format's name: one of the modules registered in `src/ingest/formats.ts` ('debate-markdown', 'vlos', …). */
export type SourceFormat = string;

/** What a source's text does not say about itself, kept in a metadata file beside it. */
export interface SourceMetadata {
  kind?: DocumentKind;
  /** Overrides the detected format. */
  format?: SourceFormat;
  title?: string;
  /** ISO 8601 */
  date?: string;
  paper?: PaperNumber;
  committee?: string;
}

/** A source document as read from disk: the parsers' only input. */
export interface SourceDocument {
  /** Stable id: the file name without extension. */
  id: string;
  /** Path as given, for error messages. */
  path: string;
  text: string;
  metadata: SourceMetadata;
}

/** Bad input: names the file and, where it helps, the line (1-based). */
export class SourceError extends Error {
  readonly path: string;
  readonly line?: number;
  constructor(path: string, message: string, line?: number) {
    super(`${path}${line === undefined ? '' : `:${line}`}: ${message}`);
    this.name = 'SourceError';
    this.path = path;
    this.line = line;
  }
}
