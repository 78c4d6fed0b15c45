import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/generate/corpus.ts';
import { createRandom } from '../../src/bench/prng.ts';
import { ingestDocument } from '../../src/ingest/pipeline.ts';
import { parseMetadata } from '../../src/ingest/read-source.ts';
import { directiveTreeToMarkdown } from '../../src/markdown/serialize.ts';
import { toDirectiveTree } from '../../src/markdown/write.ts';
import type { Block, ParliamentaryDocument } from '../../src/model/document.ts';
import { minimalDocument } from '../helpers/minimal-doc.ts';
import { SEED_IDS, seedSource } from '../helpers/seeds.ts';

/** The tree remark-parse and remark-directive read from Markdown, without positions. */
function parse(markdown: string): Root {
  const tree = unified().use(remarkParse).use(remarkDirective).parse(markdown);
  const strip = (node: Record<string, unknown>): void => {
    delete node.position;
    for (const child of (node.children as Record<string, unknown>[] | undefined) ?? []) strip(child);
  };
  strip(tree as unknown as Record<string, unknown>);
  return tree;
}

/** Serialises the document's directive tree and reads it back: the same tree, or the test fails. */
function expectRoundTrip(doc: ParliamentaryDocument): string {
  const tree = toDirectiveTree(doc);
  const markdown = directiveTreeToMarkdown(tree);
  expect(parse(markdown)).toEqual(tree);
  return markdown;
}

/** A document of one speech whose passages are `texts`, with a reference over each text's middle third and a footnote call. */
function documentOf(texts: string[]): ParliamentaryDocument {
  const anchors = texts.map((_, index) => `p${index.toString(36).padStart(7, '0')}`);
  const body: Block[] = [
    {
      type: 'speech',
      speaker: { slug: 'valize', name: 'Valize', party: 'PVV', role: 'member' },
      interruption: false,
      passages: texts.map((text, index) => ({ anchor: anchors[index]!, text, footnoteCalls: [{ number: 1, offset: text.length }] })),
    },
    ...texts.map((text, index): Block => ({ type: 'heading', anchor: `h${index}`, level: 2, title: text })),
  ];
  const doc = minimalDocument(body, [{ number: 1, anchor: 'voetnoot-1', text: texts[0] ?? '', calledFrom: anchors[0] }]);
  doc.references = texts.flatMap((text, index) => {
    const start = Math.floor(text.length / 3);
    const end = Math.floor((2 * text.length) / 3);
    return end > start ? [{ kind: 'motion' as const, text: text.slice(start, end), at: anchors[index]!, offset: start, people: ['Valize "de" & Six'] }] : [];
  });
  return doc;
}

describe('directiveTreeToMarkdown', () => {
  it.each(SEED_IDS)('writes Markdown that reads back as the same directive tree: %s', (id) => {
    expectRoundTrip(ingestDocument(seedSource(id)));
  });

  it('does so for generated documents of every format', () => {
    const formats = new Set<string>();
    for (const generated of generateCorpus({ docs: 25, seed: 'serialize-test' })) {
      formats.add(generated.format);
      const source = { id: generated.id, path: `${generated.id}.txt`, text: generated.text, metadata: parseMetadata(`${generated.id}.yml`, generated.metadata) };
      expectRoundTrip(ingestDocument(source));
    }
    expect(formats.size).toBe(5);
  });

  it('escapes what Markdown and directives would read as syntax, at the start, middle and end of a line', () => {
    const tricky = [
      'tot 11:05 uur, zie:ref en ::: en :::passage',
      '# geen kop',
      '> geen citaat',
      '- geen lijst',
      '+ geen lijst',
      '1. geen lijst',
      '2) geen lijst',
      '---',
      '===',
      '~~~ geen code',
      '```geen code```',
      '    vier spaties vooraf',
      '\tmet een tab vooraf en spaties achter   ',
      'regel\neen\n\ntwee\r\ndrie',
      '<b>*niet*</b> _ook niet_ [dit](#) ![en](dit) <https://example.org>',
      'a & b &amp; &#x20; \\ \\* backslash aan het eind\\',
      '{#id .class} en {key="value"}',
      ':ref[een]{kind="paper"}',
      'Voorzitter: Diks',
    ];
    const markdown = expectRoundTrip(documentOf(tricky));
    expect(markdown).toContain('tot 11\\:05 uur');
    expect(markdown).toContain('Voorzitter: Diks');
    expect(markdown).toContain('::::speech{speaker="valize" name="Valize" party="PVV" role="member"}\n:::passage{#p0000000}\n');
    expect(markdown).toContain('people="Valize &#x22;de&#x22; &#x26; Six"');
  });

  it('does so for random text made of Markdown punctuation, spaces and line breaks', () => {
    const random = createRandom('serialize-fuzz');
    const alphabet = [...'abc 1234567890.)(#>+-=~|`*_[]<>&;{}:!"\'\\\n\t ', 'x', 'y', ' ', ' ', '\u00a0', 'é', '—', '\u2028'];
    for (let round = 0; round < 40; round++) {
      const texts = Array.from({ length: 10 }, () => Array.from({ length: random.int(1, 30) }, () => random.pick(alphabet)).join(''));
      expectRoundTrip(documentOf(texts));
    }
  });

  it('refuses a node the directive tree does not have, rather than guessing', () => {
    expect(() => directiveTreeToMarkdown({ type: 'root', children: [{ type: 'thematicBreak' }] })).toThrow('unexpected thematicBreak node');
  });
});
