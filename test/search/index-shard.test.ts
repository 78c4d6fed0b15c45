import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexShard, stagePage } from '../../src/search/index-shard.ts';
import { markPassageAnchors } from '../../src/search/passage-anchors.ts';
import { SITES, builtFile, builtPages } from '../site/built-site.ts';

const staged = mkdtempSync(join(tmpdir(), 'verslag-stage-test-'));
afterAll(() => rmSync(staged, { recursive: true, force: true }));

describe('stagePage', () => {
  it('writes each built page byte for byte as marking its UTF-8 text would, non-ASCII letters and punctuation included', () => {
    const pages = builtPages().filter((page) => page.startsWith('documenten/') || page.startsWith('personen/'));
    expect(pages.length).toBeGreaterThan(20);
    let nonAscii = 0;
    for (const page of pages) {
      stagePage(SITES.root.dir, staged, page);
      const html = builtFile(page);
      nonAscii += html.match(/[^\x00-\x7f]/g)?.length ?? 0;
      expect(readFileSync(join(staged, page)).equals(Buffer.from(markPassageAnchors(html), 'utf8')), page).toBe(true);
    }
    // The pages hold curly quotes, dashes and accented letters: the bytes the Latin-1 reading must keep.
    expect(nonAscii).toBeGreaterThan(1000);
    expect(readFileSync(join(staged, pages.find((page) => page.startsWith('documenten/'))!), 'utf8')).toContain('<span id="p');
  });
});

describe('indexShard', () => {
  it('ends with an error naming the shard and the cause when Pagefind fails, instead of waiting for ever', async () => {
    // Pagefind panics when it cannot create its output directory (here a file is in the way; an
    // unwritable .pagefind-cache/ does the same, with PermissionDenied): its Node API never noticed.
    const blocked = join(staged, 'a-file');
    writeFileSync(blocked, '');
    const pages = builtPages().filter((page) => page.startsWith('personen/')).slice(0, 3);
    const result = await indexShard({ site: SITES.root.dir, pages, outputPath: join(blocked, 'bundle') });
    expect(result.error).toMatch(new RegExp(`^Pagefind failed indexing 3 pages into ${join(blocked, 'bundle')} \\(exit code 101\\): thread 'main' .*panicked at`));
    expect(result.error).toContain('NotADirectory');
  });

  it('indexes the pages it is given, and checks that Pagefind indexed all of them', async () => {
    const pages = builtPages().filter((page) => page.startsWith('personen/')).slice(0, 3);
    const outputPath = join(staged, 'three-pages');
    expect(await indexShard({ site: SITES.root.dir, pages, outputPath })).toEqual({});
    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.nl?.page_count).toBe(3);
  });
});
