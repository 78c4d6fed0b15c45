import { describe, expect, it } from 'vitest';
import type { Heading, ParliamentaryDocument } from '../../src/model/document.ts';
import { blockPassages, bodyTexts } from '../../src/model/walk.ts';
import { Diagnostics, formatDiagnostic } from '../../src/ingest/diagnostics.ts';
import { parseLetterWord } from '../../src/ingest/parsers/letter-word.ts';
import { SourceError, type SourceDocument, type SourceMetadata } from '../../src/ingest/source.ts';
import { expectNoLostWords } from '../helpers/no-lost-words.ts';
import { fixture, seedSource, seedText as readSeed } from '../helpers/seeds.ts';

const SEED = 'kamerbrief-2025-07-moties-en-toezeggingen-digitalisering';
const seedText = readSeed(SEED);
const seedMetadata = seedSource(SEED).metadata;
const METADATA: SourceMetadata = { kind: 'kamerbrief', title: 'Brief', date: '2025-07' };

function source(text: string, path = 'test/fixtures/letter.txt', metadata = METADATA): SourceDocument {
  return { id: 'letter', path, text, metadata };
}

const headings = (doc: ParliamentaryDocument) => doc.body.filter((block): block is Heading => block.type === 'heading');
const passages = (doc: ParliamentaryDocument) => doc.body.flatMap(blockPassages);

/** Footnote numbers called by each anchor (passage or heading). */
function callsByAnchor(doc: ParliamentaryDocument): Map<string, number[]> {
  const calls = new Map<string, number[]>();
  for (const heading of headings(doc)) calls.set(heading.anchor, (heading.footnoteCalls ?? []).map((c) => c.number));
  for (const passage of passages(doc)) calls.set(passage.anchor, (passage.footnoteCalls ?? []).map((c) => c.number));
  return calls;
}

/** Inline footnote texts as they stand in the source, nested brackets included. */
const FOOTNOTE_TEXT = /\[(\d+):\s((?:[^[\]]|\[[^[\]]*\])*)\]/g;

describe('parseLetterWord on the full Kamerbrief (seed 003)', () => {
  const doc = parseLetterWord(source(seedText, `content/${SEED}.txt`, seedMetadata));

  it('takes kind, title and date from the metadata: the export has no letterhead', () => {
    expect(doc.kind).toBe('kamerbrief');
    expect(doc.title).toBe('Stand van zaken moties en toezeggingen digitalisering');
    expect(doc.date).toBe('2025-07');
    expect(doc.committee).toBe('vaste commissie voor Digitale Zaken');
    expect(doc.people).toEqual([]);
    expect(doc.participants).toEqual([]);
    expect(doc.unclassified).toEqual([]);
  });

  it('builds the section tree: 3 chapters, 6 sections, 27 subsections', () => {
    const numbers = (level: number) => headings(doc).filter((h) => h.level === level).map((h) => h.number);
    expect(numbers(1)).toEqual(['1', '2', '3']);
    expect(numbers(2)).toEqual(['1.1', '2.1', '2.2', '2.3', '3.1', '3.2']);
    expect(numbers(3)).toEqual([
      '1.1.1', '1.1.2', '1.1.3',
      '2.1.1', '2.1.2', '2.1.3', '2.1.4', '2.1.5', '2.1.6', '2.1.7', '2.1.8', '2.1.9',
      '2.2.1', '2.2.2', '2.2.3', '2.2.4',
      '2.3.1', '2.3.2',
      '3.1.1', '3.1.2', '3.1.3',
      '3.2.1', '3.2.2', '3.2.3', '3.2.4', '3.2.5', '3.2.6',
    ]);
    for (const heading of headings(doc)) expect(heading.anchor).toBe(`s-${heading.number!.replaceAll('.', '-')}`);
  });

  it('reads heading titles without bookmarks, footnote calls or trailing spaces', () => {
    const byNumber = new Map(headings(doc).map((h) => [h.number, h]));
    const motieBuijsse = byNumber.get('2.1.1')!;
    expect(motieBuijsse.title).toBe(
      'Motie Buijsse - Maatregelen voor het borgen van de soevereiniteit, continuïteit en gegevensbescherming in cloudcontracten',
    );
    expect(motieBuijsse.footnoteCalls).toEqual([{ number: 8, offset: motieBuijsse.title.length }]);
    expect(byNumber.get('1')!.title).toBe('Toegankelijke en mensgerichte (digitale) dienstverlening');
    expect(byNumber.get('3.1')!.title).toBe('Nieuwe en opkomende technologieën');
    // broken over two lines in the export
    expect(byNumber.get('2.3.1')!.title).toBe(
      'Motie Mohandis c.s. - Archiveerbaar maken van zakelijke en bestuurlijke chatberichten van departementen',
    );
    // two calls in a row, separated by a comma
    expect(byNumber.get('3.2.3')!.title.endsWith('en een bijsluiter')).toBe(true);
    expect(byNumber.get('3.2.3')!.footnoteCalls!.map((c) => c.number)).toEqual([42, 43]);
  });

  it('leaves no Word markup in any passage or heading', () => {
    const texts = [...headings(doc).map((h) => h.title), ...passages(doc).map((p) => p.text)];
    for (const text of texts) {
      expect(text).not.toContain('[bookmark');
      expect(text).not.toContain('[footnoteRef');
      expect(text).not.toMatch(/\[\d+[:\]]/);
      expect(text).toBe(text.trim());
      expect(text).not.toMatch(/\s{2}/);
    }
  });

  it('keeps bullets as list items, a bullet continued on the next line as one item', () => {
    const items = passages(doc).filter((p) => p.listItem);
    expect(items).toHaveLength(6 + 5 + 5 + 4);
    expect(items.slice(0, 6).map((p) => p.text)).toEqual([
      'Cloud;',
      'Data;',
      'Artificiële intelligentie;',
      'De overheid stelt burgers en ondernemers centraal in (digitale) dienstverlening;',
      'Versterken digitale weerbaarheid en autonomie van de overheid;',
      'Digitaal vakmanschap en een moderne werkomgeving.',
    ]);
    const licence = items.find((p) => p.text.startsWith('Licentiekosten'))!;
    expect(licence.text).toBe('Licentiekosten €24 per laptop');
    expect(licence.footnoteCalls).toEqual([{ number: 17, offset: 'Licentiekosten'.length }]);
  });

  it('joins a paragraph broken mid-sentence and keeps Word paragraphs on consecutive lines apart', () => {
    expect(passages(doc).filter((p) => p.text.includes('die zich niet aan de EU-wetgeving houden.'))).toHaveLength(1);
    expect(passages(doc).some((p) => p.text.startsWith('Door de integratie met MijnOverheid'))).toBe(true);
    expect(passages(doc).some((p) => p.text === 'Figuur 1: Gebruik van onlineplatforms door 48 Rijksorganisaties')).toBe(true);
  });

  it('takes 46 footnotes, numbered 3–48, each attached to the passage or heading that calls it', () => {
    expect(doc.footnotes.map((f) => f.number)).toEqual(Array.from({ length: 46 }, (_, i) => i + 3));
    const calls = callsByAnchor(doc);
    for (const footnote of doc.footnotes) {
      expect(footnote.anchor).toBe(`voetnoot-${footnote.number}`);
      expect(footnote.calledFrom, `footnote ${footnote.number}`).toBeDefined();
      expect(calls.get(footnote.calledFrom!), `footnote ${footnote.number}`).toContain(footnote.number);
    }
    const allCalls = [...calls.values()].flat().sort((a, b) => a - b);
    expect(allCalls).toEqual(doc.footnotes.map((f) => f.number));
  });

  it('reads footnote texts exactly, also across a line break and with a stale mark', () => {
    const text = (n: number) => doc.footnotes.find((f) => f.number === n)!.text;
    expect(text(15)).toBe('TZ202501-151');
    expect(text(8)).toBe('Kamerstukken II 2024/2025, 26643, nr. 1321');
    expect(text(14)).toBe('Kamerbrief over digitale gemeenschapsgoederen | Kamerstuk | Rijksoverheid.nl');
    expect(text(5)).toBe('Exploitatieonderzoek Informatiepunt Digitale Overheid | Rapport | Rijksoverheid.nl');
    expect(text(6)).toBe('TZ202411-104');
  });

  it('records the call offsets where the calls stood', () => {
    const ndsParagraph = passages(doc).find((p) => p.text.startsWith('Alvorens hiertoe'))!;
    const [nds, request] = ndsParagraph.footnoteCalls!;
    expect(ndsParagraph.text.slice(0, nds!.offset).endsWith('met uw Kamer is gedeeld.')).toBe(true);
    expect(ndsParagraph.text.slice(0, request!.offset).endsWith('zo spoedig mogelijk te ontvangen.')).toBe(true);
    const ido = passages(doc).find((p) => p.text.startsWith('Ik vind het belangrijk dat publieke'))!;
    expect(ido.text.endsWith('mee te nemen in de overwegingen.')).toBe(true);
    expect(ido.footnoteCalls).toEqual([
      { number: 5, offset: ido.text.length },
      { number: 6, offset: ido.text.length },
    ]);
  });

  it('records the stale footnote marks it removed', () => {
    expect(doc.artefacts).toEqual([
      { line: 31, text: '[1]', reason: 'stale footnote mark' },
      { line: 31, text: '[2]', reason: 'stale footnote mark' },
      { line: 31, text: '[1]', reason: 'stale footnote mark' },
      { line: 31, text: '[2]', reason: 'stale footnote mark' },
    ]);
  });

  it('gives every passage, heading and footnote a unique anchor', () => {
    const all = [...headings(doc).map((h) => h.anchor), ...passages(doc).map((p) => p.anchor), ...doc.footnotes.map((f) => f.anchor)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('loses no words of the body', () => {
    expectNoLostWords(
      seedText,
      [/\[bookmark: [^\]]*\]/, /\[footnoteRef:\d+\](?:\[\d+\])?/, /\[\d+:\s(?:[^[\]]|\[[^[\]]*\])*\]/],
      bodyTexts(doc),
    );
  });

  it('loses no words of the footnotes, which keep their order', () => {
    const inSource = [...seedText.matchAll(FOOTNOTE_TEXT)];
    expect(inSource.map((m) => Number(m[1]))).toEqual(doc.footnotes.map((f) => f.number));
    expectNoLostWords(inSource.map((m) => m[2]).join('\n'), [/^\[\d+\]/m], doc.footnotes.map((f) => f.text));
  });
});

describe('parseLetterWord on a slice (the letter’s opening, lines 1–31)', () => {
  const slice = fixture('letter-word-opening.txt');

  it('parses the opening with its headings and footnotes 3–6', () => {
    const doc = parseLetterWord(source(slice));
    expect(headings(doc).map((h) => [h.level, h.number, h.title])).toEqual([
      [1, '1', 'Toegankelijke en mensgerichte (digitale) dienstverlening'],
      [2, '1.1', 'Digitale dienstverlening, Informatiepunten Digitale Overheid (IDO) en fysieke dienstverlening'],
      [3, '1.1.1', 'Digitale dienstverlening'],
      [3, '1.1.2', 'Informatiepunten Digitale Overheid (IDO)'],
    ]);
    expect(doc.footnotes.map((f) => [f.number, f.text])).toEqual([
      [3, 'Nederlandse Digitaliseringsstrategie | Rapport | Rijksoverheid.nl'],
      [4, 'Commissiebrief van de vaste commissie voor Digitale zaken van de Tweede Kamer inzake een verzoek om de Nederlandse Digitaliseringsstrategie zo spoedig mogelijk aan de Kamer te doen toekomen, d.d. 16 juni 2025, te raadplegen via: https://www.tweedekamer.nl/downloads/document?id=2025D25573'],
      [5, 'Exploitatieonderzoek Informatiepunt Digitale Overheid | Rapport | Rijksoverheid.nl'],
      [6, 'TZ202411-104'],
    ]);
    expect(passages(doc)).toHaveLength(3 + 6 + 1 + 4 + 1);
    expect(passages(doc)[0]!.text).toMatch(/^Met deze brief informeer ik u over openstaande moties/);
  });

  it('does not take a line starting with a number for a heading unless it is the next number', () => {
    const text = [
      '1. Eerste hoofdstuk',
      '10.000 apparaten zijn in 2024 uitgegeven.',
      '2025 was een druk jaar.',
      '3. Derde punt van een opsomming',
      '1.2 Niet de eerste sectie',
      '1.1 Eerste sectie',
      '1.1.1 Eerste subsectie',
      '2. Tweede hoofdstuk',
    ].join('\n');
    const doc = parseLetterWord(source(text));
    expect(headings(doc).map((h) => h.number)).toEqual(['1', '1.1', '1.1.1', '2']);
    expect(passages(doc).map((p) => p.text)).toEqual([
      '10.000 apparaten zijn in 2024 uitgegeven.',
      '2025 was een druk jaar.',
      '3. Derde punt van een opsomming',
      '1.2 Niet de eerste sectie',
    ]);
  });

  const warningsOf = (text: string, path = 'letter.txt', metadata?: SourceMetadata) => {
    const diagnostics = new Diagnostics(path);
    const doc = parseLetterWord(source(text, path, metadata), diagnostics);
    return { doc, warnings: diagnostics.list.map(formatDiagnostic) };
  };

  it('warns with path and line about a footnote call without footnote text, and keeps a footnote for the call', () => {
    const path = 'test/fixtures/letter-word-missing-footnote-text.txt';
    const { doc, warnings } = warningsOf(fixture('letter-word-missing-footnote-text.txt'), path);
    expect(warnings).toContain(`${path}:31: footnote 6 is called but has no footnote text`);
    expect(doc.footnotes.find((note) => note.number === 6)).toMatchObject({ text: '', calledFrom: expect.any(String) });
  });

  it('warns with the line of a footnote text that nothing calls, and keeps it', () => {
    const { doc, warnings } = warningsOf(slice.replace('gedeeld.[footnoteRef:3]', 'gedeeld.'));
    expect(warnings).toContain('letter.txt:5: footnote text 3 has no footnote call');
    expect(doc.footnotes.find((note) => note.number === 3)!.calledFrom).toBeUndefined();
  });

  it('keeps an unclosed footnote text as text, derives a missing title and date, and refuses only an empty file', () => {
    const unclosed = warningsOf('Tekst.[footnoteRef:1]\n\n[1:  Kamerstuk 2024');
    expect(unclosed.warnings).toContain('letter.txt:3: footnote text [1: …] has no closing bracket: kept as text');
    expect(() => parseLetterWord(source('  \n'))).toThrow(SourceError);
    const untitled = warningsOf(slice, 'x.txt', { date: '2025-07' });
    const firstHeading = untitled.doc.body.find((block): block is Heading => block.type === 'heading')!;
    expect(untitled.doc.title).toBe(firstHeading.title);
    expect(untitled.warnings).toContain(`x.txt: no title in the metadata: took the first heading, "${firstHeading.title}"`);
    const dated = warningsOf(`Den Haag, 7 juli 2023\n\n${slice}`, 'y.txt', {});
    expect(dated.doc.date).toBe('2023-07-07');
  });
});
