import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeVersion, modulesFrom } from '../../src/files/code-version.ts';

const root = new URL('../../', import.meta.url).pathname;
const modules = (entryPoints: string[]) => modulesFrom(entryPoints).map((path) => relative(root, path));

describe('the code version of an output', () => {
  it('covers what renders a document (plugin, labels, routes, table of contents) and not the parsers', () => {
    const render = modules(['src/content/render-document.ts']);
    expect(render).toEqual(expect.arrayContaining(['src/markdown/remark-verslag.ts', 'src/markdown/render.ts', 'src/site/labels.ts', 'src/site/routes.ts', 'src/site/toc.ts']));
    expect(render.filter((path) => path.startsWith('src/ingest/parsers/'))).toEqual([]);
  });

  it('is the same for the same code and differs between outputs made by different code', () => {
    expect(codeVersion(['src/search/index-shard.ts'])).toBe(codeVersion(['src/search/index-shard.ts']));
    expect(codeVersion(['src/search/index-shard.ts'])).not.toBe(codeVersion(['src/content/render-document.ts']));
  });
});
