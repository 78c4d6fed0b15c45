import { describe, expect, it } from 'vitest';
import type { Heading, Paragraph } from '../../src/model/document.ts';
import { detectFormat } from '../../src/ingest/detect.ts';
import { Diagnostics, formatDiagnostic } from '../../src/ingest/diagnostics.ts';
import { parseDocument } from '../../src/ingest/parsers/document.ts';
import { findCall } from '../../src/ingest/reader/footnotes.ts';

/**
 * A Kamerbrief as its official page gives it to a reader who copies it: the letterhead lines of
 * kst-… letters (the Kamer with its page count, the vergaderjaar, two dossiers, "Nr. … BRIEF VAN
 * …" on one line, the addressee, the dateline), numbered headings, footnote markers glued to the
 * word before them ("op 9 mei 20231") and the footnote texts at the end. The layout is the
 * publication's; the sentences are written for this test.
 */
const LETTER = `Tweede Kamer der Staten-Generaal 2

Vergaderjaar 2022-2023

28 844 Toekomst van het bestuur

26 643 Informatie- en communicatietechnologie (ICT)

Nr. 269 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 7 juli 2023

In het commissiedebat op 9 mei 20231 heb ik toegezegd u voor de zomer te informeren over artikel 12 van de wet en over 3 miljoen euro.2

1. Aanleiding

Zoals gevraagd in de motie3 van 2021 stuur ik u hierbij het rapport.

De Minister van Binnenlandse Zaken en Koninkrijksrelaties, H.G.J. Bruins Slot

1 Kamerstuk 28 844, nr. 261

2 Kamerstuk 26 643, nr. 1000

3 Kamerstuk 28 844, nr. 250
`;

describe('a document as copied from its official page (format document)', () => {
  const diagnostics = new Diagnostics('brief.txt');
  const doc = parseDocument({ id: 'brief', path: 'brief.txt', text: LETTER, metadata: {} }, diagnostics);
  const paragraphs = doc.body.filter((block): block is Paragraph => block.type === 'paragraph');

  it('is the fallback: a letter with no format of its own', () => {
    expect(detectFormat({ id: 'brief', path: 'brief.txt', text: LETTER, metadata: {} })).toBe('document');
  });

  it('reads the letterhead: dossier, number, title, kind, addressee, date; the signature: the sender', () => {
    expect(doc).toMatchObject({
      kind: 'kamerbrief',
      title: 'BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES',
      date: '2023-07-07',
      paper: { dossier: '28844', number: '269' },
      dossierTitle: 'Toekomst van het bestuur',
      addressee: 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      sender: 'De Minister van Binnenlandse Zaken en Koninkrijksrelaties, H.G.J. Bruins Slot',
    });
    expect(doc.dateEstimated).toBeUndefined();
    expect(diagnostics.list.map(formatDiagnostic)).toEqual(['brief.txt:9: no title in the metadata: took the document-title line, "BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES"']);
  });

  it('attaches the footnotes to their calls, glued to a year too; other numbers stay text', () => {
    expect(paragraphs[0]!.passage.text).toBe('In het commissiedebat op 9 mei 2023 heb ik toegezegd u voor de zomer te informeren over artikel 12 van de wet en over 3 miljoen euro.');
    expect(paragraphs[0]!.passage.footnoteCalls).toEqual([
      { number: 1, offset: 'In het commissiedebat op 9 mei 2023'.length },
      { number: 2, offset: paragraphs[0]!.passage.text.length },
    ]);
    expect(paragraphs[1]!.passage).toMatchObject({ text: 'Zoals gevraagd in de motie van 2021 stuur ik u hierbij het rapport.', footnoteCalls: [{ number: 3, offset: 'Zoals gevraagd in de motie'.length }] });
    expect(doc.footnotes.map((note) => [note.number, note.text, note.calledFrom])).toEqual([
      [1, 'Kamerstuk 28 844, nr. 261', paragraphs[0]!.passage.anchor],
      [2, 'Kamerstuk 26 643, nr. 1000', paragraphs[0]!.passage.anchor],
      [3, 'Kamerstuk 28 844, nr. 250', paragraphs[1]!.passage.anchor],
    ]);
  });

  it('reads a numbered short line as a heading', () => {
    expect(doc.body.filter((block): block is Heading => block.type === 'heading').map((heading) => [heading.level, heading.number, heading.title])).toEqual([[1, '1', 'Aanleiding']]);
  });

  it('takes a bare number for a call only in order, after a letter or a year', () => {
    expect(findCall('op 9 mei 20231 heb ik', 1, 0)).toBe('op 9 mei 2023'.length);
    expect(findCall('in 2021 is', 1, 0)).toBeUndefined();
    expect(findCall('artikel 12 van', 1, 0)).toBeUndefined();
    expect(findCall('de motie3 en', 3, 0)).toBe('de motie'.length);
  });

  it('takes the kind from the file name where the text does not say it, and warns about a footnote with no call', () => {
    const warnings = new Diagnostics('kamerbrief-2023-07-x.txt');
    const bare = parseDocument({ id: 'kamerbrief-2023-07-x', path: 'kamerbrief-2023-07-x.txt', text: 'Geachte voorzitter,\n\nHierbij het rapport.\n\n1 Kamerstuk 28 844, nr. 261\n', metadata: {} }, warnings);
    expect(bare).toMatchObject({ kind: 'kamerbrief', date: '2023-07', dateEstimated: true });
    expect(bare.footnotes).toEqual([{ number: 1, anchor: 'voetnoot-1', text: 'Kamerstuk 28 844, nr. 261' }]);
    expect(warnings.list.map(formatDiagnostic)).toContain('kamerbrief-2023-07-x.txt:5: footnote 1: no call of it found in the text; the footnote is kept without one');
  });
});
