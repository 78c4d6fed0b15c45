import type { FootnoteCall } from '../../model/document.ts';

/**
 * Footnotes written with superscript digits, as a PDF export leaves them: the call '…technologie¹?'
 * in the running text, and the footnote text as a line of its own that starts with the same
 * superscript number ('¹ Bron: …'), placed where the original page ended.
 */

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/gu;
const FOOTNOTE_TEXT_LINE = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*(\S.*)$/u;

/** '¹⁰' → 10: a run of superscript digits is one number. */
export function superscriptNumber(run: string): number {
  return Number([...run].map((digit) => SUPERSCRIPT_DIGITS.indexOf(digit)).join(''));
}

/** A line that starts a footnote text: '¹¹ Non-Paper by the Netherlands …' → { number: 11, text }. */
export function parseFootnoteTextLine(line: string): { number: number; text: string } | undefined {
  const match = FOOTNOTE_TEXT_LINE.exec(line.trim());
  return match ? { number: superscriptNumber(match[1]!), text: match[2]! } : undefined;
}

/** The footnote numbers called in a (raw) text, in order. */
export function footnoteNumbersIn(text: string): number[] {
  return [...text.matchAll(SUPERSCRIPT_RUN)].map((match) => superscriptNumber(match[0]));
}

/**
 * Removes the superscript calls from a plain text and records where they stood. A call that stood
 * between two spaces leaves one space, so the text keeps single spaces.
 */
export function takeFootnoteCalls(text: string): { text: string; calls: FootnoteCall[] } {
  const calls: FootnoteCall[] = [];
  let plain = '';
  let last = 0;
  for (const match of text.matchAll(SUPERSCRIPT_RUN)) {
    plain += text.slice(last, match.index);
    last = match.index + match[0].length;
    if (plain.endsWith(' ') && /^\s/.test(text.slice(last))) plain = plain.slice(0, -1);
    calls.push({ number: superscriptNumber(match[0]), offset: plain.length });
  }
  plain += text.slice(last);
  const trimmed = plain.trimStart();
  const shift = plain.length - trimmed.length;
  return {
    text: trimmed.trimEnd(),
    calls: calls.map((call) => ({ ...call, offset: Math.max(0, call.offset - shift) })),
  };
}
