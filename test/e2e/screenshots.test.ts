import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS, startReader, type Reader } from './browser.ts';
import { expectCleanLoad } from './reader-checks.ts';
import { searchResults } from './scenarios.ts';

/**
 * Screenshots for people to look at (test-results/screenshots/, not committed): a debate, a person
 * and search results, on a desktop and on a phone. Not compared pixel by pixel; what is asserted is
 * that nothing sticks out sideways, so a phone reader never has to scroll horizontally.
 */
const OUT = new URL('../../test-results/screenshots/', import.meta.url).pathname;
const SCREENS = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
} as const;
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
  mkdirSync(OUT, { recursive: true });
  reader = await startReader('root');
});
afterAll(async () => {
  await reader?.close();
});

describe.each(Object.entries(SCREENS))('on a %s', (screen, options) => {
  it.each(Object.entries(PAGES))('%s fits the width and is photographed', async (name, path) => {
    const page = await reader.open(path, options);
    if (name === 'search') expect((await searchResults(page)).length).toBe(2);
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wider = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => element.getBoundingClientRect().right > width + 1 && getComputedStyle(element).position !== 'absolute')
        .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).replace(/ /g, '.')}` : ''}`);
      return { scrollWidth: document.documentElement.scrollWidth, width, wider: wider.slice(0, 5) };
    });
    expect(overflow.wider, `elements wider than the ${screen} screen on ${path}`).toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
    await page.screenshot({ path: `${OUT}${name}-${screen}.png` });
    expectCleanLoad(page);
  });
});
