import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS, startReader, type Reader } from './browser.ts';
import { homeToDebateToPerson, searchLandsOnPassage } from './scenarios.ts';

/** The same site built under /verslag/ (dist-subpath/), served only below that path, as a host would. */
let reader: Reader;
beforeAll(async () => {
  reader = await startReader('subpath');
});
afterAll(async () => {
  await reader?.close();
});

describe('a reader of the site under /verslag/', () => {
  it('is served below /verslag/ only', () => {
    expect(new URL(reader.url).pathname).toBe('/verslag/');
  });

  it('built without VERSLAG_SITE (as npm test builds it), says on every page that its permanent links are placeholders', async () => {
    for (const path of ['', `documenten/${DOCS.debate}/`, 'personen/krul/']) {
      const page = await reader.open(path);
      const notice = page.getByRole('note').filter({ hasText: 'VERSLAG_SITE' });
      expect(await notice.isVisible()).toBe(true);
      expect(await notice.textContent()).toContain('Permanente links en citaten wijzen naar verslag.example.org en werken niet.');
    }
  });

  it('opens a debate from the home page, follows a speaker to the person page and back', async () => {
    await homeToDebateToPerson(reader, '/verslag/');
  });

  it('searches and lands on the passage, inside /verslag/', async () => {
    await searchLandsOnPassage(reader, '/verslag/', 'kwantumcomputer', DOCS.debate, /kwantumcomputer/i);
    await searchLandsOnPassage(reader, '/verslag/', 'Anthropic', DOCS.answers, /anthropic/i);
  });

  it('sorts results by date across the shards of its index (built here with a shard per document), newest or oldest first', async () => {
    const newestFirst = [DOCS.written, DOCS.answers, DOCS.letter, DOCS.debate, DOCS.ao];
    for (const [sort, expected] of [
      ['datum:desc', newestFirst],
      ['datum:asc', [...newestFirst].reverse()],
    ] as const) {
      const page = await reader.open(`zoeken/?q=kabinet&sort=${sort}`);
      await page.locator('#search-status').filter({ hasText: /voor „kabinet”/ }).waitFor();
      const order = await page.locator('#search-results h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      expect(order, sort).toEqual(expected.map((id) => `/verslag/documenten/${id}/`));
      await page.context().close();
    }
  });
});
