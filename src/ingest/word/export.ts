import type { ExportArtefact } from '../../model/document.ts';
import { Diagnostics } from '../diagnostics.ts';
import { normaliseSpaces } from '../text/spaces.ts';

/** A footnote's text as Word writes it inline: `[8:  Kamerstukken II 2024/2025, …]`. */
export interface FootnoteText {
  number: number;
  text: string;
  /** 1-based source line where the footnote text starts. */
  line: number;
}

/** A footnote call `[footnoteRef:8]` and the 1-based source line it stands on. */
export interface FootnoteCallSite {
  number: number;
  line: number;
}

/** A Word export with its artefacts taken out; `lines[i]` is source line i + 1. */
export interface CleanedWordExport {
  lines: string[];
  /** In source order. */
  footnoteTexts: FootnoteText[];
  /** In source order; the calls themselves are still in `lines`, see `takeFootnoteCalls`. */
  footnoteCalls: FootnoteCallSite[];
  artefacts: ExportArtefact[];
}

export interface CleanOptions {
  /** The export starts with the tail of an image's alt text ("… is mogelijk onjuist.]"). */
  altTextTail?: boolean;
}

const FOOTNOTE_TEXT_OPENING = /\[(\d+):\s/g;
const BOOKMARK = /\[bookmark: [^\]\n]*\]/g;
const FOOTNOTE_CALL = /\[footnoteRef:(\d+)\]/g;
/** `[footnoteRef:5][1]`: the `[1]` is the footnote's number in the document it was copied from. */
const STALE_MARK_AFTER_CALL = /(\[footnoteRef:\d+\])\[(\d+)\]/g;
const STALE_MARK_IN_FOOTNOTE = /^\[\d+\]\s*/;

/**
 * Takes the artefacts of a Word export out of its text: bookmarks, inline footnote texts, stale
 * footnote marks and (optionally) a leading alt-text tail. Every removed span is replaced by the
 * line breaks it contained, so line numbers stay those of the source. Footnote calls and texts
 * are checked against each other: each call needs its text and each text its call.
 */
export function cleanWordExport(path: string, source: string, options: CleanOptions = {}, diagnostics = new Diagnostics(path)): CleanedWordExport {
  const artefacts: ExportArtefact[] = [];
  let text = source;
  if (options.altTextTail) text = removeAltTextTail(text, artefacts);
  // Stale marks after calls first: the marks of a line are then recorded in source order.
  text = text.replace(STALE_MARK_AFTER_CALL, (_match: string, call: string, mark: string, offset: number) => {
    artefacts.push({ line: lineAt(text, offset), text: `[${mark}]`, reason: 'stale footnote mark' });
    return call;
  });
  const extracted = extractFootnoteTexts(text, artefacts, diagnostics);
  text = extracted.text.replace(BOOKMARK, keepLineBreaks);
  const footnoteCalls = [...text.matchAll(FOOTNOTE_CALL)].map((match) => ({
    number: Number(match[1]),
    line: lineAt(text, match.index),
  }));
  const footnoteTexts = checkCallsAgainstTexts(footnoteCalls, extracted.footnoteTexts, diagnostics);
  artefacts.sort((a, b) => a.line - b.line);
  return { lines: text.split('\n'), footnoteTexts, footnoteCalls, artefacts };
}

/** The export begins inside an image's alt text: everything up to its closing `]` is not the document's. */
function removeAltTextTail(text: string, artefacts: ExportArtefact[]): string {
  const tail = /^[^[\]]*\]/.exec(text);
  // Only within the first paragraph: a `]` further on belongs to the text, not to an image.
  if (!tail || /\n\s*\n/.test(tail[0])) return text;
  artefacts.push({ line: 1, text: normaliseSpaces(tail[0]), reason: 'image alt text' });
  return keepLineBreaks(tail[0]) + text.slice(tail[0].length);
}

/** Inline footnote texts may span lines and contain brackets of their own (`[5: [1] Rapport]`). */
function extractFootnoteTexts(text: string, artefacts: ExportArtefact[], diagnostics: Diagnostics): { text: string; footnoteTexts: FootnoteText[] } {
  const footnoteTexts: FootnoteText[] = [];
  let result = '';
  let copiedUpTo = 0;
  FOOTNOTE_TEXT_OPENING.lastIndex = 0;
  for (let opening = FOOTNOTE_TEXT_OPENING.exec(text); opening; opening = FOOTNOTE_TEXT_OPENING.exec(text)) {
    const line = lineAt(text, opening.index);
    const close = matchingBracket(text, opening.index);
    if (close < 0) {
      // Not a footnote text after all: it stays in the text, where the reader sees it.
      diagnostics.warn(`footnote text [${opening[1]}: …] has no closing bracket: kept as text`, line);
      continue;
    }
    let body = text.slice(opening.index + opening[0].length, close).replace(BOOKMARK, '').trim();
    const stale = STALE_MARK_IN_FOOTNOTE.exec(body);
    if (stale) {
      artefacts.push({ line, text: stale[0].trim(), reason: 'stale footnote mark' });
      body = body.slice(stale[0].length);
    }
    footnoteTexts.push({ number: Number(opening[1]), text: normaliseSpaces(body), line });
    result += text.slice(copiedUpTo, opening.index) + keepLineBreaks(text.slice(opening.index, close + 1));
    copiedUpTo = close + 1;
    FOOTNOTE_TEXT_OPENING.lastIndex = close + 1;
  }
  return { text: result + text.slice(copiedUpTo), footnoteTexts };
}

/** Index of the `]` that closes the `[` at `open`, or -1. */
function matchingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Checks calls and texts against each other and reports what does not pair: two texts of one
 * number are joined, a call without text gets an empty footnote (so the call leads somewhere), a
 * text without a call stays a footnote nothing calls. Returns the footnote texts to keep.
 */
function checkCallsAgainstTexts(calls: FootnoteCallSite[], texts: FootnoteText[], diagnostics: Diagnostics): FootnoteText[] {
  const byNumber = new Map<number, FootnoteText>();
  for (const footnote of texts) {
    const known = byNumber.get(footnote.number);
    if (known) {
      diagnostics.warn(`two footnote texts numbered ${footnote.number}: joined`, footnote.line);
      known.text = `${known.text} ${footnote.text}`;
    } else byNumber.set(footnote.number, { ...footnote });
  }
  const called = new Set<number>();
  for (const call of calls) {
    if (called.has(call.number)) diagnostics.warn(`footnote ${call.number} is called twice`, call.line);
    if (!byNumber.has(call.number)) {
      diagnostics.warn(`footnote ${call.number} is called but has no footnote text`, call.line);
      byNumber.set(call.number, { number: call.number, text: '', line: call.line });
    }
    called.add(call.number);
  }
  for (const footnote of byNumber.values()) {
    if (!called.has(footnote.number)) diagnostics.warn(`footnote text ${footnote.number} has no footnote call`, footnote.line);
  }
  return [...byNumber.values()];
}

/** A removed span leaves its line breaks behind, so that later lines keep their numbers. */
function keepLineBreaks(span: string): string {
  return span.replace(/[^\n]/g, '');
}

/** 1-based line of character `offset`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
