import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/pipeline.ts';
import { verslagRemarkPlugins } from '../../src/markdown/plugins.ts';
import { renderDocumentHtml } from '../../src/markdown/render.ts';
import { toAnnotatedMarkdown } from '../../src/markdown/write.ts';
import { seedSource } from '../helpers/seeds.ts';

const SEEDS = [
  'commissiedebat-2025-01-30-opkomende-technologieen',
  'algemeen-overleg-2020-03-11-digitalisering-en-cybersecurity',
  'schriftelijk-overleg-2026-04-15-internationale-digitale-strategie',
  'kamerbrief-2025-07-moties-en-toezeggingen-digitalisering',
  'antwoorden-2026-vragen-dassen-over-ai',
];

describe('rendering a document', () => {
  it.each(SEEDS)('gives the same HTML from the model as from parsing its annotated Markdown: %s', (id) => {
    const doc = ingestDocument(seedSource(id));
    const options = { base: '/verslag/', documentForPaper: () => undefined, passageLinks: () => [] };
    const body = toAnnotatedMarkdown(doc).replace(/^---\n[\s\S]*?\n---\n/, '');
    const parsed = String(
      unified()
        .use(remarkParse)
        .use(verslagRemarkPlugins(options))
        .use(remarkRehype)
        .use(rehypeStringify)
        .processSync(new VFile({ path: `${id}.md`, value: body })),
    );
    const direct = renderDocumentHtml(doc, options);
    expect(direct.length).toBeGreaterThan(10_000);
    expect(direct).toBe(parsed);
  });
});
