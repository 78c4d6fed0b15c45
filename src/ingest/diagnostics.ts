/**
 * The parsers' diagnostics channel. A parser reports what it could not read or had to guess
 * (a title derived from the text, a chair it could not name, text it could not place) and goes
 * on; only unusable input (empty, binary, undecodable, malformed XML) is an error, thrown as a
 * SourceError. The ingest prints every diagnostic as `file:line: message`, and `--strict` turns
 * warnings into a failing exit code.
 */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** The source file, as given to the ingest. */
  path: string;
  /** 1-based line of the source, where the problem has one. */
  line?: number;
  /** 1-based column, where the source format gives one (XML). */
  column?: number;
  message: string;
}

/** Collects one document's diagnostics while it is parsed. */
export class Diagnostics {
  readonly path: string;
  readonly list: Diagnostic[] = [];

  constructor(path: string) {
    this.path = path;
  }

  warn(message: string, line?: number, column?: number): void {
    this.list.push({ severity: 'warning', path: this.path, message, ...(line === undefined ? {} : { line }), ...(column === undefined ? {} : { column }) });
  }

  get warnings(): Diagnostic[] {
    return this.list.filter((diagnostic) => diagnostic.severity === 'warning');
  }
}

/** `content/x.txt:12: message` (or `content/x.xml:12:5: …`). */
export function formatDiagnostic({ path, line, column, message }: Diagnostic): string {
  const where = line === undefined ? path : column === undefined ? `${path}:${line}` : `${path}:${line}:${column}`;
  return `${where}: ${message}`;
}
