import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { characterReference } from './character-reference.ts';

/**
 * Serialises a directive tree (what `toDirectiveTree` builds: containers of paragraphs and
 * containers, leaf and text directives, text) as Markdown that remark-parse with remark-directive
 * reads back to the same tree. remark-stringify does this for any mdast, but spent half the ingest
 * on it (a regular expression per unsafe pattern per text, and a rescan of every container's
 * content for its fence); this tree has five kinds of node, so its rules fit on a page. Any other
 * node is an error, not a guess. test/markdown/serialize.test.ts parses the output of every seed,
 * generated documents and random text back and compares the trees.
 */
export function directiveTreeToMarkdown(tree: Root): string {
  return tree.children.length === 0 ? '' : `${blocks(tree.children)}\n`;
}

type Block = RootContent;

// Concatenated, not joined: V8 concatenates by reference and copies the text once, when the file is
// written, where a join per container copied it again at every level of nesting.
function blocks(nodes: readonly Block[]): string {
  let out = '';
  for (let index = 0; index < nodes.length; index++) out += index === 0 ? block(nodes[index]!) : `\n\n${block(nodes[index]!)}`;
  return out;
}

function block(node: Block): string {
  switch (node.type) {
    case 'containerDirective': {
      const fence = ':'.repeat(3 + containerDepth(node));
      const head = `${fence}${node.name}${attributes(node.attributes)}`;
      return node.children.length === 0 ? `${head}\n${fence}` : `${head}\n${blocks(node.children)}\n${fence}`;
    }
    case 'leafDirective':
      return `::${node.name}${label(node.children)}${attributes(node.attributes)}`;
    case 'paragraph':
      return phrasing((node as Paragraph).children);
    default:
      throw new Error(`directiveTreeToMarkdown: unexpected ${node.type} node`);
  }
}

/** How many containers deep a container's content goes: a container's fence is longer than any inside it. */
function containerDepth(node: ContainerDirective): number {
  let depth = 0;
  for (const child of node.children) if (child.type === 'containerDirective') depth = Math.max(depth, 1 + containerDepth(child));
  return depth;
}

function label(children: readonly PhrasingContent[]): string {
  return children.length === 0 ? '' : `[${phrasing(children)}]`;
}

/** Inline content: text and text directives, on one line. */
function phrasing(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!;
    if (node.type === 'text') {
      out += escapeText((node as Text).value, index === 0, index === nodes.length - 1);
    } else if (node.type === 'textDirective') {
      const directive = node as TextDirective;
      out += `:${directive.name}${label(directive.children)}${attributes(directive.attributes)}`;
    } else {
      throw new Error(`directiveTreeToMarkdown: unexpected ${node.type} node in text`);
    }
  }
  return out;
}

/**
 * Characters that mean something in Markdown or in a directive anywhere in a line, escaped with a
 * backslash (CommonMark lets any ASCII punctuation be escaped). A colon only where it could start
 * a directive (`11:05`, `zie:ref`), not before a space (`Voorzitter: Diks`).
 */
const ALWAYS_ESCAPED = /[\\`*_[\]<&{}]|:(?! )/g;

/** At the start of a line: a heading, quote, list item, thematic break, setext underline or indented code. */
const LINE_START = /^(?:[#>+=~|-]|\d{1,9}(?=[.)]))/;

/**
 * Text as Markdown that reads back as the same characters. Line breaks and the spaces a paragraph
 * would trim (at its start and end) become character references, so every text stays on one line.
 */
function escapeText(value: string, atStart: boolean, atEnd: boolean): string {
  let text = value.replace(ALWAYS_ESCAPED, '\\$&');
  if (text.includes('\r')) text = text.replace(/\r/g, '&#xD;');
  if (text.includes('\n')) text = text.replace(/\n/g, '&#xA;');
  if (atStart) {
    text = text.replace(/^[ \t]+/, (spaces) => characterReferences(spaces));
    const start = LINE_START.exec(text);
    if (start) text = /^\d/.test(start[0]) ? `${start[0]}\\${text.slice(start[0].length)}` : `\\${text}`;
  }
  // Only a text that ends in a space or tab: a pattern anchored at the end is still tried at every space.
  if (atEnd && (text.endsWith(' ') || text.endsWith('\t'))) text = text.replace(/[ \t]+$/, (spaces) => characterReferences(spaces));
  return text;
}

function characterReferences(value: string): string {
  return [...value].map(characterReference).join('');
}

/** `{#id key="value" flag}`: the id as a shortcut where it is a plain name, values quoted with `"` and `&` as references. */
function attributes(values: Record<string, string | null | undefined> | null | undefined): string {
  let out = '';
  for (const key in values) {
    const value = values[key];
    if (value === undefined || value === null) continue;
    const part = key === 'id' && PLAIN_ID.test(value) ? `#${value}` : value === '' ? key : `${key}="${quoted(value)}"`;
    out = out === '' ? part : `${out} ${part}`;
  }
  return out === '' ? '' : `{${out}}`;
}

const PLAIN_ID = /^[A-Za-z0-9_-]+$/;

/** An attribute value inside `"…"`; most have nothing to replace, so one test spares four passes. */
function quoted(value: string): string {
  if (!/[&"\n\r]/.test(value)) return value;
  return value.replace(/&/g, '&#x26;').replace(/"/g, '&#x22;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');
}
