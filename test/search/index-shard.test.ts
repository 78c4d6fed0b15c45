import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stagePage } from '../../src/search/index-shard.ts';
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
