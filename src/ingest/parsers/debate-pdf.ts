import type { SourceFormatModule } from '../format.ts';
import type { PaperNumber, ParliamentaryDocument } from '../../model/document.ts';
import { buildDebate } from '../debate/build.ts';
import { Diagnostics } from '../diagnostics.ts';
import {
  continuesAcrossBreak,
  endsSentence,
  firstWord,
  joinAcrossBreak,
  type DebateParagraph,
} from '../debate/paragraphs.ts';
import { normaliseSpaces } from '../text/spaces.ts';
import { classifyLabelLine } from '../debate/speaker-labels.ts';
import { normaliseDossier } from '../../model/papers.ts';
import { SourceError, type SourceDocument } from '../source.ts';

/**
 * Verslag van een algemeen overleg as text taken from the PDF (seed 001): every printed line is a
 * line of the source (~75 characters), words are hyphenated across lines ("geschie-" / "denis"),
 * speaker labels stand alone on a line ("De heer Verhoeven (D66): ", "Minister Knops: "), the
 * closing list of toezeggingen is a run of "– " items, and a few page footers survive:
 * "Tweede Kamer, vergaderjaar 2019–2020, 26 643, nr. 679 14" (the Kamerstuk, then the page).
 *
 * Pages. The first line of every page of the PDF starts with a space ("stray leading spaces" — they
 * fall mid-sentence as often as not, so they are not paragraph starts); the line after a footer
 * starts a page too. A footer ends page N. Page numbers are counted from the footers over these
 * page starts, and given only where a footer confirms the count:
 * - between footers N and M there must be exactly M − N − 1 page starts: then every line between
 *   gets its page (after footer N: page N + 1, each page start one more);
 * - before the first footer N, counting back must reach page 1 exactly at the first line;
 * - after the last footer N only page N + 1 is certain: up to the next page start;
 * - where the count does not agree, no page is given.
 * A paragraph is on the page where it starts (a paragraph that runs over footer N starts on page N).
 *
 * Paragraphs. The PDF marks no paragraph starts; a new paragraph begins at a speaker label, a
 * "– " item, a blank line the text does not run across (see continuesAcrossBreak), and after a
 * line that ends a sentence while the next line's first word would still have fitted on it.
 */
export function parseDebatePdf(source: SourceDocument, diagnostics = new Diagnostics(source.path)): ParliamentaryDocument {
  if (source.text.trim() === '') throw new SourceError(source.path, 'the file is empty', 1);
  const lines = classifyLines(source);
  const pages = pageNumbers(lines);
  const paper = paperFromFooters(lines, diagnostics);
  return buildDebate({
    source,
    diagnostics,
    paragraphs: readParagraphs(lines, pages),
    defaultKind: 'algemeen-overleg',
    ...(paper ? { paper } : {}),
  });
}

/**
 * The narrowest a wrapped line gets, counted with the word that was carried over to the next line:
 * in seed 001 every line that breaks mid-sentence has at least 66 characters together with the
 * next line's first word. A line ending a sentence that the next word would have fitted onto
 * (fewer than 66 characters together) ended there because the paragraph did.
 */
const NARROWEST_WRAP = 66;

/** "Tweede Kamer, vergaderjaar 2019–2020, 26 643, nr. 679 14" */
const FOOTER = /^Tweede Kamer, vergaderjaar \d{4}[–-]\d{4}, (\d{2} ?\d{3}(?:-[\dA-Z]+)?), nr\. (\d+) (\d+)$/;
/** An item of a list: "– de brief van …", "– Binnen vier weken zal …" (not "-technieken"). */
const BULLET = /^[–-]\s+(?=\S)/;

type LineKind = 'blank' | 'footer' | 'label' | 'chair-change' | 'malformed-label' | 'bullet' | 'text';

interface SourceLine {
  /** 1-based */
  line: number;
  kind: LineKind;
  /** Trimmed; for a bullet, without its dash. */
  text: string;
  /** The first line of a page of the PDF. */
  pageStart: boolean;
  footer?: { paper: PaperNumber; page: number };
}

function classifyLines(source: SourceDocument): SourceLine[] {
  return source.text.split('\n').map((raw, index): SourceLine => {
    const line = index + 1;
    const text = normaliseSpaces(raw);
    if (text === '') return { line, kind: 'blank', text, pageStart: false };
    const footer = FOOTER.exec(text);
    if (footer) {
      const paper = { dossier: normaliseDossier(footer[1]!), number: footer[2]! };
      return { line, kind: 'footer', text, pageStart: false, footer: { paper, page: Number(footer[3]) } };
    }
    const pageStart = /^[ \t]/.test(raw);
    if (BULLET.test(text)) return { line, kind: 'bullet', text: text.replace(BULLET, ''), pageStart };
    const labelKind = classifyLabelLine(text);
    return { line, kind: labelKind ?? 'text', text, pageStart };
  });
}

/** The page of every line where the footers establish it (see the module comment); index = line − 1. */
function pageNumbers(lines: SourceLine[]): (number | undefined)[] {
  const pages: (number | undefined)[] = lines.map(() => undefined);
  const fill = (from: number, to: number, page: number): void => {
    for (let index = from; index < to; index++) pages[index] = page;
  };
  const footers = lines.flatMap((line, index) => (line.footer ? [{ index, page: line.footer.page }] : []));
  const starts = lines.flatMap((line, index) => (line.pageStart ? [index] : []));
  const startsBetween = (from: number, to: number): number[] => starts.filter((index) => index > from && index < to);
  if (footers.length === 0) return pages;

  const first = footers[0]!;
  const firstContent = lines.findIndex((line) => line.kind !== 'blank');
  const opening = startsBetween(-1, first.index);
  if (opening[0] === firstContent && first.page - opening.length + 1 === 1) {
    opening.forEach((start, index) => fill(start, opening[index + 1] ?? first.index, index + 1));
  }
  for (let index = 1; index < footers.length; index++) {
    const [previous, next] = [footers[index - 1]!, footers[index]!];
    const inner = startsBetween(previous.index, next.index);
    if (inner.length !== next.page - previous.page - 1) continue;
    fill(previous.index + 1, inner[0] ?? next.index, previous.page + 1);
    inner.forEach((start, position) => fill(start, inner[position + 1] ?? next.index, previous.page + 2 + position));
  }
  const last = footers.at(-1)!;
  fill(last.index + 1, startsBetween(last.index, lines.length)[0] ?? lines.length, last.page + 1);
  return pages;
}

/** The Kamerstuk the page footers name; a footer that names another is reported, and the first one holds. */
function paperFromFooters(lines: SourceLine[], diagnostics: Diagnostics): PaperNumber | undefined {
  let paper: PaperNumber | undefined;
  for (const line of lines) {
    if (!line.footer) continue;
    paper ??= line.footer.paper;
    if (line.footer.paper.dossier !== paper.dossier || line.footer.paper.number !== paper.number) {
      diagnostics.warn(`page footer names another Kamerstuk than the first footer: "${line.text}"`, line.line);
    }
  }
  return paper;
}

function readParagraphs(lines: SourceLine[], pages: (number | undefined)[]): DebateParagraph[] {
  const paragraphs: DebateParagraph[] = [];
  let open: { paragraph: DebateParagraph; lastLine: string } | undefined;
  /** A blank line since the last text, not counting the blank lines around a page footer. */
  let blank = false;
  let inPageBreak = false;

  const start = (line: SourceLine, kind: DebateParagraph['kind']): DebateParagraph => {
    const page = pages[line.line - 1];
    const paragraph: DebateParagraph = { kind, text: line.text, line: line.line, ...(page === undefined ? {} : { page }) };
    paragraphs.push(paragraph);
    return paragraph;
  };

  for (const line of lines) {
    if (line.kind === 'blank') {
      if (!inPageBreak) blank = true;
      continue;
    }
    if (line.kind === 'footer') {
      blank = false;
      inPageBreak = true;
      continue;
    }
    inPageBreak = false;
    if (line.kind === 'text' && open && continuesParagraph(open, line.text, blank)) {
      open.paragraph.text = joinAcrossBreak(open.paragraph.text, line.text);
      open.lastLine = line.text;
    } else {
      const paragraph = start(line, line.kind);
      open = line.kind === 'text' || line.kind === 'bullet' ? { paragraph, lastLine: line.text } : undefined;
    }
    blank = false;
  }
  return paragraphs;
}

/** Whether a line of text goes on with the open paragraph (see the module comment). */
function continuesParagraph(open: { paragraph: DebateParagraph; lastLine: string }, text: string, afterBlank: boolean): boolean {
  if (afterBlank) return continuesAcrossBreak(open.paragraph.text, text);
  const wordWouldHaveFitted = open.lastLine.length + 1 + firstWord(text).length < NARROWEST_WRAP;
  return !(endsSentence(open.lastLine) && wordWouldHaveFitted);
}

/** Source format 'debate-pdf': debate report as text from PDF: labels alone on a line, page footers. */
export const debatePdf: SourceFormatModule = {
  name: 'debate-pdf',
  description: 'debate report as text from PDF: labels alone on a line, page footers',
  extensions: ['.txt'],
  // Labels alone on a line and page footers 'Tweede Kamer, vergaderjaar 2019–2020, 26 643, nr. 679 14'.
  detect: (source) => /^De voorzitter: ?$/m.test(source.text) && /^Tweede Kamer, vergaderjaar \d{4}[–-]\d{4}, /m.test(source.text),
  parse: parseDebatePdf,
};
