import type { ParliamentaryDocument } from '../model/document.ts';
import { recordAnchors } from './anchor-history.ts';
import { settleAnchors, withAnchorSession, type AnchorHistory, type AnchorSession } from './anchors.ts';
import { checkCalendarDates } from './calendar-dates.ts';
import { detectFormatModule } from './detect.ts';
import { Diagnostics, type Diagnostic } from './diagnostics.ts';
import { annotateCommitmentReports } from './passes/commitment-reports.ts';
import { annotateCommitments } from './passes/commitments.ts';
import { annotateReferences } from './passes/references.ts';
import type { SourceFormatModule } from './format.ts';
import type { SourceDocument } from './source.ts';
import { dropControlCharacters } from './text/control-characters.ts';

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

/** What ingesting one source gives: the annotated model, what the parser reported on the way, and the anchors to keep. */
export interface IngestedSource {
  doc: ParliamentaryDocument;
  diagnostics: Diagnostic[];
  /** The document's anchor history with the anchors it publishes now (to write back beside the source). */
  anchorHistory: AnchorHistory;
}

/**
 * Source → annotated model: detect the format, parse, annotate. Throws SourceError only on
 * unusable input; everything else the parser had to guess or could not place is a diagnostic.
 * A source whose repeated passages the anchor history settles differently from the parse's first
 * guess (see settleAnchors) is parsed a second time with the settled anchors: parsing is a pure
 * function of the source, so the second parse asks for the same passages in the same order.
 */
export function ingestSource(source: SourceDocument): IngestedSource {
  const reading = new Diagnostics(source.path);
  source = withoutControlCharacters(source, reading);
  const format = detectFormatModule(source);
  let run = parseRecordingAnchors(format, source);
  const anchors = settleAnchors(run.session.calls, source.anchorHistory);
  if (anchors.some((anchor, index) => anchor !== run.session.issued[index])) run = parseRecordingAnchors(format, source, anchors);
  const { parsed, session, diagnostics } = run;
  // Text no structure could hold is kept and shown; the reader of the report is told where.
  for (const { line, text } of parsed.unclassified) {
    const message = `text that fits no structure of the document, kept and shown as unclassified: "${excerpt(text)}"`;
    // An annotated source carries the unclassified text of the source it was written from, with that source's line.
    if (format.annotated) diagnostics.warn(`${message} (line ${line} of the source it was written from)`);
    else diagnostics.warn(message, line);
  }
  const { history, formerAnchors } = recordAnchors(anchors, session.calls, source.anchorHistory);
  const withHistory = formerAnchors.length > 0 ? { ...parsed, formerAnchors } : parsed;
  const passes = PASSES.filter(({ carried }) => !(carried && format.annotated));
  const doc = passes.reduce((annotated, { pass }) => pass(annotated), withHistory);
  checkCalendarDates(doc, source);
  return { doc, diagnostics: [...reading.list, ...diagnostics.list], anchorHistory: history };
}

function parseRecordingAnchors(format: SourceFormatModule, source: SourceDocument, plan?: string[]) {
  const session: AnchorSession = { calls: [], issued: [], ...(plan ? { plan } : {}) };
  const diagnostics = new Diagnostics(source.path);
  const parsed = withAnchorSession(session, () => format.parse(source, diagnostics));
  return { parsed, session, diagnostics };
}

/** Source → annotated model, for callers that do not report diagnostics (tests, the benchmark's material). */
export function ingestDocument(source: SourceDocument): ParliamentaryDocument {
  return ingestSource(source).doc;
}

/** Shown one by one up to this many; a file full of them (a binary export) gets one line for the rest. */
const DROPPED_SHOWN = 10;

/** The source without control characters (never published raw), each one dropped reported with its line and column. */
function withoutControlCharacters(source: SourceDocument, diagnostics: Diagnostics): SourceDocument {
  const { text, dropped } = dropControlCharacters(source.text);
  if (dropped.length === 0) return source;
  for (const { line, column, codePoint } of dropped.slice(0, DROPPED_SHOWN)) {
    diagnostics.warn(`dropped a control character (${codePoint}): it is no text, and is not published`, line, column);
  }
  if (dropped.length > DROPPED_SHOWN) diagnostics.warn(`dropped ${dropped.length - DROPPED_SHOWN} more control characters, the last at line ${dropped.at(-1)!.line}`);
  return { ...source, text };
}

function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}
