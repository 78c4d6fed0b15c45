import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DOCS, startReader, type Reader } from './browser.ts';
import { expectCleanLoad } from './reader-checks.ts';

/**
 * The Atom feeds, as a feed reader finds and reads them: linked from their pages, parsed as XML
 * by the browser's own parser, Atom with the entries expected.
 */
let reader: Reader;
let page: Page;
beforeAll(async () => {
  reader = await startReader('root');
  page = await reader.open('');
});
afterAll(async () => {
  await reader?.close();
});

const PERMANENT = 'https://verslag.example.org';

/** Fetches a feed and parses it with DOMParser: its titles, links and the feed's own elements. */
async function readFeed(path: string) {
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    const xml = new DOMParser().parseFromString(await response.text(), 'application/xml');
    const atom = 'http://www.w3.org/2005/Atom';
    const child = (element: Element, name: string) => [...element.children].find((node) => node.namespaceURI === atom && node.localName === name);
    const feed = xml.documentElement;
    const entries = [...feed.children].filter((node) => node.namespaceURI === atom && node.localName === 'entry');
    const isDate = (text?: string | null) => !!text && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(text);
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      parseError: xml.getElementsByTagName('parsererror').length > 0,
      root: `${feed.namespaceURI} ${feed.localName}`,
      id: child(feed, 'id')?.textContent,
      title: child(feed, 'title')?.textContent,
      updatedValid: isDate(child(feed, 'updated')?.textContent),
      hasAuthor: !!child(feed, 'author'),
      self: feed.querySelector(':scope > link[rel="self"]')?.getAttribute('href'),
      entries: entries.map((entry) => ({
        id: child(entry, 'id')?.textContent ?? '',
        title: child(entry, 'title')?.textContent ?? '',
        link: child(entry, 'link')?.getAttribute('href') ?? '',
        updatedValid: isDate(child(entry, 'updated')?.textContent),
        summary: child(entry, 'summary')?.textContent ?? '',
      })),
    };
  }, reader.at(path));
}

/** What RFC 4287 asks of every feed: id, title, updated, an author, and of every entry id, title, updated, with unique ids. */
function expectValidAtom(feed: Awaited<ReturnType<typeof readFeed>>, path: string) {
  expect(feed.status).toBe(200);
  expect(feed.parseError, `${path} parses as XML`).toBe(false);
  expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
  expect(feed.id).toBe(`${PERMANENT}/${path}`);
  expect(feed.self).toBe(`${PERMANENT}/${path}`);
  expect(feed.title).toBeTruthy();
  expect(feed.updatedValid).toBe(true);
  expect(feed.hasAuthor).toBe(true);
  for (const entry of feed.entries) {
    expect(entry.title).toBeTruthy();
    expect(entry.updatedValid, `${path}: ${entry.title}`).toBe(true);
    expect(entry.link.startsWith(`${PERMANENT}/`)).toBe(true);
    expect(entry.summary.length).toBeGreaterThan(20);
  }
  expect(new Set(feed.entries.map((entry) => entry.id)).size).toBe(feed.entries.length);
}

describe('the feeds', () => {
  it('of the whole site: every document, newest added first (the same commit: then by their own date), with a summary', async () => {
    const feed = await readFeed('feed.xml');
    expectValidAtom(feed, 'feed.xml');
    expect(feed.entries.map((entry) => entry.link)).toEqual([DOCS.written, DOCS.answers, DOCS.letter, DOCS.debate, DOCS.ao].map((id) => `${PERMANENT}/documenten/${id}/`));
    expect(feed.entries[3]!.summary).toMatch(/^Commissiedebat van 30 januari 2025, Kamerstuk 26 643, nr\. 1311, vaste commissie voor Digitale Zaken\. Met: Six Dijkstra \(NSC\), .*Krul \(CDA\).* “/);
  });

  it('of a person, a party, a dossier, and the toezeggingen whose status changed, each linked from its page', async () => {
    const cases = [
      { page: 'personen/krul/', feed: 'personen/krul/feed.xml', titles: ['Krul in Opkomende en toekomstige technologieën'] },
      { page: 'partijen/cda/', feed: 'partijen/cda/feed.xml', titles: ['Krul in Opkomende en toekomstige technologieën', 'Amhaouch in Digitalisering en cybersecurity'] },
    ];
    for (const { page: path, feed: feedPath, titles } of cases) {
      const pageOf = await reader.open(path);
      expect(await pageOf.locator('head link[rel="alternate"][type="application/atom+xml"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href))).toContain(reader.at(feedPath));
      await pageOf.getByRole('link', { name: /^Volg/ }).click();
      await pageOf.waitForURL(`**/${feedPath}`);
      expectCleanLoad(pageOf);
      const feed = await readFeed(feedPath);
      expectValidAtom(feed, feedPath);
      expect(feed.entries.map((entry) => entry.title)).toEqual(titles);
    }
    // A dossier: its two documents in the corpus and the passages elsewhere that cite its papers.
    const dossier = await readFeed('dossiers/26643/feed.xml');
    expectValidAtom(dossier, 'dossiers/26643/feed.xml');
    expect(dossier.title).toBe('Verslag: dossier 26 643 Informatie- en communicatietechnologie (ICT)');
    const titles = dossier.entries.map((entry) => entry.title);
    expect(titles).toEqual(expect.arrayContaining(['Opkomende en toekomstige technologieën', 'Digitalisering en cybersecurity', 'Stand van zaken moties en toezeggingen digitalisering haalt Kamerstuk 26 643, nr. 1322 aan']));
    expect(titles).toHaveLength(11);
    const commitments = await readFeed('toezeggingen/feed.xml');
    expectValidAtom(commitments, 'toezeggingen/feed.xml');
    // Five whose status changed in the two debates (three reworded, one answered on the spot, one withdrawn) and the one a letter reported on.
    expect(commitments.entries.map((entry) => entry.title.replace(/:.*/, '')).sort()).toEqual([
      'Gerapporteerd', 'Toezegging gewijzigd', 'Toezegging gewijzigd', 'Toezegging gewijzigd', 'Toezegging ingetrokken', 'Toezegging ter plekke beantwoord',
    ]);
    expect(commitments.entries.filter((entry) => entry.title.startsWith('Gerapporteerd: ')).map((entry) => entry.title)).toContain(
      'Gerapporteerd: Voortgang en financiering van Innovation Center for Artificial Intelligence (ICAI) labs',
    );
    expect(commitments.entries.find((entry) => entry.title.startsWith('Gerapporteerd: Voortgang en financiering'))!.summary).toContain('rapporteert over de toezegging van Szabó aan Kathmann');
  });
});
