import type { DocumentKind, PaperNumber } from '../model/document.ts';

/** The source formats Verslag can parse; each has one parser module in `src/ingest/parsers/`. */
export type SourceFormat =
  /** verslag van een commissiedebat exported with Markdown-ish bold labels (seed 000) */
  | 'debate-markdown'
  /** verslag van een algemeen overleg as text from PDF: hard line breaks, page footers (seed 001) */
  | 'debate-pdf'
  /** verslag van een schriftelijk overleg with superscript footnotes (seed 002) */
  | 'written-consultation'
  /** Kamerbrief exported from Word: numbered headings, [footnoteRef:n] (seed 003) */
  | 'letter-word'
  /** antwoorden op vragen exported from Word: numbered questions, "Antwoord" (seed 004) */
  | 'answers-word';

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
