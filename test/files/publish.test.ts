import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareDirectories } from '../../src/files/compare-directories.ts';
import { publishTree } from '../../src/files/publish.ts';

const work = mkdtempSync(join(tmpdir(), 'verslag-publish-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('publishTree', () => {
  it('puts every file of a tree at the same place in the site, as a hard link to the same bytes', () => {
    const source = join(work, 'cache', 'shard');
    mkdirSync(join(source, 'fragment'), { recursive: true });
    writeFileSync(join(source, 'pagefind-entry.json'), '{"version":"1.6.0"}');
    writeFileSync(join(source, 'fragment', 'nl_1.pf_fragment'), Buffer.from([0x1f, 0x8b, 0]));
    const target = join(work, 'dist', 'pagefind', 'deel-1');
    publishTree(source, target);
    expect(compareDirectories(source, target)).toEqual({ files: 2, onlyInFirst: [], onlyInSecond: [], differing: [] });
    // Same file system here: a link, not a copy.
    expect(statSync(join(target, 'fragment', 'nl_1.pf_fragment')).ino).toBe(statSync(join(source, 'fragment', 'nl_1.pf_fragment')).ino);
    // Removing the cache's entry leaves the site's file as it was.
    rmSync(source, { recursive: true });
    expect(readFileSync(join(target, 'pagefind-entry.json'), 'utf8')).toBe('{"version":"1.6.0"}');
  });
});
