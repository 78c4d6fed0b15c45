import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareDirectories } from '../../src/files/compare-directories.ts';

const work = mkdtempSync(join(tmpdir(), 'verslag-compare-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function tree(name: string, files: Record<string, string>): string {
  const root = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('compareDirectories', () => {
  it('finds nothing between two trees with the same files and bytes', () => {
    const files = { 'index.html': '<p>x</p>', 'documenten/a/index.html': 'a', 'pagefind/fragment/nl_1.pf_fragment': '\u0000\u0001' };
    expect(compareDirectories(tree('same-1', files), tree('same-2', files))).toEqual({ files: 3, onlyInFirst: [], onlyInSecond: [], differing: [] });
  });

  it('names files that are in one tree only, and files whose bytes differ', () => {
    const first = tree('first', { 'index.html': 'x', 'documenten/a/index.html': 'a', 'old.html': 'o' });
    const second = tree('second', { 'index.html': 'x', 'documenten/a/index.html': 'A', 'documenten/b/index.html': 'b' });
    expect(compareDirectories(first, second)).toEqual({
      files: 2,
      onlyInFirst: ['old.html'],
      onlyInSecond: ['documenten/b/index.html'],
      differing: ['documenten/a/index.html'],
    });
  });
});
