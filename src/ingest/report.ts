import { formatDiagnostic, type Diagnostic } from './diagnostics.ts';
import type { IngestReport } from './run.ts';

/** Whether warnings fail the ingest: --strict, or CI=true or VERSLAG_STRICT=1 (CI builds the default corpus, which must read without a single guess). */
export function strictIngest(flag = false): boolean {
  return flag || process.env.VERSLAG_STRICT === '1' || process.env.CI === 'true';
}

/** The warnings, grouped per document: a heading with the count, then one `file:line: message` each. */
function printDiagnostics(diagnostics: Diagnostic[]): void {
  const byPath = Map.groupBy(diagnostics, (diagnostic) => diagnostic.path);
  for (const [path, list] of byPath) {
    console.warn(`${path}: ${list.length} warning${list.length === 1 ? '' : 's'}`);
    for (const diagnostic of list) console.warn(`  ${diagnostic.severity}: ${formatDiagnostic(diagnostic)}`);
  }
}

/**
 * Prints what an ingest did, as `npm run ingest` and the build do: each error, one line of counts,
 * the warnings per document. Returns why the run fails, if it does: a document that could not be
 * ingested, or (strict) any warning.
 */
export function printIngestReport(report: IngestReport, seconds: number, outDir: string, strict: boolean): string | undefined {
  for (const error of report.errors) console.error(`error: ${error}`);
  const changes = `parsed ${report.parsed}, unchanged ${report.reused}${report.removed > 0 ? `, removed ${report.removed}` : ''}`;
  console.log(`ingested ${report.written} of ${report.total} documents (${(report.bytes / 1e6).toFixed(2)} MB) in ${seconds.toFixed(2)} s → ${outDir}/ (${changes})`);
  printDiagnostics(report.diagnostics);
  if (report.errors.length > 0) return `${report.errors.length} document(s) could not be ingested (above)`;
  if (strict && report.diagnostics.length > 0) {
    return `--strict: ${report.diagnostics.length} warning(s); fix the sources or their metadata, or build without --strict`;
  }
  return undefined;
}
