import { linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replaceFile, writeIfChanged } from '../../src/ingest/replace-file.ts';

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

  it('writeIfChanged leaves a file with the same bytes alone (its modification time too) and replaces one that differs', () => {
    const path = join(dir, 'corpus.json');
    writeFileSync(path, '{"documents":["één"]}\n');
    utimesSync(path, 1_000_000, 1_000_000);
    writeIfChanged(path, '{"documents":["één"]}\n');
    expect(statSync(path).mtimeMs).toBe(1_000_000_000);
    writeIfChanged(path, '{"documents":["twee"]}\n');
    expect(readFileSync(path, 'utf8')).toBe('{"documents":["twee"]}\n');
    expect(statSync(path).mtimeMs).toBeGreaterThan(1_000_000_000);
  });
});
