import type { FootnoteCall } from '../../model/document.ts';
import { childElements, type XmlElement } from '../xml/tree.ts';

/**
 * The running text of the official publications' XML (op-xsd, kamerwrk): an element's words with
 * inline markup (nadruk, extref, inf, …) flattened, whitespace collapsed and footnotes (`noot`)
 * taken out as calls at the offset where they stood.
 *
 * Some copies were re-indented by a third party's tool: every text node on its own line, so that
 * "Bergkamp\n (\n D66\n ):" and "nr.\n 253\n )." carry line breaks that are layout, not text. A
 * run of whitespace with a line break in it is therefore dropped next to punctuation that hugs
 * its neighbour (before ",.;:!?)" or after "("), and is one space elsewhere — which is also how
 * the hard line breaks inside the older kamerwrk paragraphs are joined.
 */

/** A footnote met in running text: its number as printed and its own text. */
export interface NoteText {
  number: number;
  text: string;
  line: number;
}

export interface InlineText {
  text: string;
  footnoteCalls: FootnoteCall[];
}

const HUGS_PREVIOUS = new Set([...',.;:!?)]»”’']);
const HUGS_NEXT = new Set([...'([«“‘']);
/** Stands in for a footnote call while whitespace is collapsed; not a character of any source. */
const CALL = '\u0000';

/**
 * The text of an element. Footnotes inside it are appended to `notes` and become calls; elements
 * named in `skip` (and their text) are left out.
 */
export function inlineText(element: XmlElement, notes: NoteText[], skip: ReadonlySet<string> = NO_SKIP): InlineText {
  const numbers: number[] = [];
  let raw = '';
  const walk = (node: XmlElement): void => {
    for (const child of node.children) {
      if (typeof child === 'string') raw += child;
      else if (child.name === 'noot') {
        const note = readNote(child);
        notes.push(note);
        numbers.push(note.number);
        raw += CALL;
      } else if (child.name === 'br') raw += ' ';
      else if (!skip.has(child.name)) walk(child);
    }
  };
  walk(element);
  return placeCalls(collapseLayout(raw), numbers);
}

/** Plain text of an element, footnotes and all, collapsed: for titles, names and metadata. */
export function plainText(element: XmlElement | undefined): string {
  if (!element) return '';
  return inlineText(element, []).text;
}

const NO_SKIP: ReadonlySet<string> = new Set();

/** `<noot><noot.nr>3</noot.nr><noot.al>…</noot.al></noot>` → number and text. */
function readNote(note: XmlElement): NoteText {
  const numberElement = childElements(note, 'noot.nr')[0];
  const number = Number.parseInt(numberElement ? plainText(numberElement) : '', 10);
  const paragraphs = childElements(note).filter((child) => child.name !== 'noot.nr');
  const text = paragraphs.map((paragraph) => inlineText(paragraph, []).text).filter(Boolean).join(' ');
  return { number: Number.isNaN(number) ? 0 : number, text, line: note.line };
}

/** Whitespace as the rules above say: layout breaks next to hugging punctuation dropped, other runs one space, trimmed. */
export function collapseLayout(raw: string): string {
  // Single spaces, most of the whitespace, are left alone: the pattern finds only the runs to rewrite.
  const collapsed = raw.replace(/[^\S ]\s*| \s+/g, (run, index: number) => {
    if (!run.includes('\n')) return ' ';
    const before = raw[index - 1] ?? '';
    const after = raw[index + run.length] ?? '';
    return HUGS_PREVIOUS.has(after) || HUGS_NEXT.has(before) ? '' : ' ';
  });
  return collapsed.trim();
}

/** Takes the call markers out of collapsed text, recording where each stood; a space left doubled by a call is one. */
function placeCalls(text: string, numbers: number[]): InlineText {
  if (numbers.length === 0) return { text, footnoteCalls: [] };
  const footnoteCalls: FootnoteCall[] = [];
  let out = '';
  let next = 0;
  for (const char of text) {
    if (char === CALL) {
      if (out.endsWith(' ')) out = out.slice(0, -1);
      footnoteCalls.push({ number: numbers[next++]!, offset: out.length });
      continue;
    }
    if (char === ' ' && (out.endsWith(' ') || out === '')) continue;
    out += char;
  }
  const trimmed = out.trimEnd();
  for (const call of footnoteCalls) call.offset = Math.min(call.offset, trimmed.length);
  return { text: trimmed, footnoteCalls };
}
