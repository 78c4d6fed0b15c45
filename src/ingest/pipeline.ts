import type { ParliamentaryDocument } from '../model/document.ts';
import { detectFormatModule } from './detect.ts';
import { Diagnostics, type Diagnostic } from './diagnostics.ts';
import { annotateCommitmentReports } from './passes/commitment-reports.ts';
import { annotateCommitments } from './passes/commitments.ts';
import { annotateReferences } from './passes/references.ts';
import type { SourceDocument } from './source.ts';

type Pass = (doc: ParliamentaryDocument) => ParliamentaryDocument;

/**
 * Annotation passes, each a pure function over the model, run in this order after parsing.
 * `carried`: an annotated source (format.annotated) holds what the pass finds, so it is not run on one.
 */
const PASSES: { pass: Pass; carried: boolean }[] = [
  { pass: annotateReferences, carried: true },
  { pass: annotateCommitments, carried: true },
  // No source carries commitment reports: they are derived from the (corrected) text every time.
  { pass: annotateCommitmentReports, carried: false },
];

/** What ingesting one source gives: the annotated model and what the parser reported on the way. */
export interface IngestedSource {
  doc: ParliamentaryDocument;
  diagnostics: Diagnostic[];
}

/**
 * Source → annotated model: detect the format, parse, annotate. Throws SourceError only on
 * unusable input; everything else the parser had to guess or could not place is a diagnostic.
 */
export function ingestSource(source: SourceDocument): IngestedSource {
  const diagnostics = new Diagnostics(source.path);
  const format = detectFormatModule(source);
  const parsed = format.parse(source, diagnostics);
  // Text no structure could hold is kept and shown; the reader of the report is told where.
  for (const { line, text } of parsed.unclassified) {
    const message = `text that fits no structure of the document, kept and shown as unclassified: "${excerpt(text)}"`;
    // An annotated source carries the unclassified text of the source it was written from, with that source's line.
    if (format.annotated) diagnostics.warn(`${message} (line ${line} of the source it was written from)`);
    else diagnostics.warn(message, line);
  }
  const passes = PASSES.filter(({ carried }) => !(carried && format.annotated));
  return { doc: passes.reduce((doc, { pass }) => pass(doc), parsed), diagnostics: diagnostics.list };
}

/** Source → annotated model, for callers that do not report diagnostics (tests, the benchmark's material). */
export function ingestDocument(source: SourceDocument): ParliamentaryDocument {
  return ingestSource(source).doc;
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}
