import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParliamentaryDocument } from '../../src/model/document.ts';
import { indexShard, type ShardJob } from '../../src/search/index-shard.ts';
import { indexShards } from '../../src/search/index-site.ts';
import { documentRecords } from '../../src/search/records.ts';
import { GENERATED } from '../../src/site/corpus.ts';
import { SITES, builtPages } from '../site/built-site.ts';

const work = mkdtempSync(join(tmpdir(), 'verslag-index-shard-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const DEBATE_MODEL = join(GENERATED, 'json', 'commissiedebat-2025-01-30-opkomende-technologieen.json');
const threePeople = (): string[] => builtPages().filter((page) => page.startsWith('personen/')).slice(0, 3);

describe('indexing a shard', () => {
  it('ends with an error naming the shard and the cause when Pagefind dies, instead of waiting for ever', async () => {
    // Pagefind's service panics when it cannot create its output directory (here a file is in the
    // way; an unwritable .pagefind-cache/ does the same, with PermissionDenied), and its Node API
    // never notices: the shard's thread must end and the pool fail the shard.
    const blocked = join(work, 'a-file');
    writeFileSync(blocked, '');
    const outputPath = join(blocked, 'bundle');
    const jobs: ShardJob[] = [{ site: SITES.root.dir, pages: threePeople(), models: [DEBATE_MODEL], outputPath }];
    const results: { error?: string }[] = [];
    await indexShards(jobs, 1, (_, result) => results.push(result));
    expect(results).toEqual([
      {
        error:
          `Pagefind stopped while indexing 3 pages and 1 documents into ${outputPath} (the worker thread ended with its job unfinished: ` +
          "it waited on something that had stopped, such as a child process that died; Pagefind's own last words, if any, are on stderr above)",
      },
    ]);
  });

  it('indexes the pages and the records of the documents it is given, and checks that Pagefind indexed all of them', async () => {
    const outputPath = join(work, 'three-pages-one-document');
    expect(await indexShard({ site: SITES.root.dir, pages: threePeople(), models: [DEBATE_MODEL], outputPath })).toEqual({});
    const records = documentRecords(JSON.parse(readFileSync(DEBATE_MODEL, 'utf8')) as ParliamentaryDocument).length;
    expect(records).toBeGreaterThan(5);
    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages).toEqual({ nl: expect.objectContaining({ page_count: 3 + records }) });
  });
});
