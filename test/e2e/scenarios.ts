import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { DOCS, type Reader } from './browser.ts';
import { expectCleanLoad, expectLandedOn, pathOf, textOf } from './reader-checks.ts';

/**
 * Reader scenarios that run on both builds: the site at the root (dist/) and under /verslag/
 * (dist-subpath/). Each takes the served site and returns nothing: it asserts as it goes.
 */

const DEBATE_TITLE = 'Opkomende en toekomstige technologieën';

/** Home → the 2025 debate → Krul's person page → back to the passage he spoke, and back again. */
export async function homeToDebateToPerson(reader: Reader, base: string): Promise<void> {
  const page = await reader.open('');
  expect(await page.title()).toBe('Documenten · Verslag');
  expect(await textOf(page, 'h1')).toBe('Verslagen, brieven en antwoorden');
  expect(await page.locator('ul.documents > li').count()).toBe(5);

  await page.getByRole('link', { name: DEBATE_TITLE, exact: true }).click();
  await page.waitForURL(`**/documenten/${DOCS.debate}/`);
  expect(pathOf(page, base)).toBe(`documenten/${DOCS.debate}/`);
  expect(await textOf(page, 'h1')).toBe(DEBATE_TITLE);
  expect(await textOf(page, 'dl.document-meta')).toContain('26 643, nr. 1311');
  // The reader sees who speaks: Krul's first turn, labelled with his party.
  const krul = page.locator('section.speech[data-speaker="krul"]').first();
  expect(await krul.locator('.speech-header').textContent()).toBe('Krul (CDA)');
  // The cite script ran: every passage worth citing got its "Citeer" button (not procedural lines, not "Oké.").
  expect(await page.locator('.passage .cite-button').count()).toBe(await page.locator('.passage[id]:not(.minor):not(.procedural)').count());
  expect(await page.locator('.passage .cite-button').count()).toBeGreaterThan(50);

  const firstPassage = (await krul.locator('p.passage').first().getAttribute('id'))!;
  await krul.locator('.speech-header a.speaker').click();
  await page.waitForURL(/\/personen\//);
  expect(pathOf(page, base)).toBe('personen/krul/');
  expect(await textOf(page, 'h1')).toBe('De heer Krul');
  expect(await textOf(page, 'main')).toContain('Partij: CDA');

  // The person page lists what he said; its first entry leads back to that very passage.
  await page.locator('#bijdragen + ol > li > a').first().click();
  await page.waitForURL(`**/documenten/${DOCS.debate}/#${firstPassage}`);
  await expectLandedOn(page, firstPassage);

  // The browser's back button returns to the person page.
  await page.goBack();
  await page.waitForURL('**/personen/krul/');
  expect(await textOf(page, 'h1')).toBe('De heer Krul');
  expectCleanLoad(page);
}

/** The hits of the search page, once it has answered. */
export async function searchResults(page: Page) {
  await page.locator('#search-status').filter({ hasText: /\bdocument(?:en)? voor|Geen resultaten/ }).waitFor();
  return page.locator('#search-results > li.search-result').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('.search-result-title')?.textContent?.trim() ?? '',
      url: item.querySelector<HTMLAnchorElement>('.search-result-title a')?.href ?? '',
      /** The passage links as written in the page ('/documenten/x/#p1234567'). */
      passages: [...item.querySelectorAll('a.search-passage-link')].map((link) => link.getAttribute('href') ?? ''),
      marked: [...item.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
    })),
  );
}

/** Types `term` in the search box of the page's header and submits it. */
export async function searchFromHeader(page: Page, term: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Zoek in alle documenten' }).fill(term);
  await page.getByRole('searchbox', { name: 'Zoek in alle documenten' }).press('Enter');
  await page.waitForURL(/\/zoeken\/\?q=/);
}

/**
 * Searches `term` from the header of the home page, and follows the first passage link of the hit in
 * `documentId`: it lands on that document, on a passage whose text holds `word`.
 */
export async function searchLandsOnPassage(reader: Reader, base: string, term: string, documentId: string, word: RegExp): Promise<void> {
  const page = await reader.open('');
  await searchFromHeader(page, term);
  expect(pathOf(page, base)).toBe('zoeken/');
  const results = await searchResults(page);
  const hit = results.find((result) => new URL(result.url).pathname === `${base}documenten/${documentId}/`);
  expect(hit, `a result for ${documentId} among ${results.map((result) => result.url).join(', ')}`).toBeDefined();
  expect(hit!.passages.length).toBeGreaterThan(0);
  expect(hit!.marked.some((marked) => word.test(marked)), `a marked hit word in ${hit!.marked.join(', ')}`).toBe(true);

  const link = hit!.passages[0]!;
  const anchor = link.split('#')[1] ?? '';
  expect(anchor).not.toBe('');
  await page.locator(`a.search-passage-link[href="${link}"]`).first().click();
  await page.waitForURL(`**/documenten/${documentId}/#${anchor}`);
  await expectLandedOn(page, anchor);
  expect(await page.locator(`[id="${anchor}"]`).textContent()).toMatch(word);
  expectCleanLoad(page);
}
