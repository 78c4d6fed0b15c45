import { readFileSync } from 'node:fs';
import { select } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { createAnchorAllocator } from '../../src/ingest/anchors.ts';
import { SITES, builtFile, builtPage, href, id } from './built-site.ts';

const DEBATE = 'commissiedebat-2025-01-30-opkomende-technologieen';
const AO = 'algemeen-overleg-2020-03-11-digitalisering-en-cybersecurity';
const WRITTEN = 'schriftelijk-overleg-2026-04-15-internationale-digitale-strategie';
const LETTER = 'kamerbrief-2025-07-moties-en-toezeggingen-digitalisering';
const ANSWERS = 'antwoorden-2026-vragen-dassen-over-ai';

const model = (doc: string) => JSON.parse(readFileSync(new URL(`../../generated/json/${doc}.json`, import.meta.url), 'utf8'));

describe('home page', () => {
  const home = builtPage('/');
  it('lists the five documents newest first, with kind and date', () => {
    const items = home.all('ul.documents > li');
    expect(home.all('ul.documents > li > a').map(href)).toEqual([
      `/documenten/${WRITTEN}/`,
      `/documenten/${ANSWERS}/`,
      `/documenten/${LETTER}/`,
      `/documenten/${DEBATE}/`,
      `/documenten/${AO}/`,
    ]);
    expect(home.text(items[3]!)).toContain('Commissiedebat · 30 januari 2025 · Kamerstuk 26 643, nr. 1311 · vaste commissie voor Digitale Zaken');
  });
  it('is in Dutch', () => {
    expect(builtFile('index.html')).toMatch(/^<!DOCTYPE html><html lang="nl">/i);
  });
});

describe('a debate page', () => {
  const page = builtPage(`/documenten/${DEBATE}/`);
  const doc = model(DEBATE);

  it('shows the metadata: paper, committee, chairs and participants with party and role', () => {
    const meta = page.text(page.one('dl.document-meta'));
    expect(meta).toContain('Kamerstuk26 643, nr. 1311');
    expect(meta).toContain('VoorzitterValize, Six Dijkstra');
    expect(meta).toContain('Krul (CDA), Kamerlid');
    expect(meta).toContain('Szabó, Staatssecretaris Koninkrijksrelaties en Digitalisering');
  });

  it('gives every passage of the model its anchor, with a link to itself', () => {
    const passages = doc.speeches.flatMap((speech: { passages: { anchor: string }[] }) => speech.passages);
    expect(passages).toHaveLength(page.all('section.speech p.passage').length);
    for (const passage of passages) {
      const element = page.one(`p.passage[id="${passage.anchor}"]`);
      expect(page.all(`p[id="${passage.anchor}"] > a.anchor`).map(href)).toEqual([`#${passage.anchor}`]);
      expect(element).toBeDefined();
    }
  });

  it('derives an anchor from the passage words, so it survives edits elsewhere', () => {
    const krul = doc.speeches.find((speech: { speaker: { slug: string } }) => speech.speaker.slug === 'krul').passages[0];
    expect(krul.anchor).toBe(createAnchorAllocator().passage(krul.text, 'krul'));
    expect(page.text(page.one(`#${krul.anchor}`))).toMatch(/^Voorzitter, dank u wel\. Ik zei voorafgaand aan dit debat/);
  });

  it('keeps the anchors it published before: #punq2bb7-2 (a count of earlier builds) lands on the same words', () => {
    // content/anchors/ holds the anchors the site published; this one is now a former anchor of the same words.
    const former = page.one('[id="punq2bb7-2"]');
    expect(former.tagName).toBe('span');
    const passage = page.all('p.passage').find((element) => select('[id="punq2bb7-2"]', element));
    expect(page.text(passage!)).toBe('U heeft nog 30 seconden. ¶');
    expect(passage!.properties.id).toBe('p1bgivva');
  });

  it('links each speaker to their person page, which links back to the passage', () => {
    const speech = page.all('section.speech[data-speaker="krul"]')[0]!;
    const link = builtPage(`/documenten/${DEBATE}/`).all('section.speech[data-speaker="krul"] .speech-header a.speaker')[0]!;
    expect(href(link)).toBe('/personen/krul/');
    expect(speech.properties.className).toEqual(['speech', 'role-member']);
    const person = builtPage('/personen/krul/');
    expect(person.text(person.one('h1'))).toBe('De heer Krul');
    const first = doc.speeches.find((s: { speaker: { slug: string } }) => s.speaker.slug === 'krul').passages[0].anchor;
    expect(person.all('#bijdragen + ol a').map(href)).toContain(`/documenten/${DEBATE}/#${first}`);
    // One entry per document, counting his turns there: 7 in the debate, 3 of them interruptions.
    const turns = doc.speeches.filter((s: { speaker: { slug: string } }) => s.speaker.slug === 'krul');
    expect(turns).toHaveLength(7);
    expect(turns.filter((s: { interruption: boolean }) => s.interruption)).toHaveLength(3);
    expect(person.text(person.one('#bijdragen'))).toBe('Bijdragen (7)');
    expect(person.all('#bijdragen + ol > li')).toHaveLength(1);
    expect(person.text(person.one('#bijdragen + ol .meta'))).toBe('· 7 bijdragen, waarvan 3 interrupties');
  });

  it('marks interruptions and resolves "De voorzitter" to the chair of the moment', () => {
    expect(page.all('section.speech.interruption')).toHaveLength(20);
    const chairs = page.all('section.speech.role-chair').map((section) => section.properties.dataSpeaker);
    expect(new Set(chairs)).toEqual(new Set(['valize', 'six-dijkstra']));
    expect(page.all('p.chair-change')).toHaveLength(4);
  });

  it('highlights the commitments and links the one reported on to the letter that reports it', () => {
    expect(page.all('p.passage.commitment')).toHaveLength(7);
    const commitment = page.one('#pwsdbkdy');
    expect(page.text(commitment)).toContain('Toezegging (toegezegd): De Staatssecretaris Digitalisering en Koninkrijksrelaties zegt toe de Kamer te informeren over de voortgang');
    expect(page.all('#pwsdbkdy .see-also a').map(href)).toEqual([`/documenten/${LETTER}/#p5ch3xat`]);
    const letter = builtPage(`/documenten/${LETTER}/`);
    expect(letter.all('#p5ch3xat .see-also a').map(href)).toEqual([`/documenten/${DEBATE}/#pwsdbkdy`]);
  });

  it('carries citation and Open Graph metadata', () => {
    expect(page.one('meta[name="citation_title"]').properties.content).toBe('Opkomende en toekomstige technologieën');
    expect(page.one('meta[name="citation_date"]').properties.content).toBe('2025/01/30');
    expect(page.one('meta[name="citation_technical_report_number"]').properties.content).toBe('Kamerstuk 26 643, nr. 1311');
    expect(page.one('meta[property="og:type"]').properties.content).toBe('article');
  });
});

describe('citation metadata per kind, as Zotero reads it', () => {
  // Zotero's Embedded Metadata translator (zotero/translators, "Embedded Metadata.js"): a
  // citation_technical_report_institution makes the item a report with that institution, and
  // every citation_author is split into first and last name (ZU.cleanAuthor): so an institution
  // must never be a citation_author.
  const metas = (doc: string) =>
    builtPage(`/documenten/${doc}/`)
      .all('meta[name^="citation_"]')
      .map((meta) => [String(meta.properties.name), String(meta.properties.content)]);

  it('a debate: a report of the House, numbered by its Kamerstuk, with no person as its author', () => {
    expect(metas(DEBATE)).toEqual([
      ['citation_title', 'Opkomende en toekomstige technologieën'],
      ['citation_date', '2025/01/30'],
      ['citation_publication_date', '2025/01/30'],
      ['citation_language', 'nl'],
      ['citation_technical_report_institution', 'Tweede Kamer der Staten-Generaal'],
      ['citation_technical_report_number', 'Kamerstuk 26 643, nr. 1311'],
      ['citation_public_url', `https://verslag.example.org/documenten/${DEBATE}/`],
    ]);
  });

  it('answers to questions: the state secretary who sends them is the author', () => {
    expect(metas(ANSWERS)).toContainEqual(['citation_author', 'Aerdts']);
    expect(metas(ANSWERS).filter(([name]) => name === 'citation_author')).toHaveLength(1);
  });

  it('no page names the committee or the House as an author', () => {
    for (const doc of [DEBATE, AO, WRITTEN, LETTER, ANSWERS]) {
      const authors = metas(doc).filter(([name]) => name === 'citation_author').map(([, value]) => value);
      expect(authors.filter((author) => /commissie|Kamer/i.test(author)), doc).toEqual([]);
      expect(metas(doc), doc).toContainEqual(['citation_technical_report_institution', 'Tweede Kamer der Staten-Generaal']);
    }
  });
});

describe('the PDF debate page', () => {
  it('keeps the page numbers of the original on the passages', () => {
    const page = builtPage(`/documenten/${AO}/`);
    expect(page.all('p.passage[data-page="14"]').length).toBeGreaterThan(0);
    expect(page.all('section.speech').length).toBe(174);
  });
});

describe('written questions and answers', () => {
  it('pairs each question with its answer, linked both ways', () => {
    const page = builtPage(`/documenten/${WRITTEN}/`);
    expect(page.all('section.question')).toHaveLength(25);
    expect(page.all('section.answer')).toHaveLength(25);
    expect(page.all('#vraag-1 a.qa-link').map(href)).toEqual(['#antwoord-1']);
    expect(page.all('#antwoord-1 a.qa-link').map(href)).toEqual(['#vraag-1']);
  });

  it('makes "zie de beantwoording van vraag 3" a link to that answer', () => {
    const page = builtPage(`/documenten/${ANSWERS}/`);
    const link = page.one('#antwoord-11 a.ref-question');
    expect(href(link)).toBe('#antwoord-3');
    expect(page.text(link)).toBe('de beantwoording van vraag 3');
  });

  it('does not link "antwoord op vraag 25" of another document to an answer this page lacks', () => {
    const letter = builtPage(`/documenten/${LETTER}/`);
    expect(letter.all('[id^="antwoord-"]')).toEqual([]);
    const reference = letter.one('#voetnoot-23 .ref-question');
    expect(reference.tagName).toBe('span');
    expect(letter.text(reference)).toBe('antwoord op vraag 25');
  });
});

describe('footnotes', () => {
  const page = builtPage(`/documenten/${LETTER}/`);
  it('are real footnotes: the call links to the note, the note links back to where it is called', () => {
    const call = page.one('#s-2-1-5 sup.footnote-call a');
    expect(href(call)).toBe('#voetnoot-15');
    const note = page.one('li#voetnoot-15');
    expect(page.text(note)).toBe('TZ202501-151 ↩');
    expect(href(page.one('li#voetnoot-15 a.footnote-back'))).toBe('#s-2-1-5');
    expect(page.all('section.footnotes li')).toHaveLength(46);
  });
  it('link a register id to its entry on the commitments page', () => {
    // On the commitments page of 2025, the year of the letter that reports on it.
    expect(href(page.one('li#voetnoot-15 a.ref-commitment-id'))).toBe('/toezeggingen/2025/#tz202501-151');
    const commitments = builtPage('/toezeggingen/2025/');
    expect(commitments.all('#tz202501-151')).toHaveLength(1);
  });
});

describe('commitments, papers, parties', () => {
  it('lists the commitments per year, each with its status and the report on it', () => {
    const overview = builtPage('/toezeggingen/');
    expect(overview.all('tbody a').map(href)).toEqual(['/toezeggingen/2025/', '/toezeggingen/2020/']);
    // 2025: the debate's 7 commitments and the letter's 15 reports; 2020: the algemeen overleg's 7.
    expect(overview.all('tbody td').map((cell) => overview.text(cell))).toEqual(['7', '15', '7', '0']);
    const page = builtPage('/toezeggingen/2025/');
    expect(page.all('h2 + ul > li')).toHaveLength(7 + 15);
    expect(page.all(`a[href="/documenten/${LETTER}/#p5ch3xat"]`).length).toBe(2);
    expect(builtPage('/toezeggingen/2020/').all('h2 + ul > li')).toHaveLength(7);
  });

  it('lists the newest documents on the home page and every document on the archive page of its year', () => {
    const home = builtPage('/');
    expect(home.all('ul.documents > li')).toHaveLength(5);
    expect(home.all('#archief + ul a').map(href)).toEqual(['/archief/2026/', '/archief/2025/', '/archief/2020/']);
    expect(builtPage('/archief/2025/').all('ul.documents > li > a').map(href)).toEqual([`/documenten/${LETTER}/`, `/documenten/${DEBATE}/`]);
    expect(builtPage('/archief/2020/').all('ul.documents > li > a').map(href)).toEqual([`/documenten/${AO}/`]);
  });

  it('has a page per cited paper: the corpus document where it is one, the official publication otherwise', () => {
    const own = builtPage('/kamerstukken/26643-1311/');
    expect(own.all(`a[href="/documenten/${DEBATE}/"]`)).toHaveLength(1);
    const other = builtPage('/kamerstukken/26643-1273/');
    expect(other.all('a[href="https://zoek.officielebekendmakingen.nl/kst-26643-1273.html"]')).toHaveLength(1);
    expect(other.all(`a[href^="/documenten/${DEBATE}/#agenda-7"]`)).toHaveLength(1);
  });

  it('has a page per party with its members', () => {
    const party = builtPage('/partijen/cda/');
    expect(party.all('h2 + ul a').map(href)).toEqual(expect.arrayContaining(['/personen/krul/', '/personen/amhaouch/']));
  });
});

describe('open data', () => {
  it('publishes each document model as JSON beside its page, and an index of the corpus', () => {
    const published = JSON.parse(builtFile(`documenten/${DEBATE}.json`));
    expect(published).toEqual(model(DEBATE));
    expect(published.speeches).toHaveLength(118);
    const corpus = JSON.parse(builtFile('corpus.json'));
    expect(corpus.documents.map((doc: { id: string }) => doc.id)).toHaveLength(5);
    expect(corpus.documents[0]).toMatchObject({ id: WRITTEN, json: `/documenten/${WRITTEN}.json` });
  });
  it('has a feed and a sitemap', () => {
    expect(builtFile('feed.xml').match(/<entry>/g)).toHaveLength(5);
    expect(builtFile('sitemap-index.xml')).toContain('sitemap-0.xml');
  });
});

describe('under a sub-path', () => {
  it('keeps every link inside the base', () => {
    for (const path of ['/', `/documenten/${DEBATE}/`, '/personen/krul/', '/toezeggingen/', '/kamerstukken/26643-1273/']) {
      const page = builtPage(path, SITES.subpath);
      const local = page.all('a[href^="/"], link[href^="/"], script[src^="/"]').map((element) => String(element.properties.href ?? element.properties.src));
      expect(local.length).toBeGreaterThan(0);
      expect(local.filter((url) => !url.startsWith('/verslag/'))).toEqual([]);
    }
    expect(id(builtPage(`/documenten/${DEBATE}/`, SITES.subpath).one('p.passage'))).toMatch(/^p/);
  });
});
