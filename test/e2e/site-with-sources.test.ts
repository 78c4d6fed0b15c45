import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParliamentaryDocument } from '../../src/model/document.ts';
import { buildSiteWithSources, PERMANENT_ORIGIN, type SiteWithSources } from '../helpers/site-with-sources.ts';
import { checkAccessibility } from './accessibility.ts';
import { startReader, type Reader } from './browser.ts';
import { expectCleanLoad, expectLandedOn, pathOf, textOf } from './reader-checks.ts';
import { photograph, SCREENS } from './screenshots.ts';

/**
 * A reader of motion pages, of a signed letter and of a debate copied from its official page. The
 * default corpus holds none of them, so this file builds (once) a site of the default corpus plus
 * four real documents:
 * - test/fixtures/vlos-motion-and-interruptions.xml, a slice of the VLOS transcript of the plenary
 *   sitting of 2 July 2025 (origin in the file): Soepboer (NSC) submits the motion 31 497, nr. 499
 *   in the tweeminutendebat Passend onderwijs; the slice holds no vote on it;
 * - ../shared/real/xml/h-tk-20172018-70-6.xml, the Handelingen item of 5 April 2018 that votes on
 *   the amended motion-Wassenberg (21 501-08, nr. 726): "zodat zij is verworpen". The item's file
 *   states no date (the sitting's is 5 April 2018, gold.json), so its metadata gives it;
 * - test/fixtures/official/kst-28844-269-slice.xml, Kamerstuk 28 844, nr. 269 (7 July 2023), a
 *   letter signed "De Minister van Binnenlandse Zaken en Koninkrijksrelaties, H.G.J. Bruins Slot";
 * - ../shared/real/text/vlos-a86a6bc6-….txt, the committee debate Internationale fiscaliteit of
 *   3 July 2025 as copied from its page (debate-text): its agenda item, agenda and two termijnen.
 */
const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const REAL = new URL('../../../shared/real/xml/', import.meta.url).pathname;
const REAL_TEXT = new URL('../../../shared/real/text/', import.meta.url).pathname;
const DEBATE = 'plenaire-vergadering-2025-07-02-passend-onderwijs';
const VOTES = 'plenaire-vergadering-2018-04-05-stemmingen-moties-milieuraad';
const LETTER = 'kamerbrief-2023-07-07-integriteit-openbaar-bestuur';
const COMMITTEE = 'commissiedebat-2025-07-03-internationale-fiscaliteit';
/** The motions' pages: '<document>-<anchor of the motion's text>', anchors that stay put. */
const MOTION = `moties/${DEBATE}-p4e06dmw/`;
const VOTED = `moties/${VOTES}-pt2uwcx5/`;

let site: SiteWithSources;
beforeAll(async () => {
  site = await buildSiteWithSources('verslag-motion-site-', [
    { from: join(FIXTURES, 'vlos-motion-and-interruptions.xml'), as: `${DEBATE}.xml` },
    { from: join(REAL, 'h-tk-20172018-70-6.xml'), as: `${VOTES}.xml`, metadata: 'date: "2018-04-05"\n' },
    { from: join(FIXTURES, 'official', 'kst-28844-269-slice.xml'), as: `${LETTER}.xml` },
    { from: join(REAL_TEXT, 'vlos-a86a6bc6-2bba-4d64-b9c6-16af46d8a8a7.txt'), as: `${COMMITTEE}.txt` },
  ]);
}, 300_000);
afterAll(() => site?.remove());

const served = () => ({ dir: `${site.dist}/`, base: '/' });
// One browser for the reader's tests, started once the site is built (hooks run in the order they are declared).
let reader: Reader;
beforeAll(async () => {
  reader = await startReader(served());
});
afterAll(async () => {
  await reader?.close();
});

const model = (id: string) => JSON.parse(readFileSync(join(site.dist, 'documenten', `${id}.json`), 'utf8')) as ParliamentaryDocument;

describe('a reader of a motion page', () => {

  it('the pages are the motions of the model, at the anchor of their text', () => {
    expect(model(DEBATE).motions!.map((motion) => motion.anchor)).toEqual(['p4e06dmw']);
    expect(model(VOTES).motions!.map((motion) => motion.anchor)).toEqual(['pt2uwcx5']);
  });

  describe.each(Object.entries(SCREENS))('on a %s', (_screen, options) => {
    it('reads the title, who submitted it with their party, its text, its Kamerstuk and that its result is not known here', async () => {
      const page = await reader.open(MOTION, options);
      expect(await textOf(page, 'h1')).toBe('De motie-Soepboer over zonder financiële borging niet verdergaan met het streven naar inclusief onderwijs (31497, nr. 499)');
      expect(await textOf(page, 'p.meta')).toBe('Motie · Kamerstuk 31 497, nr. 499');
      const submitted = page.locator('dt:text-is("Ingediend door") + dd');
      expect(await submitted.textContent()).toBe('Soepboer (NSC)');
      expect(await submitted.getByRole('link', { name: 'Soepboer' }).getAttribute('href')).toBe('/personen/soepboer/');
      expect(await submitted.getByRole('link', { name: 'NSC' }).getAttribute('href')).toBe('/partijen/nsc/');
      // The motion as printed, a clause a line.
      const clauses = await page.locator('blockquote.motion-text > p').allTextContents();
      expect(clauses).toHaveLength(9);
      expect(clauses.slice(0, 2)).toEqual(['De Kamer,', 'gehoord de beraadslaging,']);
      expect(clauses).toContain('verzoekt de regering niet verder te gaan met het streven naar inclusief onderwijs zolang de continuïteit, toegankelijkheid en kwaliteit van het speciaal onderwijs niet financieel geborgd en gedekt zijn,');
      expect(clauses.at(-1)).toBe('en gaat over tot de orde van de dag.');
      // The slice of the transcript holds no vote on it: the page says so instead of guessing.
      expect(await textOf(page, 'dt:text-is("Uitslag") + dd')).toBe('niet bekend in deze verzameling');
      expectCleanLoad(page);
    });

    it('goes from the motion to the turn it was submitted in, and from there to the member who submitted it', async () => {
      const page = await reader.open(MOTION, options);
      const submittedIn = page.locator('dt:text-is("Ingediend in") + dd');
      expect(await submittedIn.textContent()).toBe('103e vergadering, woensdag 2 juli 2025 (plenaire vergadering, 2 juli 2025)');
      await submittedIn.getByRole('link').click();
      await page.waitForURL(`**/documenten/${DEBATE}/#*`);
      const turn = model(DEBATE).body.find((block) => block.type === 'speech' && block.motions?.includes('p4e06dmw'));
      expect(turn).toMatchObject({ speaker: { slug: 'soepboer', party: 'NSC' } });
      const anchor = new URL(page.url()).hash.slice(1);
      expect(turn!.type === 'speech' && turn!.passages[0]!.anchor).toBe(anchor);
      await expectLandedOn(page, anchor);
      expectCleanLoad(page);

      const back = await reader.open(MOTION, options);
      await back.locator('dt:text-is("Ingediend door") + dd').getByRole('link', { name: 'Soepboer' }).click();
      await back.waitForURL('**/personen/soepboer/');
      expect(pathOf(back, '/')).toBe('personen/soepboer/');
      // The member's page lists the motion by its title, leading back to it.
      expect(await back.locator(`a[href="/${MOTION}"]`).count()).toBeGreaterThan(0);
      expectCleanLoad(back);
    });

    it('reads the result of a motion the document votes on', async () => {
      const page = await reader.open(VOTED, options);
      expect(await textOf(page, 'h1')).toBe('Motie van het lid Wassenberg');
      // Its member, named by the chair when the motion was amended, links to his page.
      expect(await page.locator('dt:text-is("Ingediend door") + dd').getByRole('link', { name: 'Wassenberg' }).count()).toBe(1);
      expect(await textOf(page, 'dt:text-is("Uitslag") + dd')).toBe('verworpen');
      expect(await textOf(page, 'p.meta')).toBe('Motie · Kamerstuk 21 501-08, nr. 726 · verworpen');
      expect(await page.locator('blockquote.motion-text > p').allTextContents()).toContain(
        'verzoekt de regering om te onderzoeken hoe een reductie van het aantal gehouden dieren in Nederland kan bijdragen aan een verbetering van de luchtkwaliteit in gebieden met veel intensieve veehouderijen,',
      );
      await page.locator('dt:text-is("Ingediend in") + dd').getByRole('link').click();
      await page.waitForURL(`**/documenten/${VOTES}/#*`);
      await expectLandedOn(page, new URL(page.url()).hash.slice(1));
      expectCleanLoad(page);
    });
  });
});

describe('a reader of a letter that names its sender', () => {
  const SENDER = 'H.G.J. Bruins Slot (minister van Binnenlandse Zaken en Koninkrijksrelaties)';

  it('finds the sender in the list of documents and on the letter page, and as the author a reference manager imports', async () => {
    const page = await reader.open('archief/2023/');
    const item = page.locator('ul.documents > li', { has: page.locator(`a[href="/documenten/${LETTER}/"]`) });
    expect(await item.locator('.excerpt').allTextContents()).toEqual([`Van ${SENDER}`]);
    await item.getByRole('link').click();
    await page.waitForURL(`**/documenten/${LETTER}/`);
    expect(await textOf(page, 'dt:text-is("Afzender") + dd')).toBe(SENDER);
    // Zotero reads "Last, First" where a comma says so.
    expect(await page.locator('meta[name="citation_author"]').getAttribute('content')).toBe('Bruins Slot, H.G.J.');
    expectCleanLoad(page);
  });

  it('copies and shows the citation of a passage of the letter: its sender with office, title, kind, number and date', async () => {
    const first = model(LETTER).body.find((block) => block.type === 'paragraph')!;
    const anchor = first.type === 'paragraph' ? first.passage.anchor : '';
    expect(first.type === 'paragraph' && first.passage.text).toMatch(/^In het debat met de vaste commissie voor Binnenlandse Zaken over integriteit openbaar bestuur op 9 mei 2023/);
    const page = await reader.open(`documenten/${LETTER}/#${anchor}`, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.locator(`[id="${anchor}"]`).getByRole('button', { name: /^Citeer/ }).click();
    await expect.poll(() => textOf(page, `[id="${anchor}"] .cite-status`)).toMatch(/^Citaat gekopieerd: /);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${SENDER}, "${model(LETTER).title}", kamerbrief, Kamerstuk 28 844, nr. 269, 7 juli 2023. ${PERMANENT_ORIGIN}/documenten/${LETTER}/#${anchor}`);
    expect(await textOf(page, `[id="${anchor}"] .cite-status`)).toBe(`Citaat gekopieerd: ${copied}`);
    expectCleanLoad(page);
  });
});

describe('a reader of a committee debate copied from its page', () => {
  it('reads its agenda item as a heading in the body, its termijnen under it, and finds them in the contents', async () => {
    const page = await reader.open(`documenten/${COMMITTEE}/`);
    const headings = await page.locator('.document-body :is(h2, h3, h4)').evaluateAll((elements) => elements.map((element) => `${element.tagName} ${element.textContent}`));
    expect(headings).toEqual(['H2 Agenda', 'H2 Internationale fiscaliteit', 'H3 Eerste termijn', 'H3 Tweede termijn', 'H2 Sluiting']);
    // The agenda: the seven letters after "Aan de orde is de behandeling van:".
    expect(await page.locator('details.agenda li').count()).toBe(7);
    // The contents in reading order, the termijnen under the agenda item they belong to.
    const toc = page.locator('nav.toc');
    expect(await toc.locator(':scope > .toc-list > li > a').allTextContents()).toEqual(['Agenda', 'Internationale fiscaliteit', 'Sluiting']);
    expect(await toc.locator('li:has(> a:text-is("Internationale fiscaliteit")) > .toc-list > li > a').allTextContents()).toEqual(['Eerste termijn', 'Tweede termijn']);
    await toc.getByRole('link', { name: 'Tweede termijn' }).click();
    await expectLandedOn(page, 'termijn-2');
    expectCleanLoad(page);
  });

  it('titles a Kamerstuk on its agenda from what the agenda says of it', async () => {
    const page = await reader.open('kamerstukken/25087-339/');
    expect(await textOf(page, 'p.lead')).toBe('Terugkoppeling uitkomsten IF-vergadering 28 tot en met 30 mei 2024');
    expectCleanLoad(page);
  });
});

describe.each(Object.keys(SCREENS) as (keyof typeof SCREENS)[])('photographed on a %s', (screen) => {
  it('the motion page fits the width', async () => {
    await photograph(reader, 'motion', MOTION, screen);
  });
  it('the signed letter fits the width', async () => {
    await photograph(reader, 'letter-signed', `documenten/${LETTER}/`, screen);
  });
  it('the committee debate copied from its page fits the width', async () => {
    await photograph(reader, 'debate-text', `documenten/${COMMITTEE}/`, screen);
  });
});

checkAccessibility({ motion: MOTION, 'voted motion': VOTED, 'debate copied from its page': `documenten/${COMMITTEE}/` }, served);
