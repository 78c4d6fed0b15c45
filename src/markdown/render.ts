import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { ParliamentaryDocument } from '../model/document.ts';
import { remarkVerslag, verslagHastHandlers, type RemarkVerslagOptions } from './remark-verslag.ts';
import { toDirectiveTree } from './write.ts';

/**
 * A document's body as HTML: the directive tree of its annotated Markdown, turned into semantic
 * HTML by our remark plugin, remark-rehype and rehype-stringify. Building the tree from the model
 * skips parsing the Markdown back (two thirds of the cost); a test proves both give the same HTML.
 */
export function renderDocumentHtml(doc: ParliamentaryDocument, options: RemarkVerslagOptions): string {
  const processor = unified().use(remarkVerslag, options).use(remarkRehype, { handlers: verslagHastHandlers }).use(rehypeStringify);
  const file = { path: `${doc.id}.md` };
  const tree = processor.runSync(toDirectiveTree(doc) as Root, file as never);
  return processor.stringify(tree);
}
