import type { DocumentKind, PaperNumber } from '../model/document.ts';
import type { AnchorHistory } from './anchors.ts';

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
  /** The anchors the document has published (content/anchors/<id>.json), if it has been built before. */
  anchorHistory?: AnchorHistory;
}

/** One thing wrong with a source file, and its line (1-based) where it has one. */
export interface SourceProblem {
  message: string;
  line?: number;
}

/**
 * Bad input: names the file and, where it helps, the line (1-based). It may hold several problems
 * (a metadata file's are all reported at once, not one per run): one `file:line: message` each.
 */
export class SourceError extends Error {
  readonly path: string;
  readonly line?: number;
  readonly problems: readonly SourceProblem[];
  constructor(path: string, message: string, line?: number) {
    super(where(path, line) + message);
    this.name = 'SourceError';
    this.path = path;
    this.line = line;
    this.problems = [{ message, ...(line === undefined ? {} : { line }) }];
  }

  /** All of a file's problems in one error, in the order found. */
  static all(path: string, problems: readonly SourceProblem[]): SourceError {
    const [first, ...rest] = problems;
    const error = new SourceError(path, first!.message, first!.line);
    if (rest.length === 0) return error;
    (error as { problems: readonly SourceProblem[] }).problems = problems;
    error.message = `${path}: ${problems.length} problems:\n${problems.map((problem) => `  ${where(path, problem.line)}${problem.message}`).join('\n')}`;
    return error;
  }
}

function where(path: string, line: number | undefined): string {
  return `${path}${line === undefined ? '' : `:${line}`}: `;
}
