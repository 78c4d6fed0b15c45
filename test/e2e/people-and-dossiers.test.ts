import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS, startReader, type Reader } from './browser.ts';
import { expectCleanLoad, expectLandedOn, pathOf, textOf } from './reader-checks.ts';

/** A reader following a person, a dossier and a Kamerstuk through the corpus. */
let reader: Reader;
beforeAll(async () => {
  reader = await startReader('root');
});
afterAll(async () => {
  await reader?.close();
});

describe('a reader of person and dossier pages', () => {
  it('reads a person page: roles over time, a timeline of turns with quotes, motions by their title', async () => {
    const page = await reader.open('personen/buijsse/');
    expect(await textOf(page, 'h1')).toBe('De heer Buijsse');
    expect(await page.locator('ul.roles > li').allTextContents()).toEqual(['Kamerlid (VVD): 30 januari 2025 · 1 document']);
    const turn = page.locator('ol.timeline > li').first();
    expect(await textOf(page, 'ol.timeline > li .timeline-when')).toBe('30 januari 2025 · Commissiedebat');
    expect(await turn.locator('blockquote.quote').textContent()).toMatch(/^Dank u wel, voorzitter\. Wat de VVD betreft/);
    expect(await page.locator('#moties + ul > li > .motion-title').allTextContents()).toEqual([
      'Maatregelen voor het borgen van de soevereiniteit, continuïteit en gegevensbescherming in cloudcontracten',
      'Onderzoek naar getrapte afbouw van digitale monoculturen en de van Small Business Innovation Research (SBIR) programma’s voor meer digitaal autonome overheidsdiensten',
    ]);
    // Where a motion is named leads to the words that name it.
    await page.locator('#moties + ul > li').first().getByRole('link').click();
    await page.waitForURL(`**/documenten/${DOCS.letter}/#*`);
    await expectLandedOn(page, new URL(page.url()).hash.slice(1));
    expectCleanLoad(page);
  });

  it('goes from a dossier to a cited Kamerstuk, reads the sentence that cites it, and lands on it', async () => {
    const page = await reader.open('dossiers/');
    await page.getByRole('link', { name: '26 643 Informatie- en communicatietechnologie (ICT)' }).click();
    await page.waitForURL('**/dossiers/26643/');
    expect(await textOf(page, 'h1')).toBe('Dossier 26 643 Informatie- en communicatietechnologie (ICT)');
    expect(await page.locator('#in-verzameling ~ ul.documents > li > a').allTextContents()).toEqual(['Opkomende en toekomstige technologieën', 'Digitalisering en cybersecurity']);
    const paper = page.locator('#kamerstukken + ul > li', { hasText: 'nr. 586' });
    expect(await paper.textContent()).toContain('Kamerstuk 26 643, nr. 586: Voortgangsbrief verkenning cybersecurity');
    await paper.getByRole('link').click();
    await page.waitForURL('**/kamerstukken/26643-586/');
    expect(pathOf(page, '/')).toBe('kamerstukken/26643-586/');
    expect(await textOf(page, 'p.lead')).toBe('Voortgangsbrief verkenning cybersecurity');
    expect(await textOf(page, 'blockquote.citing-sentence')).toBe(
      'de brief van de Staatssecretaris van Economische Zaken en Klimaat d.d. 21 december 2018 inzake voortgangsbrief verkenning cybersecurity (Kamerstuk 26 643, nr. 586);',
    );
    await page.getByRole('link', { name: 'Digitalisering en cybersecurity' }).click();
    await page.waitForURL(`**/documenten/${DOCS.ao}/#*`);
    await expectLandedOn(page, new URL(page.url()).hash.slice(1));
    expectCleanLoad(page);
  });

  it('a paper in the corpus leads to its document and its dossier, with no empty list of citations', async () => {
    const page = await reader.open('kamerstukken/26643-1311/');
    expect(await page.getByRole('heading', { name: /Aangehaald in/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Opkomende en toekomstige technologieën' }).count()).toBe(1);
    await page.getByRole('link', { name: /26 643 Informatie- en communicatietechnologie/ }).click();
    await page.waitForURL('**/dossiers/26643/');
    expectCleanLoad(page);
  });
});
