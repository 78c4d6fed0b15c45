import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/**
 * The site's side of the pipeline: pages, their code, the content loader, Astro's integrations,
 * the search index and the browser's scripts. They read what the ingest wrote (generated/) through
 * the types and notation of src/model/, never the ingest's code: data flows one way.
 */
const SITE_DIRECTORIES = ['site', 'pages', 'components', 'layouts', 'content', 'integrations', 'search', 'scripts'];

/** Every relative module a file imports, statically or with import(). */
function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((match) => match[1]!);
  return specifiers.map((specifier) => resolve(dirname(file), specifier));
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|astro|mjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the site does not import the ingest', () => {
  it('finds the imports it checks (the check itself works)', () => {
    // src/site/corpus.ts imports the corpus index's types from the model: the scan must see it.
    expect(relativeImports(join(SRC, 'site', 'corpus.ts'))).toContain(join(SRC, 'model', 'corpus.ts'));
    // A build script does import the ingest, and the scan sees that too.
    expect(relativeImports(join(SRC, 'build', 'build-site.ts'))).toContain(join(SRC, 'ingest', 'run.ts'));
  });

  for (const directory of SITE_DIRECTORIES) {
    it(`src/${directory}/ imports nothing from src/ingest/`, () => {
      const crossings = sourceFiles(join(SRC, directory)).flatMap((file) =>
        relativeImports(file)
          .filter((target) => target.startsWith(join(SRC, 'ingest') + '/'))
          .map((target) => `${relative(SRC, file)} → ${relative(SRC, target)}`),
      );
      expect(crossings).toEqual([]);
    });
  }
});
