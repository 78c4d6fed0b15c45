import type { Block, Footnote, FootnoteCall, Heading, Passage } from '../../model/document.ts';
import type { AnchorAllocator } from '../anchors.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { childElement, childElements, type XmlElement } from '../xml/tree.ts';
import { inlineText, plainText, type InlineText, type NoteText } from './text.ts';

/**
 * The running text of an official publication (op-xsd and the older kamerwrk) as blocks:
 * paragraphs (`al`), headings (`tussenkop`, `tuskop`, a `divisie`'s `kop`), list items (`li`),
 * signatures (`ondertekening`), and footnotes with the anchor of the passage that calls them.
 * Containers (`al-groep`, `tekst`, `vrije-tekst`, …) are read through. An element this reader
 * does not know keeps its text as a paragraph and is reported, never dropped.
 */
export interface BodyReader {
  readonly blocks: Block[];
  /** The signatures met, in order: what a `functie` and `naam` say. */
  readonly signatures: Signature[];
  /** Reads the block-level children of an element into `blocks`. */
  readChildren(element: XmlElement, depth?: number): void;
  /** Reads one block-level element. */
  read(element: XmlElement, depth?: number): void;
  /** A passage of running text (footnotes in it recorded), for formats that place it themselves. */
  passage(text: InlineText, scope?: string): Passage;
  /** The footnotes met so far, in number order. */
  footnotes(): Footnote[];
}

/** A signature under a letter or report: 'De Minister van Binnenlandse Zaken en Koninkrijksrelaties,' + 'H.G.J. Bruins Slot'. */
export interface Signature {
  office?: string;
  /** The name as printed, initials and all. */
  name: string;
  /** The surname (achternaam) where the XML marks it. */
  surname?: string;
}

/** Read through: they hold blocks, not text. */
const CONTAINERS = new Set([
  'algemeen', 'vrije-tekst', 'tekst', 'al-groep', 'stuk-inhoud', 'tekst-sluiting', 'li-groep', 'body', 'bijlage',
  'slotformulering', 'considerans', 'aanhef', 'wijziging',
]);
/** Layout only: an empty line (`witreg`), a page break, metadata. */
const LAYOUT = new Set(['witreg', 'metadata', 'meta', 'pagebreak', 'colspec']);
/** Bullets that carry no words of their own. */
const BULLET = /^[\s–—•·*-]*$/;
/** A numbered heading as printed: '1. Inleiding', '2.1 Digitale Rijksdienst'. */
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/s;

export function createBodyReader(anchors: AnchorAllocator, diagnostics: Diagnostics): BodyReader {
  const blocks: Block[] = [];
  const signatures: Signature[] = [];
  const notes: NoteText[] = [];
  const callers = new Map<number, string>();

  const record = (calls: FootnoteCall[], anchor: string): void => {
    for (const call of calls) if (!callers.has(call.number)) callers.set(call.number, anchor);
  };

  const passage = (text: InlineText, scope = ''): Passage => {
    const made: Passage = { anchor: anchors.passage(text.text, scope), text: text.text };
    if (text.footnoteCalls.length > 0) made.footnoteCalls = text.footnoteCalls;
    record(text.footnoteCalls, made.anchor);
    return made;
  };

  const paragraph = (element: XmlElement, prefix = '', listItem = false): void => {
    const text = inlineText(element, notes);
    if (text.text === '') return;
    const withPrefix = prefix === '' ? text : { text: `${prefix} ${text.text}`, footnoteCalls: text.footnoteCalls.map((call) => ({ ...call, offset: call.offset + prefix.length + 1 })) };
    const made = passage(withPrefix);
    if (listItem) made.listItem = true;
    blocks.push({ type: 'paragraph', passage: made });
  };

  const heading = (text: InlineText, level: number, number?: string): void => {
    if (text.text === '' && number === undefined) return;
    const numbered = number === undefined ? NUMBERED.exec(text.text) : undefined;
    const title = numbered ? numbered[2]! : text.text;
    const printedNumber = number ?? numbered?.[1];
    const shift = text.text.length - title.length;
    const block: Heading = {
      type: 'heading',
      anchor: anchors.passage(printedNumber ? `${printedNumber} ${title}` : title, 'heading'),
      level,
      ...(printedNumber ? { number: printedNumber.replace(/\.$/, '') } : {}),
      title,
    };
    const calls = text.footnoteCalls.map((call) => ({ number: call.number, offset: Math.max(0, call.offset - shift) }));
    if (calls.length > 0) block.footnoteCalls = calls;
    record(calls, block.anchor);
    blocks.push(block);
  };

  const signature = (element: XmlElement): void => {
    const office = plainText(childElement(element, 'functie'));
    const nameElement = childElement(element, 'naam');
    const name = plainText(nameElement);
    const surname = nameElement ? plainText(childElement(nameElement, 'achternaam')) : '';
    for (const line of [office, name]) {
      if (line !== '') blocks.push({ type: 'procedural', passage: passage({ text: line, footnoteCalls: [] }), role: 'other' });
    }
    if (name !== '') signatures.push({ name, ...(office ? { office } : {}), ...(surname ? { surname } : {}) });
  };

  const reader: BodyReader = {
    blocks,
    signatures,
    passage,
    readChildren(element, depth = 0) {
      for (const child of childElements(element)) reader.read(child, depth);
    },
    read(element, depth = 0) {
      const name = element.name;
      if (LAYOUT.has(name)) return;
      if (CONTAINERS.has(name)) return reader.readChildren(element, depth);
      switch (name) {
        case 'al':
          return paragraph(element);
        case 'tussenkop':
        case 'tuskop':
          // Printed in italics ('cur') a heading ranks under the bold ones.
          return heading(inlineText(element, notes), depth + (/^cur/.test(element.attributes.kopopmaak ?? element.attributes.letat ?? '') ? 2 : 1));
        case 'divisie': {
          const kop = childElement(element, 'kop');
          if (kop) readKop(kop, depth + 1);
          for (const child of childElements(element)) if (child !== kop) reader.read(child, depth + 1);
          return;
        }
        case 'kop':
          return readKop(element, depth + 1);
        case 'lijst':
          for (const item of childElements(element)) reader.read(item, depth);
          return;
        case 'li': {
          const number = plainText(childElement(element, 'li.nr'));
          const prefix = BULLET.test(number) ? '' : number;
          let first = true;
          for (const child of childElements(element)) {
            if (child.name === 'li.nr') continue;
            if (child.name === 'al' && first) {
              paragraph(child, prefix, true);
              first = false;
            } else reader.read(child, depth);
          }
          return;
        }
        case 'ondertekening':
          return signature(element);
        default: {
          const text = inlineText(element, notes);
          if (text.text === '') return;
          diagnostics.warn(`element <${name}> is not read as structure; its text is kept as a paragraph`, element.line, element.column);
          blocks.push({ type: 'paragraph', passage: passage(text) });
        }
      }
    },
    footnotes() {
      const seen = new Set<number>();
      return [...notes]
        .sort((a, b) => a.number - b.number)
        .map((note) => {
          const anchor = seen.has(note.number) ? anchors.passage(note.text, 'footnote') : anchors.fixed(`voetnoot-${note.number}`);
          if (seen.has(note.number)) diagnostics.warn(`footnote number ${note.number} is used twice`, note.line);
          seen.add(note.number);
          const calledFrom = callers.get(note.number);
          return { number: note.number, anchor, text: note.text, ...(calledFrom ? { calledFrom } : {}) };
        });
    },
  };

  function readKop(kop: XmlElement, level: number): void {
    const parts = ['label', 'nr'].map((part) => plainText(childElement(kop, part))).filter(Boolean);
    const titleElement = childElement(kop, 'titel');
    const title = titleElement ? inlineText(titleElement, notes) : { text: '', footnoteCalls: [] };
    heading(title, level, parts.length > 0 ? parts.join(' ') : undefined);
  }

  return reader;
}
