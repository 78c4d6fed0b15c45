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

  it('opens a debate from the home page, follows a speaker to the person page and back', async () => {
    await homeToDebateToPerson(reader, '/verslag/');
  });

  it('searches and lands on the passage, inside /verslag/', async () => {
    await searchLandsOnPassage(reader, '/verslag/', 'kwantumcomputer', DOCS.debate, /kwantumcomputer/i);
    await searchLandsOnPassage(reader, '/verslag/', 'Anthropic', DOCS.answers, /anthropic/i);
  });
});
