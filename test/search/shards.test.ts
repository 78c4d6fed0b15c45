import { describe, expect, it } from 'vitest';
import { pagesGlob } from '../../src/search/index-shard.ts';
import { planShards } from '../../src/search/index-site.ts';

const page = (name: string, bytes: number) => ({ page: `documenten/${name}/index.html`, bytes });

describe('planShards', () => {
  it('groups consecutive pages up to the byte budget, in order', () => {
    const shards = planShards([page('a', 40), page('b', 50), page('c', 20), page('d', 90), page('e', 5)], 100);
    expect(shards).toEqual([
      ['documenten/a/index.html', 'documenten/b/index.html'],
      ['documenten/c/index.html'],
      ['documenten/d/index.html', 'documenten/e/index.html'],
    ]);
  });

  it('gives a page larger than the budget a shard of its own', () => {
    expect(planShards([page('a', 10), page('big', 500), page('c', 10)], 100)).toEqual([
      ['documenten/a/index.html'],
      ['documenten/big/index.html'],
      ['documenten/c/index.html'],
    ]);
  });

  it('plans no shard for no pages', () => {
    expect(planShards([], 100)).toEqual([]);
  });
});

describe('pagesGlob', () => {
  it('matches exactly the pages of a shard', () => {
    expect(pagesGlob(['personen/krul/index.html', 'documenten/commissiedebat-2025-01-30-opkomende-technologieen/index.html'])).toBe(
      '{personen/krul/index.html,documenten/commissiedebat-2025-01-30-opkomende-technologieen/index.html}',
    );
  });

  it('refuses a path that a glob would read as a pattern', () => {
    expect(() => pagesGlob(['documenten/a,b/index.html'])).toThrow('documenten/a,b/index.html');
    expect(() => pagesGlob(['documenten/{x}/index.html'])).toThrow('a page path with characters a glob would read as a pattern');
  });
});
