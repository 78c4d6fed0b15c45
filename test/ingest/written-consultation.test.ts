import { describe, expect, it } from 'vitest';
import type { Block, Heading, ParliamentaryDocument, Passage, Question } from '../../src/model/document.ts';
import { blockPassages, bodyTexts } from '../../src/model/walk.ts';
import { parseWrittenConsultation } from '../../src/ingest/parsers/written-consultation.ts';
import { SourceError, type SourceDocument } from '../../src/ingest/source.ts';
import { continuesAfterPageBreak } from '../../src/ingest/written/page-breaks.ts';
import { toPlainText } from '../../src/ingest/written/plain-text.ts';
import { superscriptNumber, takeFootnoteCalls } from '../../src/ingest/written/superscript-footnotes.ts';
import { expectNoLostWords } from '../helpers/no-lost-words.ts';
import { fixture, seedSource, seedText as readSeed } from '../helpers/seeds.ts';
import { Diagnostics, formatDiagnostic } from '../../src/ingest/diagnostics.ts';
import { detectFormat } from '../../src/ingest/detect.ts';

const SEED = 'schriftelijk-overleg-2026-04-15-internationale-digitale-strategie';
const seedText = readSeed(SEED);
const source = (text: string, path?: string): SourceDocument => seedSource(SEED, text, path);

const doc = parseWrittenConsultation(source(seedText));
const questions = doc.body.filter((block): block is Question => block.type === 'question');
const headings = doc.body.filter((block): block is Heading => block.type === 'heading');
const allPassages = (d: ParliamentaryDocument): Passage[] => d.body.flatMap((block: Block) => blockPassages(block));
const passageByAnchor = (anchor: string): Passage => allPassages(doc).find((passage) => passage.anchor === anchor)!;

/** Footnote texts: a line of their own starting with a superscript number. */
const FOOTNOTE_TEXT = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ .*$/m;
const SUPERSCRIPT = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/;

describe('written consultation: header', () => {
  it('reads the Kamerstuk, dossier title, dates and committee from the text', () => {
    expect(doc.id).toBe(SEED);
    expect(doc.kind).toBe('schriftelijk-overleg');
    expect(doc.title).toBe('Fiche Mededeling Internationale Digitale Strategie');
    expect(doc.paper).toEqual({ dossier: '22112', number: '4312' });
    expect(doc.dossierTitle).toBe('Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie');
    expect(doc.date).toBe('2026-04-15');
    expect(doc.dates).toEqual({ adopted: '2026-04-15' });
    expect(doc.committee).toBe('vaste commissie voor Digitale Zaken');
    expect(doc.participants).toEqual([]);
    expect(doc.agenda).toEqual([]);
    expect(doc.references).toEqual([]);
    expect(doc.commitments).toEqual([]);
    expect(doc.unclassified).toEqual([]);
  });

  it('takes the committee from the text, not from the metadata', () => {
    const other = parseWrittenConsultation({ ...source(seedText), metadata: { committee: 'iets anders', title: 'T' } });
    expect(other.committee).toBe('vaste commissie voor Digitale Zaken');
    expect(other.date).toBe('2026-04-15');
  });

  it('keeps the introduction and the signatures as paragraphs and records the signatories', () => {
    const front = doc.body.slice(0, 4).map((block) => (block.type === 'paragraph' ? block.passage.text : block.type));
    expect(front[0]).toMatch(/^De vaste commissie voor Digitale Zaken heeft een aantal vragen en opmerkingen voorgelegd .* \(Kamerstuk 22 112, nr\. 4102\)\.$/);
    expect(front[1]).toBe(
      'De vragen en opmerkingen zijn op 19 september 2025 aan de minister van Buitenlandse Zaken en de staatssecretaris van Economische Zaken en Klimaat voorgelegd. Bij brief van 15 april 2026 zijn de vragen beantwoord.',
    );
    expect(front.slice(2)).toEqual(['De voorzitter van de commissie, Kathmann', 'Adjunct-griffier van de commissie, Muller']);
    expect(doc.people).toEqual([
      { slug: 'kathmann', name: 'Kathmann' },
      { slug: 'muller', name: 'Muller' },
    ]);
  });

  it('keeps the Inhoudsopgave as procedural lines', () => {
    const contents = doc.body.filter((block) => block.type === 'procedural');
    expect(contents.map((block) => (block.type === 'procedural' ? [block.role, block.passage.text] : []))).toEqual([
      ['other', 'Inhoudsopgave'],
      ['other', 'I Vragen en opmerkingen vanuit de fracties en reactie van de bewindspersoon'],
      ['other', 'Vragen en opmerkingen van de leden van PVV-fractie'],
      ['other', 'Vragen en opmerkingen van de leden van GroenLinks-PvdA-fractie'],
      ['other', 'Vragen en opmerkingen van de leden van NSC-fractie'],
    ]);
  });

  it('makes the section titles headings: one chapter, one section per fractie', () => {
    expect(headings.map(({ anchor, level, number, title }) => ({ anchor, level, number, title }))).toEqual([
      { anchor: 's-1', level: 1, number: 'I', title: 'Vragen en opmerkingen vanuit de fracties en reactie van bewindspersoon' },
      { anchor: 's-1-1', level: 2, number: undefined, title: 'Vragen en opmerkingen van de leden van de PVV-fractie' },
      { anchor: 's-1-2', level: 2, number: undefined, title: 'Vragen en opmerkingen van de leden van de GL-PvdA-fractie' },
      { anchor: 's-1-3', level: 2, number: undefined, title: 'Vragen en opmerkingen van de leden van de NSC-fractie' },
    ]);
  });
});

describe('written consultation: questions and answers', () => {
  it('finds 25 pairs, numbered 1..25 in document order, in three fracties', () => {
    expect(questions).toHaveLength(25);
    expect(questions.map((question) => question.number)).toEqual(Array.from({ length: 25 }, (_, index) => index + 1));
    expect(questions.map((question) => question.anchor)).toEqual(questions.map((q) => `vraag-${q.number}`));
    expect(questions.map((question) => question.answer.anchor)).toEqual(questions.map((q) => `antwoord-${q.number}`));
    const perParty = (party: string): number[] => questions.filter((q) => q.party === party).map((q) => q.number);
    expect(perParty('PVV')).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(perParty('GroenLinks-PvdA')).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]);
    expect(perParty('NSC')).toEqual([23, 24, 25]);
    for (const question of questions) {
      expect(question.passages.length).toBeGreaterThan(0);
      expect(question.answer.passages.length).toBeGreaterThan(0);
      expect(question.answer.refersTo).toEqual([]);
    }
  });

  it('starts each question and answer where the source does', () => {
    const start = (n: number) => ({
      question: questions[n - 1]!.passages[0]!.text,
      answer: questions[n - 1]!.answer.passages[0]!.text,
    });
    expect(start(1).question).toMatch(/^Zij merken op dat de Europese strategie vrij ambitieus is\. /);
    expect(start(1).answer).toMatch(/^De EU internationale digitale strategie zet nieuwe beleidsinitiatieven op /);
    expect(start(10).question).toMatch(/^De leden van de GroenLinks-PvdA-fractie herinneren de minister aan de vele aangenomen Kamermoties /);
    expect(start(10).answer).toBe(
      'Momenteel vindt er een herziening van de aanbestedingsrichtlijnen plaats in Europa. Met de IDS wil het kabinet dit traject niet doorkruisen.',
    );
    expect(start(25).question).toMatch(/^In de IDS koppelt de Commissie toegang tot de interne markt /);
    expect(start(25).answer).toMatch(/^Het kabinet onderschrijft het uitgangspunt van de Commissie dat toegang tot de interne markt /);
  });

  it('keeps each fractie\'s introduction as a paragraph before its first question', () => {
    const introductions = doc.body
      .slice(4)
      .filter((block) => block.type === 'paragraph')
      .map((block) => (block.type === 'paragraph' ? block.passage.text : ''));
    expect(introductions).toHaveLength(3);
    expect(introductions[0]).toMatch(/^De leden van de PVV-fractie hebben met interesse kennisgenomen .* de volgende vragen\.$/);
    expect(introductions[1]).toMatch(/^De leden van de GroenLinks-PvdA-fractie hebben kennisgenomen van de Internationale Digitale Strategie \(IDS\)\. /);
    expect(introductions[2]).toMatch(/^De leden van de NSC-fractie hebben met belangstelling kennisgenomen .* enkele vragen aan het kabinet voorleggen\.$/);
    const afterHeading = (anchor: string): string[] => {
      const at = doc.body.findIndex((block) => block.type === 'heading' && block.anchor === anchor);
      return doc.body.slice(at + 1, at + 3).map((block) => (block.type === 'question' ? `vraag ${block.number}` : block.type));
    };
    expect(afterHeading('s-1-1')).toEqual(['paragraph', 'vraag 1']);
    expect(afterHeading('s-1-2')).toEqual(['paragraph', 'vraag 8']);
    expect(afterHeading('s-1-3')).toEqual(['paragraph', 'vraag 23']);
  });

  it('gives answers all their paragraphs up to the next question', () => {
    expect(questions.map((question) => question.answer.passages.length)).toEqual([
      1, 1, 2, 3, 1, 3, 1, 1, 2, 2, 1, 3, 1, 5, 1, 3, 1, 2, 4, 2, 3, 1, 1, 2, 1,
    ]);
    expect(questions[2]!.answer.passages[1]!.text).toMatch(/^Het kabinetsstandpunt wijkt daarmee niet af /);
    expect(questions[3]!.passages[0]!.text).toMatch(/^Daarnaast constateren zij dat /);
  });

  it('joins paragraphs that a page break split', () => {
    const measured = questions[1]!.answer.passages;
    expect(measured).toHaveLength(1);
    expect(measured[0]!.text).toContain('ondersteund door data van Eurostat en nationale statistiekbureaus, waarin de voortgang');
    expect(measured[0]!.text).toMatch(/digitale overheidsdiensten wordt gemeten$/);
    // Across footnote text ¹: '… onderschrijft. Zij' | '¹ Bron: …' | 'vrezen dat …'.
    expect(questions[5]!.passages.map((p) => p.text)).toHaveLength(1);
    expect(questions[5]!.passages[0]!.text).toContain('(DSA) onderschrijft. Zij vrezen dat het crisisresponsemechanisme');
    // The continuation starts with a capital, but 'tussen de' cannot end a sentence.
    expect(questions[23]!.answer.passages[0]!.text).toContain('in de verhoudingen tussen de EU en derde landen.');
  });
});

describe('written consultation: superscript footnotes', () => {
  it('collects all 11 footnotes with their text', () => {
    expect(doc.footnotes.map((footnote) => footnote.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(doc.footnotes.map((footnote) => footnote.anchor)).toEqual(doc.footnotes.map((f) => `voetnoot-${f.number}`));
    const text = (n: number) => doc.footnotes[n - 1]!.text;
    expect(text(1)).toBe(
      "Bron: 'Nederland koploer in quantum: verandert economie en samenleving fundamenteel', Nu.nl d.d. 3 september 2025; https://www.nu.nl/advertorial/advertorial-tno/6367759/nederland-koploer-in-quantum-verandert-economie-en-samenleving-fundamenteel.html.",
    );
    expect(text(2)).toBe('Content Moderation across Social Media Platforms (Universiteit van Amsterdam, 2025)');
    expect(text(7)).toBe('Bron: Joint Letter on the European Internal Security Strategy (ProtectEU), Global Encryption Coalition d.d. 26 mei, 2025.');
    expect(text(11)).toBe('Non-Paper by the Netherlands on the Digital Fairness Act, Kamerstuk 21 501-33, nr. 1164');
  });

  it('records each call on the passage that makes it, where it stood', () => {
    const before = (n: number): string => {
      const footnote = doc.footnotes[n - 1]!;
      const passage = passageByAnchor(footnote.calledFrom!);
      const call = passage.footnoteCalls!.find((c) => c.number === n)!;
      return passage.text.slice(0, call.offset);
    };
    expect(doc.footnotes[0]!.calledFrom).toBe(questions[4]!.passages[0]!.anchor);
    expect(before(1)).toMatch(/op het gebied van deze technologie$/);
    expect(doc.footnotes[9]!.calledFrom).toBe(questions[19]!.answer.passages[1]!.anchor);
    expect(before(10)).toMatch(/Kamerbrief over kabinetsaanpak Strategische Afhankelijkheden$/);
    expect(before(11)).toMatch(/een non-paper opgesteld\.$/);
    expect(doc.footnotes.slice(6, 9).map((f) => f.calledFrom)).toEqual(Array(3).fill(questions[18]!.passages[0]!.anchor));
    expect(questions[18]!.passages[0]!.footnoteCalls!.map((c) => c.number)).toEqual([7, 8, 9]);
    const calls = allPassages(doc).flatMap((passage) => passage.footnoteCalls ?? []);
    expect(calls.map((c) => c.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});

describe('written consultation: text', () => {
  it('holds plain text only, with unique anchors', () => {
    const passages = allPassages(doc);
    for (const passage of passages) {
      expect(passage.text).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹]|\*|\]\(|\\|<https?:|\s{2}|^\s|\s$/);
      expect(passage.anchor).toMatch(/^p[0-9a-z]{7}(?:-\d+)?$/);
    }
    expect(passages.find((p) => p.text.includes('Very Large Online Platforms'))!.text).toContain(
      'als Very Large Online Platforms (VLOPs) of Very Large Online Search Engines (VLOSE)',
    );
    const anchors = [
      ...passages.map((p) => p.anchor),
      ...headings.map((h) => h.anchor),
      ...questions.flatMap((q) => [q.anchor, q.answer.anchor]),
      ...doc.footnotes.map((f) => f.anchor),
    ];
    expect(new Set(anchors).size).toBe(anchors.length);
  });

  it('loses no words of the seed', () => {
    expectNoLostWords(
      seedText,
      [
        // The header became paper, dossierTitle and dates.adopted (asserted above).
        /^22 112 Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie$/m,
        /^Nr\. 4312 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG$/m,
        /^Vastgesteld 15 april 2026$/m,
        /^Antwoord van het kabinet$/m,
        FOOTNOTE_TEXT,
        SUPERSCRIPT,
      ],
      bodyTexts(doc),
    );
  });

  it('loses no words of the footnote texts', () => {
    const footnoteLines = seedText.split('\n').filter((line) => FOOTNOTE_TEXT.test(line));
    expect(footnoteLines).toHaveLength(11);
    expectNoLostWords(footnoteLines.join('\n'), [SUPERSCRIPT], doc.footnotes.map((footnote) => footnote.text));
  });
});

describe('written consultation: a slice (the PVV questions)', () => {
  const slice = parseWrittenConsultation(source(fixture('written-consultation-pvv.txt'), 'test/fixtures/written-consultation-pvv.txt'));
  const sliceQuestions = slice.body.filter((block): block is Question => block.type === 'question');

  it('parses the seven PVV pairs and their two footnotes', () => {
    expect(sliceQuestions.map((q) => [q.number, q.party])).toEqual([1, 2, 3, 4, 5, 6, 7].map((n) => [n, 'PVV']));
    expect(slice.footnotes.map((f) => [f.number, f.calledFrom])).toEqual([
      [1, sliceQuestions[4]!.passages[0]!.anchor],
      [2, sliceQuestions[5]!.answer.passages[2]!.anchor],
    ]);
    // '… nog niet volledig gerealiseerd wordt.²': the call stands at the very end.
    const called = sliceQuestions[5]!.answer.passages[2]!;
    expect(called.text).toMatch(/^Voor wat betreft de effectiviteit van 'community notes', .* gerealiseerd wordt\.$/);
    expect(called.footnoteCalls).toEqual([{ number: 2, offset: called.text.length }]);
    // The answer to question 7 was split by footnote text ² at a page break.
    expect(sliceQuestions[6]!.answer.passages.map((p) => p.text)).toEqual([
      'De Internationale Digitale Strategie richt zich op het externe digitale beleid van de Europese Unie, en beoogt daarbij de samenhang van het interne en externe beleid te versterken. De IDS zet nieuwe beleidsinitiatieven op en brengt bestaande initiatieven samen, alle gefocust op het richting geven aan het externe beleid van de Europese Unie. De nieuwe beleidsinitiatieven verlenen de EU daarbij geen nieuwe bevoegdheden.',
    ]);
  });

  it('anchors passages by their words: the same passage has the same anchor in the slice and the seed', () => {
    expect(sliceQuestions[0]!.passages[0]!.anchor).toBe(questions[0]!.passages[0]!.anchor);
  });
});

describe('written consultation: what does not fit is reported, not refused', () => {
  const read = (text: string, path = 'test/fixtures/x.txt') => {
    const diagnostics = new Diagnostics(path);
    const doc = parseWrittenConsultation(source(text, path), diagnostics);
    return { doc, warnings: diagnostics.list.map(formatDiagnostic) };
  };

  it('warns about a footnote call without footnote text, naming the line of the call, and keeps the call leading somewhere', () => {
    const path = 'test/fixtures/written-consultation-footnote-without-text.txt';
    const { doc, warnings } = read(fixture('written-consultation-footnote-without-text.txt'), path);
    expect(warnings).toContain(`${path}:87: footnote 2 is called but its text is missing`);
    expect(doc.footnotes.find((note) => note.number === 2)).toMatchObject({ anchor: 'voetnoot-2', text: '' });
  });

  it('warns about footnote text that nothing calls, naming the line of the text, and keeps it', () => {
    const text = fixture('written-consultation-pvv.txt').replace('deze technologie¹?', 'deze technologie?');
    const { doc, warnings } = read(text);
    expect(warnings).toContain('test/fixtures/x.txt:77: footnote 1 has text but is never called');
    expect(doc.footnotes.find((note) => note.number === 1)!.calledFrom).toBeUndefined();
  });

  it('warns about an answer heading with no answer text, and keeps one with no question as unclassified text', () => {
    const lines = fixture('written-consultation-pvv.txt').split('\n');
    // Drop the text of answer 7 (lines 93–97): the label on line 91 is left with nothing after it.
    const noAnswer = [...lines.slice(0, 92), ...lines.slice(97)].join('\n').replace('²', '');
    expect(read(noAnswer).warnings).toContain('test/fixtures/x.txt:91: an answer heading with no answer text after it: the question stays unanswered');
    // Drop question 2 (line 41): two labels with one paragraph between them.
    const noQuestion = [...lines.slice(0, 40), '', ...lines.slice(41)].join('\n');
    expect(read(noQuestion).doc.unclassified).toEqual([{ line: 43, text: 'Antwoord van het kabinet' }]);
    expect(() => parseWrittenConsultation(source('\n\n', 'y.txt'))).toThrow('y.txt:1: the file is empty');
  });

  it('reads the answers under "Reactie van de staatssecretaris" and other such headings as under "Antwoord van het kabinet"', () => {
    for (const heading of ['Reactie van de staatssecretaris', 'Reactie van de minister van Economische Zaken', 'Antwoord van de regering', 'Reactie van het kabinet']) {
      const variant = seedText.replaceAll('Antwoord van het kabinet', heading);
      expect(detectFormat(source(variant))).toBe('written-consultation');
      const found = parseWrittenConsultation(source(variant)).body.filter((block) => block.type === 'question');
      expect(found, heading).toHaveLength(25);
    }
  });

  it('estimates a missing date: without "Vastgesteld", metadata or a date in the file name, the first year the text names, with a warning naming its line', () => {
    const text = seedText.replace(/^Vastgesteld .*$/m, '');
    const diagnostics = new Diagnostics('z.txt');
    const undated = parseWrittenConsultation({ ...source(text, 'z.txt'), id: 'verslag', metadata: {} }, diagnostics);
    expect(undated).toMatchObject({ date: expect.stringMatching(/^\d{4}$/), dateEstimated: true });
    expect(diagnostics.list.map(formatDiagnostic)).toContain(`z.txt:9: the text states no date: dated ${undated.date}, the first year it mentions; set "date:" in its metadata`);
  });
});

describe('written consultation: helpers', () => {
  it('reads multi-digit superscripts and keeps single spaces where a call is removed', () => {
    expect(superscriptNumber('¹⁰')).toBe(10);
    expect(takeFootnoteCalls('Afhankelijkheden¹⁰. Het')).toEqual({ text: 'Afhankelijkheden. Het', calls: [{ number: 10, offset: 16 }] });
    expect(takeFootnoteCalls('een woord ² en verder')).toEqual({ text: 'een woord en verder', calls: [{ number: 2, offset: 9 }] });
  });

  it('turns Markdown links, autolinks and emphasis into plain text, keeping the author\'s brackets', () => {
    expect(toPlainText('² [Moderation \\(UvA, 2025\\)](#) en <https://www.nu.nl/x.html>.')).toBe('² Moderation (UvA, 2025) en https://www.nu.nl/x.html.');
    expect(toPlainText('een "*Multi Provider CloudEdge Continuum*" en [High Level Group, hierna \'HLG\'] zal')).toBe(
      'een "Multi Provider CloudEdge Continuum" en [High Level Group, hierna \'HLG\'] zal',
    );
  });

  it('joins only what a page break cut mid-sentence', () => {
    expect(continuesAfterPageBreak('data van Eurostat en', 'nationale statistiekbureaus')).toBe(true);
    expect(continuesAfterPageBreak('in de verhoudingen tussen de', 'EU en derde landen.')).toBe(true);
    expect(continuesAfterPageBreak('digitale overheidsdiensten wordt gemeten', 'Samengevat roept de strategie op')).toBe(false);
    expect(continuesAfterPageBreak('in internationale discussies.', 'maatregelen die')).toBe(false);
  });
});
