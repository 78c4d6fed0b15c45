#!/usr/bin/env node
/**
 * npm run ingest                 content/ → generated/markdown/*.md, generated/json/*.json, generated/corpus.json
 * npm run ingest -- --json FILE  prints one document's model as JSON to stdout
 * Options: --content DIR (default content), --out DIR (default generated), --strict (warnings fail
 * the run, as they do when CI=true or VERSLAG_STRICT=1).
 * Incremental: only sources changed since the last run are parsed (generated/.cache), on one
 * worker thread per core.
 */
import { parseArgs } from 'node:util';
import { formatDiagnostic, type Diagnostic } from '../src/ingest/diagnostics.ts';
import { ingestCorpus, ingestOne } from '../src/ingest/run.ts';

/** The warnings, grouped per document: a heading with the count, then one `file:line: message` each. */
function printDiagnostics(diagnostics: Diagnostic[]): void {
  const byPath = Map.groupBy(diagnostics, (diagnostic) => diagnostic.path);
  for (const [path, list] of byPath) {
    console.warn(`${path}: ${list.length} warning${list.length === 1 ? '' : 's'}`);
    for (const diagnostic of list) console.warn(`  ${diagnostic.severity}: ${formatDiagnostic(diagnostic)}`);
  }
}

const { values } = parseArgs({
  options: {
    json: { type: 'string' },
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'generated' },
    strict: { type: 'boolean', default: false },
  },
});

// CI builds the default corpus, which must read without a single guess.
const strict = values.strict || process.env.VERSLAG_STRICT === '1' || process.env.CI === 'true';

if (values.json !== undefined) {
  const result = ingestOne(values.json);
  if ('error' in result) {
    console.error(result.error);
    process.exit(1);
  }
  for (const diagnostic of result.diagnostics) console.error(`${diagnostic.severity}: ${formatDiagnostic(diagnostic)}`);
  process.stdout.write(`${JSON.stringify(result.data, null, 2)}\n`);
} else {
  const started = performance.now();
  const report = await ingestCorpus(values.content, values.out);
  for (const error of report.errors) console.error(`error: ${error}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const changes = `parsed ${report.parsed}, unchanged ${report.reused}${report.removed > 0 ? `, removed ${report.removed}` : ''}`;
  console.log(`ingested ${report.written} of ${report.total} documents (${(report.bytes / 1e6).toFixed(2)} MB) in ${seconds} s → ${values.out}/ (${changes})`);
  printDiagnostics(report.diagnostics);
  if (report.errors.length > 0) process.exit(1);
  if (strict && report.diagnostics.length > 0) {
    console.error(`error: --strict: ${report.diagnostics.length} warning(s); fix the sources or their metadata, or build without --strict`);
    process.exit(1);
  }
}
