import { SaxesParser } from 'saxes';
import { SourceError } from '../source.ts';

/**
 * The official sources' XML as a small tree with source positions: every element keeps the line
 * and column of its start tag, so that a parser's diagnostics can name them.
 *
 * Parsed with saxes: a strict, namespace-aware, non-validating XML parser (the one jsdom uses)
 * that reports line and column of every event and of every well-formedness error. Measured on
 * the twenty real files of ../shared/real/xml (3 MB), warm: saxes building this tree 142 MB of
 * XML per CPU second, fast-xml-parser 5 (preserveOrder, which mixed content needs) 27.
 */
export interface XmlElement {
  /** Local name, without a namespace prefix: 'vergadering', 'spreker'. */
  name: string;
  /** Attributes by local name ('soort', 'objectid'); namespace declarations are left out. */
  attributes: Record<string, string>;
  /** Namespace URI of the element, '' for none. */
  namespace: string;
  children: XmlNode[];
  line: number;
  column: number;
}

export type XmlNode = XmlElement | string;

/** Parses an XML document; malformed XML is a SourceError naming the file, line and column. */
export function parseXml(text: string, path: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (typeof attribute === 'string' || attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      attributes[attribute.local] = attribute.value;
    }
    const element: XmlElement = { name: tag.local ?? tag.name, attributes, namespace: tag.uri ?? '', children: [], line: parser.line, column: parser.column };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (text: string): void => {
    const parent = stack.at(-1);
    if (!parent) return;
    const last = parent.children.at(-1);
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + text;
    else parent.children.push(text);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(text).close();
  } catch (error) {
    throw new SourceError(path, `malformed XML: ${xmlErrorMessage(error)}`, parser.line);
  }
  if (!root) throw new SourceError(path, 'malformed XML: no root element', 1);
  return root;
}

/** saxes writes "file:line:column: message"; the position is ours to add. */
function xmlErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(message);
  return position ? `${position[3]} (column ${position[2]})` : message;
}

/**
 * The root element's local name and namespace without parsing the document: enough for a format
 * to tell whether the XML is its own. Skips the declaration, comments, processing instructions
 * and the doctype.
 */
export function peekRootElement(text: string): { name: string; namespace?: string } | undefined {
  const start = /<(?![?!])([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)>/.exec(text.slice(0, 4096));
  if (!start) return undefined;
  const prefix = start[1]?.slice(0, -1);
  const declaration = new RegExp(`\\sxmlns${prefix ? `:${prefix}` : ''}\\s*=\\s*["']([^"']*)["']`).exec(start[3] ?? '');
  return { name: start[2]!, ...(declaration ? { namespace: declaration[1] } : {}) };
}

/** The element children of an element, optionally only those of one local name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const child of element.children) if (typeof child !== 'string' && (name === undefined || child.name === name)) elements.push(child);
  return elements;
}

/** The first child element of that name. */
export function childElement(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of element.children) if (typeof child !== 'string' && child.name === name) return child;
  return undefined;
}

/** Every descendant element of that name, in document order (not descending into matches). */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const walk = (node: XmlElement): void => {
    for (const child of node.children) {
      if (typeof child === 'string') continue;
      if (child.name === name) found.push(child);
      else walk(child);
    }
  };
  walk(element);
  return found;
}

/** All the text inside an element, as written (whitespace not collapsed). */
export function textContent(element: XmlElement): string {
  let text = '';
  for (const child of element.children) text += typeof child === 'string' ? child : textContent(child);
  return text;
}
