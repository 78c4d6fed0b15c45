import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addedDates, dateTimeOf } from '../../src/site/added.ts';

const dir = mkdtempSync(join(tmpdir(), 'verslag-added-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Commits the files at a fixed time, as a user adding sources to content/ would. */
function commit(files: Record<string, string>, date: string) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org' };
  execFileSync('git', ['add', '.'], { cwd: dir, env });
  execFileSync('git', ['commit', '-q', '-m', 'add'], { cwd: dir, env });
}

describe('when a document was added', () => {
  it('is the commit that first added its source, in UTC; a later edit does not move it; an uncommitted source has none', () => {
    execFileSync('git', ['init', '-q'], { cwd: dir });
    commit({ 'kamerbrief-2020-oud.txt': 'a', 'kamerbrief-2020-oud.yml': 'kind: kamerbrief' }, '2026-01-05T10:00:00+01:00');
    commit({ 'commissiedebat-2025-nieuw.txt': 'b' }, '2026-02-01T12:00:00+00:00');
    commit({ 'kamerbrief-2020-oud.txt': 'a, corrected' }, '2026-03-01T12:00:00+00:00');
    writeFileSync(join(dir, 'nog-niet.txt'), 'c');
    expect(Object.fromEntries(addedDates(dir))).toEqual({
      'kamerbrief-2020-oud': '2026-01-05T09:00:00Z',
      'commissiedebat-2025-nieuw': '2026-02-01T12:00:00Z',
    });
  });

  it('without a repository, none are known (the feeds use the documents\' own dates)', () => {
    expect(addedDates(tmpdir() + '/verslag-no-such-dir').size).toBe(0);
    expect(dateTimeOf('2025-07')).toBe('2025-07-01T00:00:00Z');
  });
});
