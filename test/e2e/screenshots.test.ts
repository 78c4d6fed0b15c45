import { afterAll, beforeAll, describe, it } from 'vitest';
import { DOCS, startReader, type Reader } from './browser.ts';
import { photograph, SCREENS } from './screenshots.ts';

/**
 * Screenshots of the site of the default corpus for people to look at (test-results/screenshots/,
 * see screenshots.ts): a debate, a letter, people, a dossier and search results, on a desktop and
 * on a phone. The motion page is photographed where a site with motions is built
 * (site-with-sources.test.ts).
 */
const PAGES = {
  debate: `documenten/${DOCS.debate}/`,
  'debate-commitment': `documenten/${DOCS.debate}/#pwsdbkdy`,
  'debate-landed': `documenten/${DOCS.debate}/?highlight=oceaan#puc6m6nh`,
  letter: `documenten/${DOCS.letter}/`,
  person: 'personen/krul/',
  'person-motions': 'personen/buijsse/',
  dossier: 'dossiers/26643/',
  paper: 'kamerstukken/26643-586/',
  search: 'zoeken/?q=kwantumcomputer',
} as const;

let reader: Reader;
beforeAll(async () => {
  reader = await startReader('root');
});
afterAll(async () => {
  await reader?.close();
});

describe.each(Object.keys(SCREENS) as (keyof typeof SCREENS)[])('on a %s', (screen) => {
  it.each(Object.entries(PAGES))('%s fits the width and is photographed', async (name, path) => {
    await photograph(reader, name, path, screen);
  });
});
