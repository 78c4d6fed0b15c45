#!/usr/bin/env node
/**
 * npm run ingest                 content/ → generated/markdown/*.md, generated/json/*.json, generated/corpus.json
 * npm run ingest -- --json FILE  prints one document's model as JSON to stdout
 * Options: --content DIR (default content), --out DIR (default generated).
 * Incremental: only sources changed since the last run are parsed (generated/.cache), on one
 * worker thread per core.
 */
import { parseArgs } from 'node:util';
import { ingestCorpus, ingestOne } from '../src/ingest/run.ts';

const { values } = parseArgs({
  options: {
    json: { type: 'string' },
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'generated' },
  },
});

if (values.json !== undefined) {
  const result = ingestOne(values.json);
  if ('error' in result) {
    console.error(result.error);
    process.exit(1);
  }
  process.stdout.write(`${JSON.stringify(result.data, null, 2)}\n`);
} else {
  const started = performance.now();
  const report = await ingestCorpus(values.content, values.out);
  for (const error of report.errors) console.error(`error: ${error}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  const changes = `parsed ${report.parsed}, unchanged ${report.reused}${report.removed > 0 ? `, removed ${report.removed}` : ''}`;
  console.log(`ingested ${report.written} of ${report.total} documents (${(report.bytes / 1e6).toFixed(2)} MB) in ${seconds} s → ${values.out}/ (${changes})`);
  for (const warning of report.warnings) console.warn(`warning: ${warning}`);
  if (report.errors.length > 0) process.exit(1);
}
