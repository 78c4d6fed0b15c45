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
import { SEED_IDS, seedSource } from '../helpers/seeds.ts';

describe('rendering a document', () => {
  it.each(SEED_IDS)('gives the same HTML from the model as from parsing its annotated Markdown: %s', (id) => {
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
