import { describe, expect, it } from 'vitest';
import { annotateReferences, findReferences } from '../../src/ingest/passes/references.ts';
import { formatPaper } from '../../src/model/papers.ts';
import { minimalDocument, paragraph } from '../helpers/minimal-doc.ts';

// Sentences and footnotes as they stand in the default corpus (seeds 002, 003, 004).
describe('references pass', () => {
  it('finds Kamerstuk citations in all the spellings of the corpus', () => {
    const doc = minimalDocument(
      [paragraph('p1', 'Zie bijvoorbeeld Kamerstuk 26643, nr. 1329 en Kamerstuk 36574, nr. 17.')],
      [
        { number: 8, anchor: 'voetnoot-8', text: 'Kamerstukken II 2024/2025, 36600 VII, nr. 72', calledFrom: 'p1' },
        { number: 9, anchor: 'voetnoot-9', text: 'Kamerstukken II, 2024/2025, 36 639 nr. 16', calledFrom: 'p1' },
        { number: 5, anchor: 'voetnoot-5', text: 'Standpunt inzake het Europees voorkeursprincipe in publieke aanbestedingen, bijlage bij Kamerstuk 21 501-30, nr. 680', calledFrom: 'p1' },
      ],
    );
    const papers = findReferences(doc).filter((reference) => reference.kind === 'paper');
    expect(papers.map(({ dossier, number, at }) => ({ dossier, number, at }))).toEqual([
      { dossier: '26643', number: '1329', at: 'p1' },
      { dossier: '36574', number: '17', at: 'p1' },
      { dossier: '36600-VII', number: '72', at: 'voetnoot-8' },
      { dossier: '36639', number: '16', at: 'voetnoot-9' },
      { dossier: '21501-30', number: '680', at: 'voetnoot-5' },
    ]);
    expect(papers[0]).toMatchObject({ text: 'Kamerstuk 26643, nr. 1329', offset: 17 });
    expect(formatPaper({ dossier: '36600-VII', number: '72' })).toBe('36 600 VII, nr. 72');
    expect(formatPaper({ dossier: '21501-30', number: '680' })).toBe('21 501-30, nr. 680');
  });

  it('finds the bracketed numbers of the House, without the word Kamerstuk, as papers', () => {
    // Sentences of the plenary Handelingen h-tk-20172018-70-6 and the agendas of VLOS vlos-2a27783d and vlos-d35df127 (../shared/real/).
    const doc = minimalDocument([
      paragraph('p1', 'In stemming komt de motie-Wassenberg (21501-08, nr. 721).'),
      paragraph('p1b', 'In stemming komt de gewijzigde motie-Wassenberg (21501-08, nr. 726, was nr. 719).'),
      paragraph('p2', 'de brief van de staatssecretaris d.d. 24 april 2025 inzake kabinetsreactie op het rapport over het vermogen in familiestichtingen (36600-IX, nr. 43);'),
      paragraph('p3', 'inzake beantwoording vragen commissie over het Jaarverslag Ministerie van Volksgezondheid, Welzijn en Sport 2024 (Kamerstuk 36740-XVI-1) (36740-XVI, nr. 8);'),
      paragraph('p4', 'inzake terugkoppeling uitkomsten IF-vergadering 28 tot en met 30 mei 2024 (25087, nr. 339);'),
      paragraph('p5', 'Zie (Kamerstuk 26643, nr. 1329).'),
    ]);
    const papers = findReferences(doc).filter((reference) => reference.kind === 'paper');
    expect(papers.map(({ text, dossier, number, at }) => ({ text, dossier, number, at }))).toEqual([
      { text: '21501-08, nr. 721', dossier: '21501-08', number: '721', at: 'p1' },
      // An amended motion: the link is its number now, the old one ("was nr. 719") is left as text.
      { text: '21501-08, nr. 726', dossier: '21501-08', number: '726', at: 'p1b' },
      { text: '36600-IX, nr. 43', dossier: '36600-IX', number: '43', at: 'p2' },
      // '(Kamerstuk 36740-XVI-1)' names no number: only the bracket after it is a paper.
      { text: '36740-XVI, nr. 8', dossier: '36740-XVI', number: '8', at: 'p3' },
      { text: '25087, nr. 339', dossier: '25087', number: '339', at: 'p4' },
      // Cited once, with the word Kamerstuk: the bracket does not make it a second reference.
      { text: 'Kamerstuk 26643, nr. 1329', dossier: '26643', number: '1329', at: 'p5' },
    ]);
    // The offset is where the number begins, inside the bracket, so the link covers the words it names.
    expect(papers[0]!.offset).toBe('In stemming komt de motie-Wassenberg ('.length);
  });

  it('finds motions in headings and in running text, with the members who carry them', () => {
    const doc = minimalDocument([
      { type: 'heading', anchor: 's-2-1-2', level: 3, number: '2.1.2', title: 'Motie Six Dijkstra en Buijsse – Onderzoek naar getrapte afbouw van digitale monoculturen' },
      paragraph('p1', 'Tot slot informeer ik u dat, in lijn met de motie van het lid Six-Dijkstra, de departementen …'),
      paragraph('p2', 'uitvoering van de motie van de leden Van der Staaij en Van der Graaf over eventuele consequenties'),
    ]);
    const motions = findReferences(doc).filter((reference) => reference.kind === 'motion');
    expect(motions.map(({ id, people, at }) => ({ id, people, at }))).toEqual([
      { id: 'Onderzoek naar getrapte afbouw van digitale monoculturen', people: ['six-dijkstra', 'buijsse'], at: 's-2-1-2' },
      { id: 'Six-Dijkstra', people: ['six-dijkstra'], at: 'p1' },
      { id: 'Van der Staaij en Van der Graaf', people: ['van-der-staaij', 'van-der-graaf'], at: 'p2' },
    ]);
  });

  it('finds register ids and urls without trailing punctuation', () => {
    const doc = minimalDocument([paragraph('p1', 'Zie TZ202501-151 en https://www.ncsc.gov.uk/news/the-ai-shift-in-cyber-risk-why-leaders-must-act-now.')]);
    expect(findReferences(doc).map(({ kind, id }) => ({ kind, id }))).toEqual([
      { kind: 'commitment-id', id: 'TZ202501-151' },
      { kind: 'url', id: 'https://www.ncsc.gov.uk/news/the-ai-shift-in-cyber-risk-why-leaders-must-act-now' },
    ]);
  });

  it('links an answer to the question it refers to', () => {
    const doc = minimalDocument([
      {
        type: 'question', number: 11, anchor: 'vraag-11', passages: [{ anchor: 'p1', text: 'Gaat u in de MR pleiten voor een interministeriële commissie AI?' }],
        answer: { anchor: 'antwoord-11', passages: [{ anchor: 'p2', text: 'Zie de beantwoording van vraag 3.' }], refersTo: [] },
      },
    ]);
    const annotated = annotateReferences(doc);
    expect(annotated.body[0]).toMatchObject({ answer: { refersTo: [3] } });
    expect(annotated.references).toEqual([{ kind: 'question', text: 'de beantwoording van vraag 3', id: '3', at: 'p2', offset: 4 }]);
  });

  it('reads the other ways the corpus refers to an answer', () => {
    const texts = [
      'Voor het versterken van de eigen markt verwijs ik naar het antwoord op vraag 10.',
      'Zoals opgemerkt bij de beantwoording van vraag 13 richt de IDS zich op digitaliseringsvraagstukken',
      'beschikbaar zijn gesteld (zie voor meer AI voorbeelden vraag 14). Een ander voorbeeld',
    ];
    const doc = minimalDocument(texts.map((text, index) => paragraph(`p${index}`, text)));
    expect(findReferences(doc).map(({ text, id }) => ({ text, id }))).toEqual([
      { text: 'het antwoord op vraag 10', id: '10' },
      { text: 'de beantwoording van vraag 13', id: '13' },
      { text: 'zie voor meer AI voorbeelden vraag 14', id: '14' },
    ]);
  });
});
