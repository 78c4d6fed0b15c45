import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../model/document.ts';
import type { Diagnostics } from './diagnostics.ts';
import { SourceError, type SourceDocument } from './source.ts';
import { formatDutchDate } from '../model/dutch-dates.ts';
import { VERGADERJAAR } from './text/dates.ts';

/**
 * What a parser derives when neither the text's structure nor the metadata states it: a title
 * and a date. Each derivation is reported as a warning (with the line it was taken from), so the
 * editor knows what to check or to set in the metadata file; the document is never refused for it.
 */

/** A title the text offers, with the source line it was read from. */
export interface TitleCandidate {
  title: string | undefined;
  line?: number;
  /** How the parser found it, for the warning: 'the document-title line', 'the first heading'. */
  what: string;
}

/**
 * The document's title: the metadata's, else the first candidate the text offers (in the order the
 * parser gives: the document-title line, then the first heading), else the kind and the date.
 */
export function deriveTitle(
  source: SourceDocument,
  candidates: TitleCandidate[],
  kind: DocumentKind,
  date: string,
  diagnostics: Diagnostics,
): string {
  if (source.metadata.title) return source.metadata.title;
  for (const candidate of candidates) {
    const title = candidate.title?.trim();
    if (title) {
      diagnostics.warn(`no title in the metadata: took ${candidate.what}, "${title}"`, candidate.line);
      return title;
    }
  }
  const title = `${DOCUMENT_KIND_LABELS[kind]} van ${formatDutchDate(date)}`;
  diagnostics.warn(`no title in the text or the metadata: called it "${title}"; set "title:" in its metadata`);
  return title;
}

/**
 * The date when neither the text nor the metadata states it: the date in the file's name, else the
 * first year of the vergaderjaar the text names, else the first year it mentions, with `dateEstimated`. A text with no year at all
 * cannot be placed in the archive: that, only, is an error, asking for the metadata's date.
 */
export function estimateDate(source: SourceDocument, diagnostics: Diagnostics): { date: string; dateEstimated: true } {
  // The file name as the README asks to name it: "kamerbrief-2023-07-…", "commissiedebat-2025-06-25-…".
  const named = /^[a-z]+(?:-[a-z]+)*-(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?=-|$)/.exec(source.id);
  if (named) {
    diagnostics.warn(`the text states no date: dated ${named[1]}, as its file name says; set "date:" in its metadata`);
    return { date: named[1]!, dateEstimated: true };
  }
  const session = VERGADERJAAR.exec(source.text);
  if (session) {
    const line = lineAt(source.text, session.index);
    diagnostics.warn(`the text states no date: dated ${session[1]}, the first year of vergaderjaar ${session[1]}-${session[2]}; set "date:" in its metadata`, line);
    return { date: session[1]!, dateEstimated: true };
  }
  const year = /\b(1[89]\d{2}|20\d{2})\b/.exec(source.text);
  if (year) {
    diagnostics.warn(`the text states no date: dated ${year[1]}, the first year it mentions; set "date:" in its metadata`, lineAt(source.text, year.index));
    return { date: year[1]!, dateEstimated: true };
  }
  throw new SourceError(source.path, 'the text states no date, not even a year, and the metadata gives none: set "date:" in its metadata');
}

/** The date the text or metadata states, else the estimate (see estimateDate): `{ date }` or `{ date, dateEstimated }`. */
export function documentDate(source: SourceDocument, stated: string | undefined, diagnostics: Diagnostics): { date: string; dateEstimated?: true } {
  return stated === undefined ? estimateDate(source, diagnostics) : { date: stated };
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}
