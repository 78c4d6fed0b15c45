import type { ParliamentaryDocument } from '../model/document.ts';
import { detectFormat } from './detect.ts';
import { parseAnswersWord } from './parsers/answers-word.ts';
import { parseDebateMarkdown } from './parsers/debate-markdown.ts';
import { parseDebatePdf } from './parsers/debate-pdf.ts';
import { parseLetterWord } from './parsers/letter-word.ts';
import { parseWrittenConsultation } from './parsers/written-consultation.ts';
import { annotateCommitmentReports } from './passes/commitment-reports.ts';
import { annotateCommitments } from './passes/commitments.ts';
import { annotateReferences } from './passes/references.ts';
import type { SourceDocument, SourceFormat } from './source.ts';

/** One parser per source format: a pure function from the source text to the model. */
const PARSERS: Record<SourceFormat, (source: SourceDocument) => ParliamentaryDocument> = {
  'debate-markdown': parseDebateMarkdown,
  'debate-pdf': parseDebatePdf,
  'written-consultation': parseWrittenConsultation,
  'letter-word': parseLetterWord,
  'answers-word': parseAnswersWord,
};

/** Annotation passes, each a pure function over the model, run in this order after parsing. */
const PASSES: ((doc: ParliamentaryDocument) => ParliamentaryDocument)[] = [
  annotateReferences,
  annotateCommitments,
  annotateCommitmentReports,
];

/** Source text → annotated model: detect the format, parse, annotate. Throws SourceError on bad input. */
export function ingestDocument(source: SourceDocument): ParliamentaryDocument {
  const parsed = PARSERS[detectFormat(source)](source);
  return PASSES.reduce((doc, pass) => pass(doc), parsed);
}
