import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareDirectories } from '../../src/files/compare-directories.ts';
import { copyVerified, manifestOf, readManifest } from '../../src/files/verified-tree.ts';

const work = mkdtempSync(join(tmpdir(), 'verslag-verified-tree-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A small Pagefind-like bundle: an entry file and a binary fragment in a subdirectory. */
function bundle(name: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'fragment'), { recursive: true });
  writeFileSync(join(dir, 'pagefind-entry.json'), '{"version":"1.6.0"}');
  writeFileSync(join(dir, 'fragment', 'nl_1.pf_fragment'), Buffer.from([0x1f, 0x8b, 0, 7, 7, 7]));
  return dir;
}

describe('copyVerified', () => {
  it('copies every file of the manifest, as a copy: changing the copy leaves the source as it was', () => {
    const source = bundle('whole');
    const manifest = manifestOf(source);
    expect(Object.keys(manifest.files)).toEqual(['fragment/nl_1.pf_fragment', 'pagefind-entry.json']);
    writeFileSync(join(source, '..', 'whole.json'), JSON.stringify(manifest));
    expect(readManifest(join(source, '..', 'whole.json'))).toEqual(manifest);
    const target = join(work, 'site', 'pagefind');
    expect(copyVerified(source, manifest, target)).toBe(true);
    expect(compareDirectories(source, target)).toEqual({ files: 2, onlyInFirst: [], onlyInSecond: [], differing: [] });
    const fragment = 'fragment/nl_1.pf_fragment';
    expect(statSync(join(target, fragment)).ino).not.toBe(statSync(join(source, fragment)).ino);
    // A host that truncates the published file does not truncate the cache's.
    truncateSync(join(target, fragment), 0);
    expect(statSync(join(source, fragment)).size).toBe(6);
  });

  it('refuses a source whose file was truncated, changed or removed, and leaves nothing of it in the target', () => {
    for (const damage of ['truncate', 'change', 'remove'] as const) {
      const source = bundle(`damaged-${damage}`);
      const manifest = manifestOf(source);
      const fragment = join(source, 'fragment', 'nl_1.pf_fragment');
      if (damage === 'truncate') truncateSync(fragment, 3);
      // The entry file is copied after the fragment: the fragment already copied must go again.
      if (damage === 'change') writeFileSync(join(source, 'pagefind-entry.json'), '{"version":"1.6.1"}');
      if (damage === 'remove') rmSync(fragment);
      const target = join(work, `site-${damage}`);
      expect(copyVerified(source, manifest, target), damage).toBe(false);
      const copied = existsSync(target) ? readdirSync(target, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()) : [];
      expect(copied, damage).toEqual([]);
    }
  });

  it('reads no manifest from a file that is not one', () => {
    const path = join(work, 'manifest.json');
    for (const text of ['', '{}', 'null', '{"files":{}}', '{"files":{"a":{"size":1,"sha256":"x"}}}', '{"files":{"a":null}}']) {
      writeFileSync(path, text);
      expect(readManifest(path), text).toBeUndefined();
    }
  });
});
