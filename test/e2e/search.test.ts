import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS, startReader, type Reader } from './browser.ts';
import { expectCleanLoad } from './reader-checks.ts';
import { searchFromHeader, searchLandsOnPassage, searchResults } from './scenarios.ts';

/** A reader searching the site built from the default corpus (dist/) with Pagefind's index. */
let reader: Reader;
beforeAll(async () => {
  reader = await startReader('root');
});
afterAll(async () => {
  await reader?.close();
});

const documentPath = (id: string) => `/documenten/${id}/`;
const pathsOf = (results: { url: string }[]) => results.map((result) => new URL(result.url).pathname).sort();

describe('a reader searching', () => {
  it('finds "gezichtsherkenning" in both debates and lands on the passage that says it', async () => {
    await searchLandsOnPassage(reader, '/', 'gezichtsherkenning', DOCS.debate, /gezichtsherkenning/i);
    await searchLandsOnPassage(reader, '/', 'gezichtsherkenning', DOCS.ao, /gezichtsherkenning/i);
  });

  it('finds a word only the answers to Dassen hold ("Anthropic"), and nothing else', async () => {
    const page = await reader.open('zoeken/?q=Anthropic');
    expect(pathsOf(await searchResults(page))).toEqual([documentPath(DOCS.answers)]);
    expect(await page.locator('#search-status').textContent()).toBe('1 document voor „Anthropic”.');
    await searchLandsOnPassage(reader, '/', 'Anthropic', DOCS.answers, /anthropic/i);
  });

  it('finds "kwantumcomputers" when asked for "kwantumcomputer" (Dutch stemming), in the 2025 debate and the schriftelijk overleg', async () => {
    const page = await reader.open('');
    await searchFromHeader(page, 'kwantumcomputer');
    const results = await searchResults(page);
    expect(pathsOf(results)).toEqual([documentPath(DOCS.debate), documentPath(DOCS.written)].sort());
    // The schriftelijk overleg only has the plural: it is found by its stem, and the plural is marked.
    const written = results.find((result) => result.url.endsWith(documentPath(DOCS.written)))!;
    expect(written.marked.map((word) => word.toLowerCase().replace(/[^a-z]/g, ''))).toContain('kwantumcomputers');
    await searchLandsOnPassage(reader, '/', 'kwantumcomputer', DOCS.written, /kwantumcomputers/i);
    expectCleanLoad(page);
  });

  it('narrows the results by party: fewer documents, each one with that party taking part', async () => {
    const page = await reader.open('zoeken/?q=kabinet');
    const all = await searchResults(page);
    expect(all.length).toBe(5);

    await page.getByLabel('Partij').selectOption('VVD');
    await page.waitForURL(/[?&]partij=VVD/);
    const narrowed = await searchResults(page);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);

    // What the reader sees on each document: VVD among the participants, or questions asked by the VVD.
    const hasParty = async (url: string) => {
      const document = await (await reader.context()).newPage();
      await document.goto(url);
      const participant = await document.locator('ul.participants a[href$="/partijen/vvd/"]').count();
      const question = await document.locator('.question .qa-label').filter({ hasText: '(VVD)' }).count();
      return participant + question > 0;
    };
    const withParty: string[] = [];
    for (const result of all) if (await hasParty(result.url)) withParty.push(new URL(result.url).pathname);
    expect(pathsOf(narrowed)).toEqual(withParty.sort());
    expect(pathsOf(narrowed)).toEqual([documentPath(DOCS.ao), documentPath(DOCS.debate)].sort());
    expectCleanLoad(page);
  });
});
