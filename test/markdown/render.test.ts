import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../src/bench/generate/corpus.ts';
import { ingestDocument } from '../../src/ingest/pipeline.ts';
import { parseMetadata } from '../../src/ingest/read-source.ts';
import { verslagRemarkPlugins } from '../../src/markdown/plugins.ts';
import type { RemarkVerslagOptions } from '../../src/markdown/remark-verslag.ts';
import { renderDocumentHtml } from '../../src/markdown/render.ts';
import { directiveTreeToHast } from '../../src/markdown/to-hast.ts';
import { toAnnotatedMarkdown } from '../../src/markdown/write.ts';
import type { ParliamentaryDocument } from '../../src/model/document.ts';
import { SEED_IDS, seedSource } from '../helpers/seeds.ts';

/** The HTML of the standard path: parse the annotated Markdown, remark-rehype, rehype-stringify. */
function htmlFromMarkdown(doc: ParliamentaryDocument, options: RemarkVerslagOptions): string {
  const body = toAnnotatedMarkdown(doc).replace(/^---\n[\s\S]*?\n---\n/, '');
  return String(
    unified()
      .use(remarkParse)
      .use(verslagRemarkPlugins(options))
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(new VFile({ path: `${doc.id}.md`, value: body })),
  );
}

describe('rendering a document', () => {
  it.each(SEED_IDS)('gives the same HTML from the model as from parsing its annotated Markdown: %s', (id) => {
    const doc = ingestDocument(seedSource(id));
    const options = { base: '/verslag/', documentForPaper: () => undefined, passageLinks: () => [] };
    const direct = renderDocumentHtml(doc, options);
    expect(direct.length).toBeGreaterThan(10_000);
    expect(direct).toBe(htmlFromMarkdown(doc, options));
  });

  it('does so for generated documents of every format, with papers, passages and register ids linked', () => {
    // Every other paper in the corpus, a link beside every passage whose anchor ends in a vowel, every register id on a year's page.
    const options: RemarkVerslagOptions = {
      base: '/',
      documentForPaper: (paper) => (Number(paper.number) % 2 === 0 ? `document-${paper.dossier}-${paper.number}` : undefined),
      passageLinks: (_, anchor) => (/[aeiou]$/.test(anchor) ? [{ href: '/documenten/brief/#p0000000', text: 'besproken in de brief' }] : []),
      registerIdYear: () => '2024',
    };
    const formats = new Set<string>();
    for (const generated of generateCorpus({ docs: 25, seed: 'render-test' })) {
      formats.add(generated.format);
      const doc = ingestDocument({ id: generated.id, path: `${generated.id}.txt`, text: generated.text, metadata: parseMetadata(`${generated.id}.yml`, generated.metadata) });
      const direct = renderDocumentHtml(doc, options);
      expect(direct).toContain('class="see-also"');
      expect(direct).toBe(htmlFromMarkdown(doc, options));
    }
    expect(formats.size).toBe(5);
  });

  it('shows text no structure could hold (unclassified) in Dutch with its source line, and a motion\'s announcement as the chair\'s words', () => {
    // The reader's copy of a real plenary item (../shared/real/text/h-tk-20172018-70-4.txt: a motion by Bergkamp
    // announced by the chair), with a label the copy garbled at line 13: "Mevrouw Bergkamp (D66:".
    const real = readFileSync(new URL('../../../shared/real/text/h-tk-20172018-70-4.txt', import.meta.url), 'utf8').split('\n');
    expect(real[12]).toBe('Mevrouw Bergkamp (D66):');
    real[12] = 'Mevrouw Bergkamp (D66:';
    const doc = ingestDocument({ id: 'misvormd', path: 'misvormd.txt', text: real.join('\n'), metadata: {} });
    expect(doc.unclassified).toEqual([{ line: 13, text: 'Mevrouw Bergkamp (D66:' }]);
    const options = { base: '/', documentForPaper: () => undefined, passageLinks: () => [] };
    const html = renderDocumentHtml(doc, options);
    expect(html).toContain('<section class="unclassified" aria-labelledby="niet-geplaatst"><h2 id="niet-geplaatst">Niet geplaatste tekst</h2>');
    expect(html).toContain('<li data-line="13"><span class="source-line">Regel 13: </span>Mevrouw Bergkamp (D66:</li>');
    expect(html).toMatch(/<p id="p[0-9a-z]{7}" class="passage chair-words"><span class="chair-label">De voorzitter: <\/span>Deze motie is voorgesteld door de leden Dijksma en Segers\./);
    expect(html).toBe(htmlFromMarkdown(doc, options));
  });

  it("follows the line that announces the agenda with a link to it, where the agenda's papers were moved to the folded agenda", () => {
    // The reader's copy of a real committee debate (../shared/real/text/vlos-a86a6bc6-….txt): its item
    // opens "Aan de orde is de behandeling van:", and the papers listed after it are the document's agenda.
    const text = readFileSync(new URL('../../../shared/real/text/vlos-a86a6bc6-2bba-4d64-b9c6-16af46d8a8a7.txt', import.meta.url), 'utf8');
    const doc = ingestDocument({ id: 'internationale-fiscaliteit', path: 'internationale-fiscaliteit.txt', text, metadata: {} });
    expect(doc.agenda).toHaveLength(7);
    const options = { base: '/', documentForPaper: () => undefined, passageLinks: () => [] };
    const html = renderDocumentHtml(doc, options);
    expect(html).toMatch(/Aan de orde is de behandeling van: <a href="#p[0-9a-z]{7}" class="anchor"[^>]*>¶<\/a><\/p>\n<p class="agenda-pointer" data-pagefind-ignore=""><a href="#agenda">Agenda \(7 punten\)<\/a><\/p>/);
    expect(html.match(/class="agenda-pointer"/g)).toHaveLength(1);
    expect(html).toContain('<h2 id="agenda">Agenda</h2>');
    expect(html).toBe(htmlFromMarkdown(doc, options));
    // A report whose agenda was introduced in its folded front matter ("… overleg gevoerd met … over:") has no pointer.
    const report = renderDocumentHtml(ingestDocument(seedSource(SEED_IDS[0]!)), options);
    expect(report).not.toContain('agenda-pointer');
  });

  it('refuses a node type the directive tree does not hold, rather than rendering it wrong', () => {
    const tree = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'emphasis', children: [{ type: 'text', value: 'nadruk' }] }] }] } as Root;
    expect(() => directiveTreeToHast(tree)).toThrow('cannot render a "emphasis" node of the directive tree');
  });
});
