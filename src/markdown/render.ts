import type { Root } from 'mdast';
import { unified } from 'unified';
import type { ParliamentaryDocument } from '../model/document.ts';
import { rehypeHastToHtml } from './hast-to-html.ts';
import { remarkVerslag, type RemarkVerslagOptions } from './remark-verslag.ts';
import { rehypeDirectiveTree } from './to-hast.ts';
import { toDirectiveTree } from './write.ts';

/**
 * A document's body as HTML: the directive tree of its annotated Markdown, turned into semantic
 * HTML by our remark plugin, then into hast (what remark-rehype would make of it) and into the HTML
 * rehype-stringify would write (hast-to-html.ts). Building the tree from the model skips parsing
 * the Markdown back (two thirds of the cost); a test proves both give the same HTML.
 */
export function renderDocumentHtml(doc: ParliamentaryDocument, options: RemarkVerslagOptions): string {
  const processor = unified().use(remarkVerslag, options).use(rehypeDirectiveTree).use(rehypeHastToHtml);
  const file = { path: `${doc.id}.md` };
  const tree = processor.runSync(toDirectiveTree(doc) as Root, file as never);
  return processor.stringify(tree);
}
