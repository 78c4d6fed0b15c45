import type { Page } from 'playwright-core';
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

/** The options of a facet's select as the reader reads them ('VVD (12)'), without 'alle'. */
const facetOptions = (page: Page, label: string) =>
  page.getByLabel(label).evaluate((select: HTMLSelectElement) => [...select.options].filter((option) => option.value).map((option) => option.text));

/** Who says the words a passage link of the results lands on, as the document page shows it: the speech or question around that id. */
async function speakersOf(page: Page): Promise<{ link: string; name: string; party: string }[]> {
  const links = await page.locator('#search-results a.search-passage-link').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
  const documents = new Map<string, Document>();
  const speakers: { link: string; name: string; party: string }[] = [];
  for (const link of links) {
    const [url, anchor] = link.split('#') as [string, string];
    if (!documents.has(url)) {
      const html = await page.evaluate(async (address) => (await fetch(address)).text(), url);
      documents.set(url, html as unknown as Document);
    }
    const found = await page.evaluate(
      ({ html, id }) => {
        const parsed = new DOMParser().parseFromString(html, 'text/html');
        const target = parsed.getElementById(id);
        const speech = target?.closest<HTMLElement>('section.speech');
        if (speech) return { name: speech.dataset.name ?? '', party: speech.dataset.party ?? '' };
        const question = target?.closest('.question')?.querySelector('.qa-label')?.textContent ?? '';
        return { name: '', party: /\(([^)]+)\)/.exec(question)?.[1] ?? '' };
      },
      { html: documents.get(url) as unknown as string, id: anchor },
    );
    speakers.push({ link, ...found });
  }
  return speakers;
}

/** The number of hits the status line reports: '12 treffers in 3 documenten voor „x”.' */
const hitCount = async (page: Page) => Number(/^(\d+) treffers? in/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1]);

describe('a reader searching', () => {
  it('finds "gezichtsherkenning" in both debates and lands on the passage that says it', async () => {
    await searchLandsOnPassage(reader, '/', 'gezichtsherkenning', DOCS.debate, /gezichtsherkenning/i);
    await searchLandsOnPassage(reader, '/', 'gezichtsherkenning', DOCS.ao, /gezichtsherkenning/i);
  });

  it('finds a word only the answers to Dassen hold ("Anthropic"), and nothing else; each hit names who says it', async () => {
    const page = await reader.open('zoeken/?q=Anthropic');
    const results = await searchResults(page);
    expect(pathsOf(results)).toEqual([documentPath(DOCS.answers)]);
    // Dassen's questions, the state secretary's answers and the rest of the text (here its footnotes): a record each, with its best passage.
    expect(await page.locator('#search-status').textContent()).toBe('3 treffers in 1 document voor „Anthropic”.');
    const links = (await page.locator('a.search-passage-link').allTextContents()).sort();
    expect(links).toHaveLength(3);
    expect(links.slice(0, 2)).toEqual(['Antwoord op vraag 1 · Aerdts, Staatssecretaris van Economische Zaken en Klimaat', 'Voetnoot 1']);
    expect(links[2]).toBe('Vraag 1 · Dassen (Volt)');
    // The facets offer what this query finds, nothing else.
    expect(await facetOptions(page, 'Partij')).toEqual(['Volt (1)']);
    expect(await facetOptions(page, 'Spreker')).toEqual(['Aerdts (1)', 'Dassen (1)']);
    expect(await facetOptions(page, 'Rol')).toEqual(['Kamerlid (1)', 'staatssecretaris (1)']);
    // Question 8 holds the word too: within the document, every passage that holds it.
    await page.getByRole('link', { name: 'Meer treffers in dit document' }).click();
    await page.waitForURL(/[?&]document=/);
    await searchResults(page);
    expect((await page.locator('a.search-passage-link').allTextContents()).sort()).toEqual([
      'Antwoord op vraag 1 · Aerdts, Staatssecretaris van Economische Zaken en Klimaat',
      'Voetnoot 1',
      'Voetnoot 2',
      'Voetnoot 4',
      'Vraag 1 · Dassen (Volt)',
      'Vraag 8 · Dassen (Volt)',
    ]);
    await searchLandsOnPassage(reader, '/', 'Anthropic', DOCS.answers, /anthropic/i);
  });

  it('finds words of the text only, not the anchors a result lands on (Pagefind indexes a record\'s meta as words, not its URL)', async () => {
    // Krul's first passage in the 2025 debate, and the state secretary's second answer to Dassen's first question.
    for (const word of ['pq60aa4q', 'p472if9s']) {
      const page = await reader.open(`zoeken/?q=${word}`);
      await expect.poll(() => page.locator('#search-status').textContent()).toBe(`Geen resultaten voor „${word}”.`);
      await page.context().close();
    }
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

  it('narrows by party to that party\'s own words: every hit is a VVD speech or question, as many as the facet said', async () => {
    const page = await reader.open('zoeken/?q=overheid');
    await searchResults(page);
    const offered = (await facetOptions(page, 'Partij')).find((option) => option.startsWith('VVD ('))!;
    const promised = Number(/\((\d+)\)/.exec(offered)![1]);
    expect(promised).toBeGreaterThan(1);

    await page.getByLabel('Partij').selectOption('VVD');
    await page.waitForURL(/[?&]partij=VVD/);
    await searchResults(page);
    expect(await hitCount(page)).toBe(promised);
    const speakers = await speakersOf(page);
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.filter((speaker) => speaker.party !== 'VVD')).toEqual([]);
    // The chosen facet still offers the other parties (counted without it), so the reader can switch.
    expect((await facetOptions(page, 'Partij')).length).toBeGreaterThan(1);
    expectCleanLoad(page);
  });

  it('narrows by speaker to their own words: "spreker: Buijsse" shows Buijsse\'s speeches only (2 on AI, in one debate), and "Kathmann" her own', async () => {
    const page = await reader.open('zoeken/?q=AI&spreker=Buijsse');
    await searchResults(page);
    expect(await hitCount(page)).toBe(1);
    expect((await speakersOf(page)).map((speaker) => speaker.name)).toEqual(['Buijsse']);
    await page.getByRole('link', { name: 'Meer treffers in dit document' }).click();
    await page.waitForURL(/[?&]document=/);
    await searchResults(page);
    const buijsse = await speakersOf(page);
    expect(buijsse.map((speaker) => speaker.name)).toEqual(['Buijsse', 'Buijsse']);
    expect(new Set(buijsse.map((speaker) => speaker.link)).size).toBe(2);

    const kathmann = await reader.open('zoeken/?q=Kathmann&spreker=Kathmann');
    await searchResults(kathmann);
    const hers = await speakersOf(kathmann);
    expect(hers.length).toBeGreaterThan(0);
    expect(hers.filter((speaker) => speaker.name !== 'Kathmann')).toEqual([]);
    expectCleanLoad(page);
  });

  it('shows "Meer treffers in dit document", which lists every passage with a hit in that document, each landing on its words', async () => {
    const page = await reader.open('zoeken/?q=kabinet');
    const results = await searchResults(page);
    const debate = page.locator('li.search-result').filter({ has: page.locator(`.search-result-title a[href="${documentPath(DOCS.debate)}"]`) });
    expect(await debate.locator('a.search-passage-link').count()).toBe(3);
    expect(results.length).toBe(5);

    await debate.getByRole('link', { name: 'Meer treffers in dit document' }).click();
    await page.waitForURL(/[?&]document=/);
    const within = await searchResults(page);
    expect(pathsOf(within)).toEqual([documentPath(DOCS.debate)]);
    const records = await hitCount(page);
    expect(records).toBeGreaterThan(3);
    expect(await page.locator('#search-status').textContent()).toBe(`${records} treffers in 1 document voor „kabinet”.`);
    // A record is a speaker's words in the document: every one of their passages that holds the word is listed.
    const links = await page.locator('a.search-passage-link').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(records);
    expect(new Set(links).size).toBe(links.length);
    const html = await page.evaluate(async (address) => (await fetch(address)).text(), links[0]!.split('#')[0]!);
    const texts = await page.evaluate(
      ({ html, ids }) => {
        const parsed = new DOMParser().parseFromString(html, 'text/html');
        return ids.map((id) => parsed.getElementById(id)?.textContent ?? '');
      },
      { html, ids: links.map((link) => link.split('#')[1]!) },
    );
    for (const text of texts) expect(text).toMatch(/kabinet/i);
    await page.getByRole('link', { name: 'in alle documenten zoeken' }).click();
    expect((await searchResults(page)).length).toBe(5);
    expectCleanLoad(page);
  });

  it('on a phone, shows the first result on the first screen, the filters folded away', async () => {
    const page = await reader.open('zoeken/?q=kabinet', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await searchResults(page);
    expect(await page.locator('#search-refine').evaluate((details: HTMLDetailsElement) => details.open)).toBe(false);
    const first = await page.locator('li.search-result').first().locator('.excerpt').first().boundingBox();
    expect(first).not.toBeNull();
    expect(first!.y + first!.height).toBeLessThanOrEqual(844);
    await page.getByText('Verfijnen').click();
    expect(await page.getByLabel('Partij').isVisible()).toBe(true);
    expectCleanLoad(page);
  });
});
