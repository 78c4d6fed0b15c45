#!/usr/bin/env node
/**
 * node scripts/generate-corpus.ts --docs N --seed S --out DIR
 * Writes N realistic source documents (the five source formats, with their .yml metadata) made
 * from the default corpus's sentences, for benchmarks: the same seed gives the same bytes.
 */
import { parseArgs } from 'node:util';
import { writeCorpus } from '../src/bench/generate/corpus.ts';

const { values } = parseArgs({
  options: {
    docs: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
if (!values.out) {
  console.error('usage: node scripts/generate-corpus.ts --docs N --seed S --out DIR');
  process.exit(2);
}
const started = performance.now();
const written = writeCorpus(values.out, { docs: Number(values.docs), seed: values.seed });
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const formats = Object.entries(written.formats).map(([format, count]) => `${format} ${count}`).join(', ');
console.log(`generated ${written.documents} documents (${(written.bytes / 1e6).toFixed(2)} MB; ${formats}) in ${seconds} s → ${values.out}/`);
