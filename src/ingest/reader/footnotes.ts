import type { FootnoteCall } from '../../model/document.ts';
import type { ReaderLine } from './lines.ts';

/**
 * Footnotes of a reader's copy: the markers are bare numbers glued to the word before them ("op
 * 9 mei 20231", "de motie2"), the texts stand at the end, one a line: "3 Kamerstuk 28 844, nr. 261".
 * A bare number is a call only where a footnote of that number exists and it comes in order
 * after the previous call: years, amounts and article numbers stay text.
 */

export interface ReaderFootnote {
  number: number;
  text: string;
  line: number;
}

const FOOTNOTE_TEXT = /^(\d{1,3}) (\S.*)$/;

/**
 * The footnote texts that end the document: a run of lines numbered 1, 2, 3 … up to the last
 * line. Returns them and the index where they start (the body ends there).
 */
export function trailingFootnotes(lines: ReaderLine[]): { footnotes: ReaderFootnote[]; start: number } {
  let start = lines.length;
  let expected: number | undefined;
  for (let index = lines.length - 1; index >= 0; index--) {
    const match = FOOTNOTE_TEXT.exec(lines[index]!.text);
    if (!match) break;
    const number = Number(match[1]);
    if (expected !== undefined && number !== expected) break;
    start = index;
    if (number === 1) break;
    expected = number - 1;
  }
  const run = lines.slice(start);
  if (run.length === 0 || Number(FOOTNOTE_TEXT.exec(run[0]!.text)![1]) !== 1) return { footnotes: [], start: lines.length };
  return {
    footnotes: run.map(({ text, line }) => {
      const match = FOOTNOTE_TEXT.exec(text)!;
      return { number: Number(match[1]), text: match[2]!, line };
    }),
    start,
  };
}

/**
 * Finds the call of footnote `number` in `text` from character `from`: the number right after a
 * letter or a closing punctuation mark, not followed by another digit; after digits only where
 * those form a year ("20231": 2023 and call 1). Returns the offset where the call starts.
 */
export function findCall(text: string, number: number, from: number): number | undefined {
  const pattern = new RegExp(`(?<=[\\p{L}\\p{N}.,;:!?)»”’'])${number}(?!\\p{N})`, 'gu');
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const digitsBefore = /\p{N}*$/u.exec(text.slice(0, match.index))![0];
    if (digitsBefore === '' || /^(?:1[89]|20)\d{2}$/.test(digitsBefore)) return match.index;
  }
  return undefined;
}

/**
 * Takes the footnote calls out of the body's paragraphs, in footnote order: each call is searched
 * after the previous one. Returns each paragraph's text without its markers and its calls, and the
 * numbers whose call was not found.
 */
export function takeCalls(paragraphs: string[], numbers: number[]): { texts: string[]; calls: FootnoteCall[][]; missing: number[] } {
  const texts = [...paragraphs];
  const calls: FootnoteCall[][] = paragraphs.map(() => []);
  const missing: number[] = [];
  let paragraph = 0;
  let offset = 0;
  for (const number of numbers) {
    let found: { paragraph: number; offset: number } | undefined;
    for (let index = paragraph; index < texts.length && !found; index++) {
      const at = findCall(texts[index]!, number, index === paragraph ? offset : 0);
      if (at !== undefined) found = { paragraph: index, offset: at };
    }
    if (!found) {
      missing.push(number);
      continue;
    }
    const text = texts[found.paragraph]!;
    texts[found.paragraph] = text.slice(0, found.offset) + text.slice(found.offset + String(number).length);
    calls[found.paragraph]!.push({ number, offset: found.offset });
    paragraph = found.paragraph;
    offset = found.offset;
  }
  return { texts, calls, missing };
}
