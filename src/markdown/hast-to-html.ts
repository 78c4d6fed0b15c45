import type { ElementContent, Properties, Root } from 'hast';
import { htmlVoidElements } from 'html-void-elements';
import { find, html, type Info } from 'property-information';
import type { Plugin, Processor } from 'unified';
import { characterReference } from './character-reference.ts';

/**
 * Serialises the hast of a document body (directiveTreeToHast: elements and text, nothing else)
 * into exactly the HTML hast-util-to-html writes with its defaults: the same escapes (hexadecimal
 * references for `<` and `&` in text, for `"`, `&`, `'`, `` ` `` and NUL in attribute values), the
 * same attribute names (property-information) and the same void elements. hast-util-to-html
 * spends half of a document's rendering looking up and escaping each attribute and text one by
 * one; this does each lookup once per property name and each escape in one pass over a string.
 * render.test.ts compares the two on the seeds and on generated documents of every format. Any
 * other node type, and the elements hast-util-to-html writes by other rules (script, style, svg,
 * math, template), is an error, so that a tree this was not written for is never serialised wrong
 * in silence.
 */
export function hastToHtml(tree: Root): string {
  let out = '';
  for (const node of tree.children) out += serialize(node as ElementContent);
  return out;
}

/** The unified compiler: use it where rehype-stringify would go. */
export const rehypeHastToHtml: Plugin<[], Root, string> = function () {
  // Typed as rehype-stringify is: a plugin whose processor compiles hast into a string.
  (this as unknown as Processor<undefined, undefined, undefined, Root, string>).compiler = hastToHtml;
};

/** `<` and `&`, as hast-util-to-html escapes text. */
const TEXT_ESCAPES = /[<&]/g;
/** What hast-util-to-html escapes in a double-quoted attribute value (without allowParseErrors or allowDangerousCharacters). */
const ATTRIBUTE_ESCAPES = /[\0"&'`]/g;
/** What it escapes in an attribute name. */
const NAME_ESCAPES = /[\0\t\n\f\r "&'/<=>`]/g;

const VOID = new Set(htmlVoidElements);
/** Elements hast-util-to-html writes by other rules: raw text (not escaped) and foreign or template content. */
const OTHER_RULES = new Set(['script', 'style', 'svg', 'math', 'template']);

function serialize(node: ElementContent): string {
  if (node.type === 'text') return node.value.replace(TEXT_ESCAPES, characterReference);
  if (node.type !== 'element') throw new Error(`cannot serialise a "${node.type}" node of a document body`);
  if (OTHER_RULES.has(node.tagName)) throw new Error(`cannot serialise a <${node.tagName}> element of a document body`);
  let content = '';
  for (const child of node.children) content += serialize(child);
  const attributes = serializeAttributes(node.properties);
  const open = `<${node.tagName}${attributes ? ` ${attributes}` : ''}>`;
  // A void element with children is written as an ordinary one, as hast-util-to-html does.
  return !content && VOID.has(node.tagName.toLowerCase()) ? open : `${open}${content}</${node.tagName}>`;
}

function serializeAttributes(properties: Properties): string {
  let out = '';
  for (const key in properties) {
    const attribute = serializeAttribute(key, properties[key]);
    if (attribute) out += out ? ` ${attribute}` : attribute;
  }
  return out;
}

/** property-information's answer per property name and the name as written, worked out once: a body has a few dozen names and thousands of attributes. */
const attributeByProperty = new Map<string, { info: Info; name: string }>();

function serializeAttribute(key: string, given: Properties[string]): string {
  let attribute = attributeByProperty.get(key);
  if (!attribute) {
    const info = find(html, key);
    attributeByProperty.set(key, (attribute = { info, name: info.attribute.replace(NAME_ESCAPES, characterReference) }));
  }
  const { info, name } = attribute;
  let value = given;
  if (info.overloadedBoolean && (value === info.attribute || value === '')) value = true;
  else if ((info.boolean || info.overloadedBoolean) && (typeof value !== 'string' || value === info.attribute || value === '')) value = Boolean(value);
  if (value === null || value === undefined || value === false || (typeof value === 'number' && Number.isNaN(value))) return '';
  if (value === true) return name;
  if (Array.isArray(value)) {
    if (info.commaSeparated) throw new Error(`cannot serialise the comma-separated attribute ${info.attribute} of a document body`);
    value = value.join(' ').trim();
  }
  return `${name}="${String(value).replace(ATTRIBUTE_ESCAPES, characterReference)}"`;
}
