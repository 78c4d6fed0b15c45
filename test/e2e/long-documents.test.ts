import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DOCS, startReader, type Reader } from './browser.ts';
import { expectCleanLoad, expectLandedOn, textOf } from './reader-checks.ts';

/** Finding one's way in a long debate: landing on a passage, termijnen, the contents and the speakers at hand, on a desktop and a phone. */
let reader: Reader;
beforeAll(async () => {
  reader = await startReader('root');
});
afterAll(async () => {
  await reader?.close();
});

const SCREENS = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
} as const;

/** Krul's turns in the 2025 debate, in order: the first passage of each. */
const KRUL_TURNS = ['pq60aa4q', 'pwdvx463', 'pbrr6wse', 'p2m8aaxf', 'plvpgqjt', 'pcs7aa83', 'pq3zaado'];

/** Where the passage's speaker label is, against the passage and the screen. */
async function speakerLabelOf(page: Page, anchor: string) {
  return page.locator(`[id="${anchor}"]`).evaluate((passage) => {
    const header = passage.closest('.speech')!.querySelector('.speech-header')!;
    const label = header.getBoundingClientRect();
    const text = passage.getBoundingClientRect();
    // What is drawn at the label's centre: the label itself, not something laid over it.
    const onTop = document.elementFromPoint(label.left + 5, label.top + label.height / 2);
    return { text: header.textContent?.replace(/\s+/g, ' ').trim(), labelTop: label.top, labelBottom: label.bottom, passageTop: text.top, visible: !!onTop && header.contains(onTop) };
  });
}

describe.each(Object.entries(SCREENS))('on a %s, a reader of a long debate', (_screen, screen) => {
  it('lands on a passage deep in a turn with the speaker in view and the searched words marked', async () => {
    const page = await reader.open(`documenten/${DOCS.debate}/?highlight=oceaan#puc6m6nh`, screen);
    await expectLandedOn(page, 'puc6m6nh');
    const label = await speakerLabelOf(page, 'puc6m6nh');
    expect(label.text).toBe('Krul (CDA)');
    expect(label.visible, 'the speaker label is drawn, not covered').toBe(true);
    expect(label.labelTop).toBeGreaterThanOrEqual(0);
    expect(label.labelBottom).toBeLessThanOrEqual(label.passageTop + 1);
    expect(await page.locator('#puc6m6nh mark.search-word').allTextContents()).toEqual(['oceaan']);
    // The passage is the fourth of Krul's turn: the label stays with the turn as it is read.
    expect(await page.locator('#puc6m6nh').evaluate((passage) => [...passage.parentElement!.querySelectorAll(':scope > .passage')].indexOf(passage))).toBe(3);
    expectCleanLoad(page);
  });

  it('marks each searched word where the words begin with it, and nothing in labels or buttons', async () => {
    const page = await reader.open(`documenten/${DOCS.debate}/?highlight=kwantumcomputer&highlight=Krul`, screen);
    const marked = await page.locator('mark.search-word').allTextContents();
    expect(marked.length).toBeGreaterThan(2);
    expect(new Set(marked.map((word) => word.toLowerCase().replace(/s$/, '')))).toEqual(new Set(['kwantumcomputer', 'krul']));
    expect(await page.locator('.speech-header mark, button mark').count()).toBe(0);
  });

  it('follows a speaker through the index of speakers, turn by turn', async () => {
    const page = await reader.open(`documenten/${DOCS.debate}/`, screen);
    if (_screen === 'phone') await page.locator('details.document-nav > summary').tap();
    const krul = page.locator('.speaker-index li[data-speaker="krul"]');
    expect(await textOf(page, '.speaker-index li[data-speaker="krul"] .speaker-index-name')).toBe('Krul');
    const turns = krul.locator('.speaker-turns a');
    expect(await turns.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(KRUL_TURNS.map((anchor) => `#${anchor}`));
    expect(await turns.nth(2).getAttribute('aria-label')).toBe('Krul, bijdrage 3');
    await turns.nth(2).click();
    await expectLandedOn(page, KRUL_TURNS[2]!);
    expect((await speakerLabelOf(page, KRUL_TURNS[2]!)).text).toBe('Krul (CDA)');
    // On a phone the contents fold away again, so the passage can be read.
    if (_screen === 'phone') expect(await page.locator('details.document-nav').getAttribute('open')).toBeNull();
    // The chair only gives the floor: not in the index.
    expect(await page.locator('.speaker-index li[data-speaker="valize"]').count()).toBe(1);
    expect(await page.locator('.speaker-index').evaluate((index) => index.textContent?.includes('voorzitter'))).toBe(false);
    expectCleanLoad(page);
  });

  it('has the contents at hand deep into the debate, and termijn headings in the text', async () => {
    const page = await reader.open(`documenten/${DOCS.debate}/#${KRUL_TURNS[6]}`, screen);
    await expectLandedOn(page, KRUL_TURNS[6]!);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(3000);
    const handle = _screen === 'phone' ? page.locator('details.document-nav > summary') : page.locator('nav.toc');
    const box = (await handle.boundingBox())!;
    expect(box.y, 'the contents are on screen').toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(100);
    if (_screen === 'phone') await handle.tap();
    await page.locator('nav.toc').getByRole('link', { name: 'Tweede termijn' }).click();
    await expectLandedOn(page, 'termijn-2');
    expect(await page.locator('.document-body h2.termijn-heading').allTextContents()).toEqual(['Eerste termijn', 'Tweede termijn']);
    expectCleanLoad(page);
  });
});

describe('on a phone, the first screen of a debate', () => {
  it('shows the title and the first words spoken, the details, agenda and front matter folded', async () => {
    const page = await reader.open(`documenten/${DOCS.debate}/`, SCREENS.phone);
    const height = SCREENS.phone.viewport.height;
    const top = (selector: string) => page.locator(selector).first().evaluate((element) => element.getBoundingClientRect().top);
    expect(await top('h1')).toBeLessThan(height / 3);
    // The chair's opening words, not the report's paperwork.
    expect(await textOf(page, '.document-body .speech .passage')).toMatch(/^Een hele goede ochtend allemaal\./);
    expect(await top('.document-body .speech .passage')).toBeLessThan(height * 0.9);
    expect(await page.locator('dl.document-meta').isVisible()).toBe(false);
    expect(await page.locator('details.agenda ul').isVisible()).toBe(false);
    expect(await textOf(page, 'details.front-matter > summary')).toBe('Inleiding en aanwezigen (9 regels)');
    expect(await page.locator('details.front-matter .passage').first().isVisible()).toBe(false);
  });

  it('opens the folded front matter where a link points into it ("Aanvang 10.00 uur.")', async () => {
    const page = await reader.open(`documenten/${DOCS.debate}/#pfizglfn`, SCREENS.phone);
    await expectLandedOn(page, 'pfizglfn');
    expect(await textOf(page, '#pfizglfn')).toMatch(/^Aanvang 10\.00 uur\./);
    expect(await page.locator('details.front-matter').getAttribute('open')).not.toBeNull();
    expectCleanLoad(page);
  });
});
