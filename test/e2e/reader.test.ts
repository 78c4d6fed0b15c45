import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DOCS, startReader, type Reader } from './browser.ts';
import { expectCleanLoad, expectLandedOn, textOf } from './reader-checks.ts';
import { homeToDebateToPerson } from './scenarios.ts';

/** A reader in Chromium on the site built from the default corpus (dist/), served at the root. */
let reader: Reader;
beforeAll(async () => {
  reader = await startReader('root');
});
afterAll(async () => {
  await reader?.close();
});

const PERMANENT = 'https://verslag.example.org';
const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };
const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe('a reader', () => {
  it('opens the home page: the five documents, newest first, and the way to everything else', async () => {
    const page = await reader.open('');
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.locator('ul.documents > li > a').allTextContents()).toEqual([
      'Fiche Mededeling Internationale Digitale Strategie',
      'Antwoorden op vragen van het lid Dassen over AI',
      'Stand van zaken moties en toezeggingen digitalisering',
      'Opkomende en toekomstige technologieën',
      'Digitalisering en cybersecurity',
    ]);
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link');
    expect(await menu.allTextContents()).toEqual(['Documenten', 'Personen', 'Partijen', 'Toezeggingen', 'Dossiers', 'Kamerstukken']);
    // npm test builds this site with VERSLAG_SITE set: no notice of placeholder links.
    expect(await page.locator('.origin-warning').count()).toBe(0);
    expectCleanLoad(page);
  });

  it('opens a debate, follows a speaker to the person page, from there back to the passage, and back', async () => {
    await homeToDebateToPerson(reader, '/');
  });

  it('opens a passage by its anchor: the page is scrolled to it and it is highlighted', async () => {
    const page = await reader.open(`documenten/${DOCS.ao}/#p4a6ixmp`);
    await expectLandedOn(page, 'p4a6ixmp');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    expect(await textOf(page, '#p4a6ixmp')).toMatch(/^Dank u wel, voorzitter\. Nederland en de wereld digitaliseren in hoog tempo\./);
    // Its speaker is the heading just above it.
    expect(await textOf(page, '#p4a6ixmp-spreker')).toBe('Weverling (VVD)');
  });

  /** Clicks "Citeer" on a passage; returns what the page shows it copied, and the clipboard. */
  async function cite(path: string, anchor: string): Promise<{ shown: string; copied: string }> {
    const page = await reader.open(`${path}#${anchor}`, CLIPBOARD);
    await page.locator(`[id="${anchor}"]`).getByRole('button', { name: /^Citeer/ }).click();
    await expect.poll(() => textOf(page, `[id="${anchor}"] .cite-status`)).toMatch(/^Citaat gekopieerd: /);
    const shown = (await textOf(page, `[id="${anchor}"] .cite-status`)).replace(/^Citaat gekopieerd: /, '');
    expectCleanLoad(page);
    return { shown, copied: await readClipboard(page) };
  }

  it('copies and shows the citation of a speech: the speaker with party, or with office for a member of the cabinet, and the page of the original', async () => {
    const krul = await cite(`documenten/${DOCS.debate}/`, 'pq60aa4q');
    expect(krul.copied).toBe(
      `Krul (CDA), "Opkomende en toekomstige technologieën", commissiedebat, Kamerstuk 26 643, nr. 1311, 30 januari 2025. ${PERMANENT}/documenten/${DOCS.debate}/#pq60aa4q`,
    );
    expect(krul.shown).toBe(krul.copied);
    const minister = await cite(`documenten/${DOCS.debate}/`, 'p1cj004n');
    expect(minister.copied).toBe(
      `Szabó (staatssecretaris Koninkrijksrelaties en Digitalisering), "Opkomende en toekomstige technologieën", commissiedebat, Kamerstuk 26 643, nr. 1311, 30 januari 2025. ${PERMANENT}/documenten/${DOCS.debate}/#p1cj004n`,
    );
    // A toezegging read out by the chair is the state secretary's, made to a member.
    const commitment = await cite(`documenten/${DOCS.debate}/`, 'pwsdbkdy');
    expect(commitment.copied).toMatch(/^Toezegging van Szabó \(staatssecretaris Koninkrijksrelaties en Digitalisering\) aan \S+ \([^)]+\), "Opkomende/);
    // A passage of the PDF report names its page in the original.
    const pdf = await cite(`documenten/${DOCS.ao}/`, 'p4a6ixmp');
    expect(pdf.copied).toBe(
      `Weverling (VVD), "Digitalisering en cybersecurity", algemeen overleg, Kamerstuk 26 643, nr. 679, 11 maart 2020, p. 5. ${PERMANENT}/documenten/${DOCS.ao}/#p4a6ixmp`,
    );
  });

  it('copies the citation of a question (number and party, or the member who asked) and of its answer (the sender)', async () => {
    const written = await cite(`documenten/${DOCS.written}/`, 'pjie8nqw');
    expect(written.copied).toBe(
      `Vraag 3 van de PVV-fractie, "Fiche Mededeling Internationale Digitale Strategie", schriftelijk overleg, Kamerstuk 22 112, nr. 4312, 15 april 2026. ${PERMANENT}/documenten/${DOCS.written}/#pjie8nqw`,
    );
    const asked = await cite(`documenten/${DOCS.answers}/`, 'p6exp0fl');
    expect(asked.copied).toBe(`Vraag 2 van het lid Dassen (Volt), "Antwoorden op vragen van het lid Dassen over AI", antwoorden op vragen, 2026. ${PERMANENT}/documenten/${DOCS.answers}/#p6exp0fl`);
    const answer = await cite(`documenten/${DOCS.answers}/`, 'pesl7iv0');
    expect(answer.copied).toBe(
      `Antwoord op vraag 2 van Aerdts (staatssecretaris van Economische Zaken en Klimaat), "Antwoorden op vragen van het lid Dassen over AI", antwoorden op vragen, 2026. ${PERMANENT}/documenten/${DOCS.answers}/#pesl7iv0`,
    );
    expect(answer.shown).toBe(answer.copied);
  });

  it('copies the citation of a letter: its sender where the letter names one (this one does not), title, kind and date', async () => {
    const letter = await cite(`documenten/${DOCS.letter}/`, 'prkmtvqq');
    expect(letter.copied).toBe(`"Stand van zaken moties en toezeggingen digitalisering", kamerbrief, juli 2025. ${PERMANENT}/documenten/${DOCS.letter}/#prkmtvqq`);
  });

  it('offers "Citeer" on passages worth citing, not on procedural lines or "Het woord is aan de heer Krul."', async () => {
    const page = await reader.open(`documenten/${DOCS.debate}/`);
    const woord = page.locator('.passage', { hasText: /^Het woord is aan de heer Krul\./ }).first();
    expect(await woord.count()).toBe(1);
    expect(await woord.locator('.cite-button').count()).toBe(0);
    expect(await page.locator('.passage.procedural .cite-button').count()).toBe(0);
    expect(await page.locator('#pq60aa4q .cite-button').count()).toBe(1);
    // Controls appear when wanted: hidden until the passage is hovered.
    const opacity = () => page.locator('#pq60aa4q .cite-button').evaluate((element) => getComputedStyle(element).opacity);
    expect(await opacity()).toBe('0');
    await page.locator('#pq60aa4q').hover();
    await expect.poll(opacity).toBe('1');
  });

  it('follows a question to its answer and back', async () => {
    const page = await reader.open(`documenten/${DOCS.written}/`);
    await page.locator('#vraag-3').getByRole('link', { name: 'naar het antwoord' }).click();
    await expectLandedOn(page, 'antwoord-3');
    expect(await textOf(page, '#antwoord-3 .qa-label')).toBe('Antwoord op vraag 3 naar de vraag');
    await page.locator('#antwoord-3').getByRole('link', { name: 'naar de vraag' }).click();
    await expectLandedOn(page, 'vraag-3');
    await page.goBack();
    await expectLandedOn(page, 'antwoord-3');

    // In the answers, "zie de beantwoording van vraag 3" leads to that answer.
    const answers = await reader.open(`documenten/${DOCS.answers}/#antwoord-11`);
    await answers.locator('#antwoord-11').getByRole('link', { name: 'de beantwoording van vraag 3' }).click();
    await expectLandedOn(answers, 'antwoord-3');
    expectCleanLoad(answers);
  });

  it('follows a commitment (to Kathmann, 30 januari 2025) to the letter that reports on it, and back', async () => {
    const page = await reader.open(`documenten/${DOCS.debate}/#pwsdbkdy`);
    await expectLandedOn(page, 'pwsdbkdy');
    const commitment = await textOf(page, '#pwsdbkdy');
    expect(commitment).toMatch(/^Toezegging \(toegezegd\): De Staatssecretaris .* zegt toe de Kamer te informeren over de voortgang/);
    expect(commitment).toContain('naar aanleiding van de vraag van het lid Kathmann');

    await page.locator('#pwsdbkdy .see-also').getByRole('link', { name: /^Hierover gerapporteerd in: Stand van zaken moties en toezeggingen digitalisering/ }).click();
    await page.waitForURL(`**/documenten/${DOCS.letter}/#p5ch3xat`);
    await expectLandedOn(page, 'p5ch3xat');
    expect(await textOf(page, '#p5ch3xat')).toMatch(/^In het commissiedebat over opkomende en toekomstige technologieën van 30 januari 2025 heeft mijn voorganger uw Kamer toegezegd/);

    await page.locator('#p5ch3xat .see-also').getByRole('link', { name: 'Toezegging gedaan in: Opkomende en toekomstige technologieën (30 januari 2025)' }).click();
    await page.waitForURL(`**/documenten/${DOCS.debate}/#pwsdbkdy`);
    await expectLandedOn(page, 'pwsdbkdy');
    expectCleanLoad(page);
  });

  it('gets around with the keyboard only: skip link, search box, "Citeer", and always sees where the focus is', async () => {
    const page = await reader.open(`documenten/${DOCS.written}/`, CLIPBOARD);
    const focused = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return {
          description: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${element.className} "${(element.textContent ?? '').trim().slice(0, 30)}"`,
          id: element.id,
          className: element.className,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
          shown: style.opacity !== '0' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0 && box.right > 0 && box.left < window.innerWidth,
          passage: element.closest('.passage')?.id ?? '',
        };
      });

    await page.keyboard.press('Tab');
    const skip = await focused();
    expect(skip.description).toContain('Naar de inhoud');
    expect(skip).toMatchObject({ outline: true, shown: true });

    const path: Awaited<ReturnType<typeof focused>>[] = [skip];
    while (path.length < 300 && !/\bcite-button\b/.test(path.at(-1)!.className)) {
      await page.keyboard.press('Tab');
      path.push(await focused());
    }
    const invisible = path.filter((step) => !step.outline || !step.shown).map((step) => step.description);
    expect(invisible, 'focused elements without a visible outline').toEqual([]);
    expect(path.map((step) => step.id)).toContain('zoekterm');
    const cite = path.at(-1)!;
    expect(cite.className).toBe('cite-button');

    await page.keyboard.press('Enter');
    await expect.poll(() => textOf(page, `[id="${cite.passage}"] .cite-status`)).toMatch(/^Citaat gekopieerd: /);
    expect(await readClipboard(page)).toMatch(new RegExp(`\\. ${PERMANENT}/documenten/${DOCS.written}/#${cite.passage}$`));
  });
});

describe('a reader without JavaScript', () => {
  const NO_SCRIPT = { javaScriptEnabled: false };

  it('is told on the search page that searching needs JavaScript, and where to read instead', async () => {
    const page = await reader.open('zoeken/?q=kwantumcomputer', NO_SCRIPT);
    const notice = page.locator('main p.notice');
    expect(await notice.isVisible()).toBe(true);
    expect(await textOf(page, 'main p.notice')).toBe('Zoeken werkt met JavaScript, dat in uw browser uit staat. Alle documenten zijn zonder JavaScript te lezen via de lijst van documenten.');
    expect(await page.locator('#search').isVisible()).toBe(false);
    await notice.getByRole('link', { name: 'lijst van documenten' }).click();
    await page.waitForURL(reader.at(''));
    expect(await page.locator('ul.documents > li').count()).toBe(5);
  });

  it('reads a document page whose anchor links work', async () => {
    const page = await reader.open(`documenten/${DOCS.written}/`, NO_SCRIPT);
    expect(await textOf(page, 'h1')).toBe('Fiche Mededeling Internationale Digitale Strategie');
    expect(await page.locator('.cite-button').count()).toBe(0);
    await page.locator('nav.toc').getByRole('link').nth(1).click();
    const tocTarget = new URL(page.url()).hash.slice(1);
    await expectLandedOn(page, tocTarget);
    await page.locator('#vraag-2').getByRole('link', { name: 'naar het antwoord' }).click();
    await expectLandedOn(page, 'antwoord-2');
    const passage = (await page.locator('#antwoord-2 .passage').first().getAttribute('id'))!;
    await page.locator(`[id="${passage}"] a.anchor`).focus();
    await page.keyboard.press('Enter');
    await expectLandedOn(page, passage);
    expectCleanLoad(page);
  });
});
