import { describe, expect, it } from 'vitest';
import { generateCorpus, type GeneratedDocument } from '../../src/bench/generate/corpus.ts';
import { detectFormat } from '../../src/ingest/detect.ts';
import { buildCorpusIndex, summarise } from '../../src/ingest/corpus.ts';
import { ingestDocument } from '../../src/ingest/pipeline.ts';
import { parseMetadata } from '../../src/ingest/read-source.ts';
import type { ParliamentaryDocument } from '../../src/model/document.ts';

const DOCS = 25;
const SEED = 'verslag-test';

function ingest(doc: GeneratedDocument): ParliamentaryDocument {
  const source = { id: doc.id, path: `${doc.id}.txt`, text: doc.text, metadata: parseMetadata(`${doc.id}.yml`, doc.metadata) };
  expect(detectFormat(source), `${doc.id} is recognised as the format it was written in`).toBe(doc.format);
  return ingestDocument(source);
}

describe('the generated benchmark corpus', () => {
  const corpus = [...generateCorpus({ docs: DOCS, seed: SEED })];
  const models = corpus.map((doc) => ({ doc, model: ingest(doc) }));
  const of = (format: string) => models.filter(({ doc }) => doc.format === format).map(({ model }) => model);

  it('is the same bytes for the same seed, and other bytes for another seed', () => {
    const again = [...generateCorpus({ docs: DOCS, seed: SEED })];
    expect(again.map((doc) => doc.id)).toEqual(corpus.map((doc) => doc.id));
    again.forEach((doc, index) => {
      expect(doc.text === corpus[index]!.text, `${doc.id}: same text`).toBe(true);
      expect(doc.metadata).toBe(corpus[index]!.metadata);
    });
    const other = [...generateCorpus({ docs: DOCS, seed: `${SEED}-other` })];
    expect(other.filter((doc, index) => doc.text === corpus[index]!.text)).toHaveLength(0);
  });

  it('holds all five source formats, every document ingesting with nothing left unclassified', () => {
    expect(new Set(corpus.map((doc) => doc.format))).toEqual(new Set(['debate-markdown', 'debate-pdf', 'written-consultation', 'letter-word', 'answers-word']));
    expect(new Set(corpus.map((doc) => doc.id)).size).toBe(DOCS);
    for (const { doc, model } of models) expect(model.unclassified, doc.id).toEqual([]);
  });

  it('averages some 80 KB a document, with variance', () => {
    const sizes = corpus.map((doc) => Buffer.byteLength(doc.text));
    const average = sizes.reduce((sum, size) => sum + size, 0) / sizes.length;
    expect(average).toBeGreaterThan(55_000);
    expect(average).toBeLessThan(115_000);
    expect(Math.max(...sizes)).toBeGreaterThan(2 * Math.min(...sizes));
  });

  it('gives debates speeches, interruptions, two termijnen, many speakers and a closing list of commitments', () => {
    const debates = [...of('debate-markdown'), ...of('debate-pdf')];
    expect(debates.length).toBeGreaterThan(0);
    for (const debate of debates) {
      const speeches = debate.body.filter((block) => block.type === 'speech');
      expect(speeches.length, debate.id).toBeGreaterThan(20);
      expect(speeches.some((speech) => speech.interruption), debate.id).toBe(true);
      expect(speeches.some((speech) => speech.termijn === 2), debate.id).toBe(true);
      expect(new Set(speeches.map((speech) => speech.speaker.slug)).size, debate.id).toBeGreaterThanOrEqual(4);
      expect(debate.commitments.length, debate.id).toBeGreaterThan(0);
      expect(debate.commitments.every((commitment) => commitment.by !== undefined), debate.id).toBe(true);
      expect(debate.agenda.length, debate.id).toBeGreaterThan(0);
      expect(debate.dates?.closed, debate.id).toBeDefined();
    }
    expect(debates.some((debate) => debate.body.some((block) => block.type === 'chair-change'))).toBe(true);
    // Page numbers come from the page footers of the PDF text.
    for (const debate of of('debate-pdf')) {
      expect(debate.paper, debate.id).toBeDefined();
      expect(debate.body.some((block) => block.type === 'speech' && block.passages.some((passage) => (passage.page ?? 0) > 1)), debate.id).toBe(true);
    }
  });

  it('gives written consultations and answers their questions, answers and footnotes', () => {
    for (const model of [...of('written-consultation'), ...of('answers-word')]) {
      const questions = model.body.filter((block) => block.type === 'question');
      expect(questions.length, model.id).toBeGreaterThan(3);
      expect(questions.every((question) => question.passages.length > 0 && question.answer.passages.length > 0), model.id).toBe(true);
      expect(model.footnotes.length, model.id).toBeGreaterThan(0);
    }
    for (const model of of('written-consultation')) expect(new Set(model.body.flatMap((block) => (block.type === 'question' ? [block.party] : []))).size, model.id).toBeGreaterThan(0);
    for (const model of of('answers-word')) expect(model.people.map((person) => person.slug)).toHaveLength(2);
  });

  it('gives letters numbered sections with footnotes', () => {
    for (const model of of('letter-word')) {
      expect(model.body.filter((block) => block.type === 'heading').length, model.id).toBeGreaterThan(3);
      expect(model.footnotes.length, model.id).toBeGreaterThan(0);
    }
  });

  it('links documents: Kamerstuk references to other generated documents, and letters reporting on earlier commitments', () => {
    const summaries = models.map(({ model }) => summarise(model, ''));
    const papers = new Set(summaries.flatMap((summary) => (summary.paper ? [`${summary.paper.dossier} ${summary.paper.number}`] : [])));
    const crossReferences = summaries.flatMap((summary) =>
      summary.references.filter((reference) => reference.kind === 'paper' && papers.has(`${reference.dossier} ${reference.number}`) && `${summary.paper?.dossier} ${summary.paper?.number}` !== `${reference.dossier} ${reference.number}`),
    );
    expect(crossReferences.length).toBeGreaterThan(DOCS);
    expect(buildCorpusIndex(summaries).commitmentLinks.length).toBeGreaterThan(0);
  });
});
