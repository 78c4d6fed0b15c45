import { describe, expect, it } from 'vitest';
import type { ParliamentaryDocument, Question } from '../../src/model/document.ts';
import { blockPassages, bodyTexts } from '../../src/model/walk.ts';
import { Diagnostics, formatDiagnostic } from '../../src/ingest/diagnostics.ts';
import { parseAnswersWord } from '../../src/ingest/parsers/answers-word.ts';
import { SourceError, type SourceDocument, type SourceMetadata } from '../../src/ingest/source.ts';
import { expectNoLostWords } from '../helpers/no-lost-words.ts';
import { fixture, seedSource, seedText as readSeed } from '../helpers/seeds.ts';

const SEED = 'antwoorden-2026-vragen-dassen-over-ai';
const seedText = readSeed(SEED);
const seedMetadata = seedSource(SEED).metadata;
const METADATA: SourceMetadata = { kind: 'antwoorden', title: 'Antwoorden', date: '2026' };

function source(text: string, path = 'test/fixtures/answers.txt', metadata = METADATA): SourceDocument {
  return { id: 'answers', path, text, metadata };
}

const questions = (doc: ParliamentaryDocument) => doc.body.filter((block): block is Question => block.type === 'question');
const passages = (doc: ParliamentaryDocument) => doc.body.flatMap(blockPassages);

describe('parseAnswersWord on the full answers to Dassen (seed 004)', () => {
  const doc = parseAnswersWord(source(seedText, `content/${SEED}.txt`, seedMetadata));

  it('takes kind, title and date from the metadata and the document number from the text', () => {
    expect(doc.kind).toBe('antwoorden');
    expect(doc.title).toBe('Antwoorden op vragen van het lid Dassen over AI');
    expect(doc.date).toBe('2026');
    expect(doc.documentNumber).toBe('2026D32673');
    expect(doc.unclassified).toEqual([]);
  });

  it('keeps the alt-text tail out of the body and records it as an export artefact', () => {
    expect(doc.artefacts).toEqual([
      { line: 1, text: 'Door AI gegenereerde inhoud is mogelijk onjuist.]', reason: 'image alt text' },
    ]);
    expect(bodyTexts(doc).some((text) => text.includes('gegenereerde inhoud'))).toBe(false);
  });

  it('keeps the covering letter: salutation, introduction, signature, document number', () => {
    const letter = doc.body.slice(0, 5);
    expect(letter.map((block) => block.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph', 'procedural']);
    expect(letter.flatMap(blockPassages).map((p) => p.text.slice(0, 40))).toEqual([
      'Geachte Voorzitter,',
      'Hierbij zend ik u, mede namens de Minist',
      'W.J.M. Aerdts',
      'Staatssecretaris van Economische Zaken e',
      '2026D32673',
    ]);
  });

  it('knows the signatory and the member who asked, with the party spelt as the House does', () => {
    expect(doc.people).toEqual([
      { slug: 'dassen', name: 'Dassen', party: 'Volt' },
      { slug: 'aerdts', name: 'Aerdts', office: 'Staatssecretaris van Economische Zaken en Klimaat' },
    ]);
    expect(doc.participants).toEqual([
      { slug: 'dassen', role: 'member', party: 'Volt' },
      { slug: 'aerdts', role: 'state-secretary', office: 'Staatssecretaris van Economische Zaken en Klimaat' },
    ]);
  });

  it('reads 12 questions, each asked by Dassen (Volt), each with an answer', () => {
    const all = questions(doc);
    expect(all.map((q) => q.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(doc.body.slice(5).every((block) => block.type === 'question')).toBe(true);
    for (const question of all) {
      expect(question.anchor).toBe(`vraag-${question.number}`);
      expect(question.answer.anchor).toBe(`antwoord-${question.number}`);
      expect(question.askedBy).toBe('dassen');
      expect(question.party).toBe('Volt');
      expect(question.passages).toHaveLength(1);
      expect(question.passages[0]!.text.endsWith('?')).toBe(true);
      expect(question.answer.passages.length).toBeGreaterThan(0);
      expect(question.answer.refersTo).toEqual([]);
    }
    expect(all.map((q) => q.answer.passages.length)).toEqual([3, 3, 2, 1, 2, 1, 1, 1, 4, 1, 1, 1]);
  });

  it('splits question 2, which has no "Antwoord" label, after its question mark and footnote', () => {
    const question2 = questions(doc)[1]!;
    expect(question2.passages.map((p) => p.text)).toEqual([
      'Hoe duidt u de waarschuwing van de Five Eyes waarin bedrijfsleiders worden oproepen om sneller te reageren op de impact van AI op cyberrisico’s?',
    ]);
    expect(question2.passages[0]!.footnoteCalls).toEqual([{ number: 3, offset: question2.passages[0]!.text.length }]);
    expect(question2.answer.passages[0]!.text).toMatch(/^Zoals het NCSC actief uitdraagt is het duidelijk dat AI modellen als Mythos/);
  });

  it('drops the "Antwoord" labels (also "Antwoord " with a trailing space) and the bare numbers', () => {
    expect(passages(doc).some((p) => /^\s*(?:Antwoord|\d+)\s*$/.test(p.text))).toBe(false);
    expect(questions(doc)[8]!.answer.passages[0]!.text).toMatch(/^Het kabinet heeft voor de Nationale Investeringsinstelling/);
    expect(questions(doc)[10]!.answer.passages.map((p) => p.text)).toEqual(['Zie de beantwoording van vraag 3.']);
  });

  it('takes footnotes 1–7, each attached to the passage that calls it', () => {
    expect(doc.footnotes.map((f) => [f.number, f.anchor])).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => [n, `voetnoot-${n}`]),
    );
    const callers = new Map(passages(doc).map((p) => [p.anchor, (p.footnoteCalls ?? []).map((c) => c.number)]));
    for (const footnote of doc.footnotes) expect(callers.get(footnote.calledFrom!), `footnote ${footnote.number}`).toContain(footnote.number);
    expect(doc.footnotes.find((f) => f.number === 3)!.calledFrom).toBe(questions(doc)[1]!.passages[0]!.anchor);
    expect(doc.footnotes.find((f) => f.number === 1)!.text).toBe(
      'Statement on the US government directive to suspend access to Fable 5 and Mythos 5 \\ Anthropic',
    );
    expect(doc.footnotes.find((f) => f.number === 5)!.text).toBe('COM(2018) 795 final');
    expect(doc.footnotes.find((f) => f.number === 6)!.text).toBe('Kamerstukken II 2025/2026, 22112, nr. 4395');
  });

  it('places footnote calls where they stood', () => {
    const answer1 = questions(doc)[0]!.answer.passages[0]!;
    const [first, second] = answer1.footnoteCalls!;
    expect(answer1.text.slice(0, first!.offset).endsWith('ook voor Amerikaanse gebruikers.')).toBe(true);
    expect(answer1.text.slice(0, second!.offset).endsWith('infrastructuurbedrijven.')).toBe(true);
    const answer2 = questions(doc)[1]!.answer.passages[0]!;
    expect(answer2.text.slice(0, answer2.footnoteCalls![0]!.offset).endsWith('cyberveiligheid van Nederland')).toBe(true);
    expect(answer2.text).toContain('cyberveiligheid van Nederland. Het is ook');
  });

  it('gives every passage and footnote a unique anchor', () => {
    const all = [...passages(doc).map((p) => p.anchor), ...doc.footnotes.map((f) => f.anchor)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('loses no words of the body', () => {
    expectNoLostWords(
      seedText,
      [
        /^[^[\]]*\]/, // the alt-text tail at the start
        /\[footnoteRef:\d+\]/,
        /\[\d+:\s[^\]]*\]/,
        /^\s*Antwoord\s*$/m,
        /^\s*\d{1,2}\s*$/m, // bare question numbers
      ],
      bodyTexts(doc),
    );
  });

  it('loses no words of the footnotes, which keep their order', () => {
    const inSource = [...seedText.matchAll(/\[(\d+):\s([^\]]*)\]/g)];
    expect(inSource.map((m) => Number(m[1]))).toEqual(doc.footnotes.map((f) => f.number));
    expectNoLostWords(inSource.map((m) => m[2]).join('\n'), [], doc.footnotes.map((f) => f.text));
  });
});

describe('parseAnswersWord on a slice (lines 1–37: letter, questions 1 and 2)', () => {
  const slice = fixture('answers-word-opening.txt');

  it('parses the letter and the first two questions', () => {
    const doc = parseAnswersWord(source(slice));
    expect(questions(doc).map((q) => [q.number, q.passages.length, q.answer.passages.length])).toEqual([
      [1, 1, 3],
      [2, 1, 3],
    ]);
    expect(doc.footnotes.map((f) => f.number)).toEqual([1, 2, 3, 4]);
    expect(doc.documentNumber).toBe('2026D32673');
  });

  it('warns with path and line about a footnote call without footnote text', () => {
    const path = 'test/fixtures/answers-word-missing-footnote-text.txt';
    const diagnostics = new Diagnostics(path);
    parseAnswersWord(source(fixture('answers-word-missing-footnote-text.txt'), path), diagnostics);
    expect(diagnostics.list.map(formatDiagnostic)).toContain(`${path}:28: footnote 3 is called but has no footnote text`);
  });

  it('warns when a question has neither an "Antwoord" label nor a question mark, and keeps it as a question without answer', () => {
    const broken = slice.replace('cyberrisico’s?[footnoteRef:3]', 'cyberrisico’s.[footnoteRef:3]');
    const diagnostics = new Diagnostics('answers.txt');
    const doc = parseAnswersWord(source(broken), diagnostics);
    expect(diagnostics.list.map(formatDiagnostic)).toContain('answers.txt:27: question 2 has no "Antwoord" label and no sentence ending in "?": read as a question without answer');
    const second = doc.body.find((block): block is Question => block.type === 'question' && block.number === 2)!;
    expect(second.answer.passages).toEqual([]);
  });

  it('throws a SourceError for an empty file', () => {
    expect(() => parseAnswersWord(source('\n\n'))).toThrow(SourceError);
  });
});
