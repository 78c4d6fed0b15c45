import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from '../prng.ts';
import { renderAnswersWord } from './answers-word.ts';
import { renderDebateMarkdown } from './debate-markdown.ts';
import { renderDebatePdf } from './debate-pdf.ts';
import { writeDebateScript } from './debate-script.ts';
import { renderLetterWord, type EarlierCommitment } from './letter-word.ts';
import { defaultMaterial, type Material } from './material.ts';
import { planCorpus, type CorpusOptions, type DocumentPlan, type GeneratedFormat } from './plan.ts';
import { createReferences } from './references.ts';
import { renderWrittenConsultation } from './written-consultation.ts';

/** One generated source: the text file and the metadata file beside it. */
export interface GeneratedDocument {
  id: string;
  format: GeneratedFormat;
  /** Contents of `<id>.txt`. */
  text: string;
  /** Contents of `<id>.yml`. */
  metadata: string;
}

/**
 * Generates the corpus document by document (a generator, so that 10 000 documents never sit in
 * memory together). Each document draws from its own random stream, seeded by the corpus seed and
 * its index: the same seed gives the same bytes, whatever else changes in the corpus.
 */
export function* generateCorpus(options: CorpusOptions, material: Material = defaultMaterial()): Generator<GeneratedDocument> {
  const plans = planCorpus(options, material);
  for (const plan of plans) yield generateDocument(plans, plan, options.seed, material);
}

export function generateDocument(plans: readonly DocumentPlan[], plan: DocumentPlan, seed: string | number, material: Material): GeneratedDocument {
  const random = createRandom('document', seed, plan.index);
  const references = createReferences(plans, plan);
  let text: string;
  switch (plan.format) {
    case 'debate-markdown':
      text = renderDebateMarkdown(plan, writeDebateScript(plan, random, material, references), random, material, references);
      break;
    case 'debate-pdf':
      text = renderDebatePdf(plan, writeDebateScript(plan, random, material, references), random, material, references);
      break;
    case 'written-consultation':
      text = renderWrittenConsultation(plan, random, material, references);
      break;
    case 'letter-word':
      text = renderLetterWord(plan, random, material, references, earlierCommitments(plans, plan, random));
      break;
    case 'answers-word':
      text = renderAnswersWord(plan, random, material, references);
      break;
  }
  return { id: plan.id, format: plan.format, text, metadata: metadataOf(plan) };
}

/**
 * Commitments made in debates before the letter's date that it can report on (made or reworded,
 * not struck). Drawn from a sample of the corpus, so the cost per letter stays flat.
 */
function earlierCommitments(plans: readonly DocumentPlan[], letter: DocumentPlan, random: ReturnType<typeof createRandom>): EarlierCommitment[] {
  const found: EarlierCommitment[] = [];
  for (let attempt = 0; attempt < 40 && plans.length > 1; attempt++) {
    const debate = plans[random.int(0, plans.length - 1)]!;
    if (!debate.debate || debate.date >= letter.date) continue;
    const commitment = random.pick(debate.debate.commitments);
    if (commitment.fate === 'withdrawn' || commitment.fate === 'answered') continue;
    if (!found.some((earlier) => earlier.commitment === commitment)) found.push({ debate, commitment });
  }
  return found.slice(0, random.int(0, 6));
}

/** The metadata file: what the text does not say about itself (as the default corpus's .yml files). */
function metadataOf(plan: DocumentPlan): string {
  const lines = [`kind: ${plan.kind}`, `title: ${JSON.stringify(plan.title)}`, `date: ${JSON.stringify(plan.metadataDate)}`, `committee: ${JSON.stringify(plan.committee)}`];
  if ((plan.kind === 'kamerbrief' || plan.kind === 'antwoorden') && plan.citable) {
    lines.push(`paper: { dossier: ${JSON.stringify(plan.paper.dossier)}, number: ${JSON.stringify(plan.paper.number)} }`);
  }
  return `${lines.join('\n')}\n`;
}

/** Writes the corpus into a directory: `<id>.txt` and `<id>.yml` per document. */
export function writeCorpus(dir: string, options: CorpusOptions): { documents: number; bytes: number; formats: Record<string, number> } {
  mkdirSync(dir, { recursive: true });
  let documents = 0;
  let bytes = 0;
  const formats: Record<string, number> = {};
  for (const doc of generateCorpus(options)) {
    writeFileSync(join(dir, `${doc.id}.txt`), doc.text);
    writeFileSync(join(dir, `${doc.id}.yml`), doc.metadata);
    documents++;
    bytes += Buffer.byteLength(doc.text);
    formats[doc.format] = (formats[doc.format] ?? 0) + 1;
  }
  return { documents, bytes, formats };
}
