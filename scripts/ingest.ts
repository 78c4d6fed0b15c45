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
import { errorMessage } from '../src/files/file-error.ts';
import { formatDiagnostic } from '../src/ingest/diagnostics.ts';
import { printIngestReport, strictIngest } from '../src/ingest/report.ts';
import { ingestCorpus, ingestOne } from '../src/ingest/run.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'string' },
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'generated' },
    strict: { type: 'boolean', default: false },
  },
});

const strict = strictIngest(values.strict);

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
  try {
    const report = await ingestCorpus(values.content, values.out);
    const failure = printIngestReport(report, (performance.now() - started) / 1000, values.out, strict);
    if (failure) {
      console.error(`error: ${failure}`);
      process.exit(1);
    }
  } catch (error) {
    console.error(`ingest failed: ${errorMessage(error)}`);
    process.exit(1);
  }
}
