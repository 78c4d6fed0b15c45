import { generateCorpus } from './src/bench/generate/corpus.ts';
import { ingestDocument } from './src/ingest/pipeline.ts';
import { parseMetadata } from './src/ingest/read-source.ts';
import { frontmatter, toDirectiveTree } from './src/markdown/write.ts';
import { toDirectiveTree as oldTree, frontmatter as oldFront } from './src/markdown/.write-old.ts';
import { stringify } from 'yaml';
const docs = [...generateCorpus({ docs: 150, seed: 'perf' })].map((g) => ingestDocument({ id: g.id, path: `${g.id}.txt`, text: g.text, metadata: parseMetadata(`${g.id}.yml`, g.metadata) }));
const opts = { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;
const time = (f: () => void) => { const t = process.cpuUsage(); f(); const u = process.cpuUsage(t); return ((u.user + u.system) / 1e3) | 0; };
for (let round = 0; round < 6; round++) {
  console.log({
    oldTree: time(() => docs.forEach((d) => oldTree(d))),
    newTree: time(() => docs.forEach((d) => toDirectiveTree(d))),
    oldYaml: time(() => docs.forEach((d) => stringify(oldFront(d), opts))),
    newYaml: time(() => docs.forEach((d) => stringify(frontmatter(d), opts))),
  });
}
