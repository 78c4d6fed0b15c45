import { linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replaceFile } from '../../src/ingest/replace-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'verslag-replace-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('replaceFile', () => {
  it('puts a new file in place, so a hard link to the old one (a built site’s open data) keeps the old contents', () => {
    const path = join(dir, 'doc.json');
    const published = join(dir, 'published.json');
    writeFileSync(path, '{"version":1,"title":"oud"}\n');
    linkSync(path, published);
    replaceFile(path, '{"version":1,"title":"nieuw"}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"version":1,"title":"nieuw"}\n');
    expect(readFileSync(published, 'utf8')).toBe('{"version":1,"title":"oud"}\n');
    expect(readdirSync(dir).sort()).toEqual(['doc.json', 'published.json']);
  });
});
