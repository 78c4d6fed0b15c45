import type { Element, ElementContent, Root as HastRoot, Text as HastText } from 'hast';
import type { Node, Parent, Root } from 'mdast';
import { trimLines } from 'trim-lines';

type Named = Parent & { data?: { hName?: string; hProperties?: Element['properties'] } };

/**
 * The directive tree, once remarkVerslag has named its nodes, as hast: exactly what remark-rehype
 * makes of it (render.test.ts compares the two), for the node types such a tree holds. Written out
 * because mdast-util-to-hast first walks the whole tree looking for link definitions, which our
 * trees never hold: a fifth of the time to render a document. Any other node type is an error,
 * so that one added to the writer is never rendered wrong in silence.
 */
export function directiveTreeToHast(tree: Root): HastRoot {
  return { type: 'root', children: wrapLines(tree.children.map(toElement)) };
}

/** The unified plugin: use it where remark-rehype would go. */
export function rehypeDirectiveTree() {
  return directiveTreeToHast;
}

function toElement(node: Node): ElementContent {
  switch (node.type) {
    case 'text':
      return { type: 'text', value: trimLines(String((node as unknown as HastText).value)) };
    case 'paragraph':
    case 'containerDirective':
    case 'leafDirective':
    case 'textDirective': {
      const { data, children } = node as Named;
      return {
        type: 'element',
        tagName: data?.hName ?? (node.type === 'paragraph' ? 'p' : 'div'),
        // Made by our plugin for this node alone: used as they are, not copied.
        properties: data?.hProperties ?? {},
        children: children.map(toElement),
      };
    }
    default:
      throw new Error(`cannot render a "${node.type}" node of the directive tree`);
  }
}

/** The root's children one per line, as remark-rehype writes them. */
function wrapLines(nodes: ElementContent[]): ElementContent[] {
  return nodes.flatMap((node, index) => (index > 0 ? [{ type: 'text', value: '\n' } satisfies HastText, node] : [node]));
}
