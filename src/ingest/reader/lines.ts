import { parseDateLine, VERGADERJAAR } from '../text/dates.ts';
import { normaliseSpaces } from '../text/spaces.ts';
import { continuesAcrossBreak, joinAcrossBreak } from '../debate/paragraphs.ts';

/**
 * A reader's copy: the text a person gets by copying a document from its official page. Header
 * lines first ("Tweede Kamer der Staten-Generaal", "Vergaderjaar 2024-2025", the title, the date),
 * then one paragraph per line (or block of lines), blank lines between, labels and headings alone
 * on their lines, footnote texts at the end as "3 Kamerstuk 28 844, nr. 261".
 */

/** One paragraph of a reader's copy, with the 1-based line where it starts. */
export interface ReaderLine {
  text: string;
  line: number;
}

/**
 * The paragraphs of a reader's copy: every line is one, except where a hard-wrapped paragraph
 * plainly runs on to the next line (a break inside a clause, see continuesAcrossBreak).
 */
export function readerLines(text: string): ReaderLine[] {
  const lines: ReaderLine[] = [];
  let previousBlank = true;
  text.split('\n').forEach((raw, index) => {
    const line = normaliseSpaces(raw);
    if (line === '') {
      previousBlank = true;
      return;
    }
    const previous = lines.at(-1);
    if (!previousBlank && previous && continuesAcrossBreak(previous.text, line)) previous.text = joinAcrossBreak(previous.text, line);
    else lines.push({ text: line, line: index + 1 });
    previousBlank = false;
  });
  return lines;
}

/**
 * A heading of a reader's copy: a short line on its own (at most ten words) that starts with a
 * capital or a digit and ends without punctuation ("Opening", "Europese Top", "2. De
 * probleemstelling", "Artikel V"). A speaker's broken-off words ("De tweede …"), a stage
 * direction ("(Hilariteit)") or a line ending in a stop are not.
 */
export function isHeadingLine(text: string): boolean {
  return (
    text.length <= 90 &&
    text.split(' ').length <= 10 &&
    /^[\p{Lu}\d]/u.test(text) &&
    !/[.,;:?!…"»”’')]$/u.test(text) &&
    !text.includes('…')
  );
}

/** What a reader's copy's first lines say of the document: the Kamer, the vergaderjaar, the title line and the date. */
export interface ReaderHeader {
  /** The title line (a Handelingen item's number left off: "4 Wmo / Mantelzorg" → "Wmo / Mantelzorg"). */
  title?: string;
  titleLine?: number;
  date?: string;
  dateLine?: number;
  /** Index in `lines` of the first line after the header. */
  end: number;
}

/** The Kamer's line, with the page count the official page prints after it: "Tweede Kamer der Staten-Generaal 2". */
export const KAMER = /^(?:(?:Tweede|Eerste) Kamer der )?Staten-Generaal(?: \d+)?$/;
/** How far into a document the header may reach. */
const HEADER_LINES = 8;

/**
 * Reads the header: the Kamer and vergaderjaar lines, then the title line, then (in debates) a
 * date line. The lines stay in the document; this only says what they are.
 */
export function readHeader(lines: ReaderLine[]): ReaderHeader {
  const header: ReaderHeader = { end: 0 };
  let index = 0;
  while (index < lines.length && index < 2 && (KAMER.test(lines[index]!.text) || VERGADERJAAR.test(lines[index]!.text))) index++;
  if (index === 0) return header;
  const title = lines[index];
  if (title && parseDateLine(title.text) === undefined) {
    header.title = title.text.replace(/^\d{1,3} (?=\p{Lu})/u, '');
    header.titleLine = title.line;
    index++;
  }
  header.end = index;
  for (let at = index; at < Math.min(lines.length, HEADER_LINES); at++) {
    const date = parseDateLine(lines[at]!.text);
    if (date) {
      header.date = date;
      header.dateLine = lines[at]!.line;
      break;
    }
  }
  // A plenary day's title is its number and date: "103e vergadering, woensdag 2 juli 2025".
  if (!header.date && header.title) header.date = parseDateLine(header.title);
  return header;
}
