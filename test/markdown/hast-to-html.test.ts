import type { ElementContent, Properties, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { hastToHtml } from '../../src/markdown/hast-to-html.ts';

/** What rehype-stringify (hast-util-to-html, default settings) writes for a tree: the reference. */
const reference = (tree: Root): string => unified().use(rehypeStringify).stringify(tree);

const element = (tagName: string, properties: Properties, children: ElementContent[] = []): ElementContent => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });
const root = (...children: ElementContent[]): Root => ({ type: 'root', children });

describe('serialising a document body as HTML', () => {
  it('escapes text as rehype-stringify does: < and & only', () => {
    const tree = root(element('p', {}, [text('a < b && c > d "citaat" \'s `x` © – ’')]));
    expect(hastToHtml(tree)).toBe('<p>a &#x3C; b &#x26;&#x26; c > d "citaat" \'s `x` © – ’</p>');
    expect(hastToHtml(tree)).toBe(reference(tree));
  });

  it('escapes attribute values as rehype-stringify does', () => {
    const tree = root(element('a', { href: '/zoeken/?q="x"&y=1\'s`\0', title: '<geen tag>' }, [text('link')]));
    expect(hastToHtml(tree)).toBe('<a href="/zoeken/?q=&#x22;x&#x22;&#x26;y=1&#x27;s&#x60;&#x0;" title="<geen tag>">link</a>');
    expect(hastToHtml(tree)).toBe(reference(tree));
  });

  it('names, joins and leaves out attributes as rehype-stringify does', () => {
    const tree = root(
      element('section', { id: 'vraag-1', className: ['question', 'open'], dataNumber: '1', dataPagefindIgnore: '', ariaLabelledby: 'vragen', hidden: true }, [
        element('span', { className: [], rel: ['external', 'noopener'], dataEmpty: null, dataGone: undefined, dataOff: false, tabIndex: 0 }, [text('x')]),
        element('p', { hidden: false, dataPage: 12 }, []),
      ]),
    );
    expect(hastToHtml(tree)).toBe(
      '<section id="vraag-1" class="question open" data-number="1" data-pagefind-ignore="" aria-labelledby="vragen" hidden><span class="" rel="external noopener" tabindex="0">x</span><p data-page="12"></p></section>',
    );
    expect(hastToHtml(tree)).toBe(reference(tree));
  });

  it('writes void elements without a closing tag, and one with children as an ordinary element', () => {
    const tree = root(element('p', {}, [text('regel'), element('br', {}), text('volgende')]), text('\n'), element('br', {}, [text('toch')]));
    expect(hastToHtml(tree)).toBe('<p>regel<br>volgende</p>\n<br>toch</br>');
    expect(hastToHtml(tree)).toBe(reference(tree));
  });

  it('refuses what a document body never holds, rather than writing it by the wrong rules', () => {
    expect(() => hastToHtml(root({ type: 'comment', value: 'x' }))).toThrow('cannot serialise a "comment" node of a document body');
    expect(() => hastToHtml(root(element('script', {}, [text('a < b')])))).toThrow('cannot serialise a <script> element of a document body');
    expect(() => hastToHtml(root(element('svg', { viewBox: '0 0 1 1' })))).toThrow('cannot serialise a <svg> element of a document body');
    expect(() => hastToHtml(root(element('input', { accept: ['.pdf', '.txt'] })))).toThrow('cannot serialise the comma-separated attribute accept of a document body');
  });
});
