import { isSpeakerLabel } from '../debate/speaker-labels.ts';
import { normaliseSpaces } from '../text/spaces.ts';
import { childElement, textContent, type XmlElement } from '../xml/tree.ts';

/**
 * The text of a VLOS `<tekst>`: its paragraphs (`<alineaitem>`), in order, whether they stand in
 * an `<alinea>`, a `<lijst>` or an `<alineagroep>` (a motion's text and the chair's note on it).
 */
export interface VlosParagraph {
  text: string;
  /** An item of a `<lijst>`. */
  listItem: boolean;
  /** The `type` of the `<alineagroep>` it stands in: 'Motietekst', 'Motieinfo'. */
  group?: string;
  /** The printed label joined to the paragraph's text ("De voorzitter:"), where `joinLabels` joined one. */
  label?: string;
  line: number;
  column: number;
}

/** The text of an element with its whitespace as one space: inline markup (`<nadruk>`, `<dossiernummer>`) read as text. */
export function elementText(element: XmlElement | undefined): string {
  return element ? normaliseSpaces(textContent(element)) : '';
}

/** The text of a child element, '' where there is none. */
export function childText(element: XmlElement, name: string): string {
  return elementText(childElement(element, name));
}

/** Every paragraph of a `<tekst>` in reading order; empty ones (`<alineaitem/>`) are left out. */
export function paragraphsOf(tekst: XmlElement | undefined): VlosParagraph[] {
  const paragraphs: VlosParagraph[] = [];
  const add = (item: XmlElement, listItem: boolean, group: string | undefined): void => {
    const text = elementText(item);
    if (text !== '') paragraphs.push({ text, listItem, line: item.line, column: item.column, ...(group ? { group } : {}) });
  };
  const walk = (element: XmlElement, listItem: boolean, group: string | undefined): void => {
    for (const child of element.children) {
      if (typeof child === 'string') {
        // Text outside an <alineaitem> is not the schema's, but it is the transcript's: kept as a paragraph.
        const text = normaliseSpaces(child);
        if (text !== '') paragraphs.push({ text, listItem, line: element.line, column: element.column, ...(group ? { group } : {}) });
      } else if (child.name === 'lijst') walk(child, true, group);
      else if (child.name === 'alineagroep') walk(child, listItem, child.attributes.type ?? group);
      else if (child.name === 'alinea') walk(child, listItem, group);
      // An <alineaitem>, or an element the schema does not put here: one paragraph, its markup read as text.
      else add(child, listItem, group);
    }
  };
  if (tekst) walk(tekst, false, undefined);
  return paragraphs;
}

/**
 * A printed speaker label ("De voorzitter:", "De heer Dijk (SP):") that heads text which is not a
 * turn of its own (a decision, a note on a motion, a notice) is joined to the paragraph it
 * introduces, so that the text still says who speaks.
 */
export function joinLabels(paragraphs: VlosParagraph[]): VlosParagraph[] {
  const joined: VlosParagraph[] = [];
  for (let index = 0; index < paragraphs.length; index++) {
    const paragraph = paragraphs[index]!;
    const next = paragraphs[index + 1];
    if (next && isSpeakerLabel(paragraph.text) && next.group === paragraph.group) {
      joined.push({ ...next, text: `${paragraph.text} ${next.text}`, label: paragraph.text, line: paragraph.line, column: paragraph.column });
      index++;
    } else {
      joined.push(paragraph);
    }
  }
  return joined;
}
