import { describe, expect, it } from 'vitest';
import { pagesGlob } from '../../src/search/index-shard.ts';
import { planShards, type PageSize } from '../../src/search/plan-shards.ts';

const page = (name: string, bytes: number): PageSize => ({ page: `documenten/${name}/index.html`, bytes });

/** 3,000 document pages of 5 to 400 kB, as a corpus of letters and debates has them (seeded, so the same every run). */
function corpus(): PageSize[] {
  let state = 7;
  const random = (): number => (state = (state * 48271) % 2147483647) / 2147483647;
  return Array.from({ length: 3000 }, (_, index) => page(`document-${String(index).padStart(5, '0')}`, Math.round(5e3 + random() ** 2 * 395e3)));
}
const BUDGET = 32e6;

/** How many shards of `after` are not shards of `before`: the shards a rebuild indexes again. */
function changedShards(before: string[][], after: string[][]): number {
  const known = new Set(before.map((shard) => shard.join('\n')));
  return after.filter((shard) => !known.has(shard.join('\n'))).length;
}

describe('planShards', () => {
  const pages = corpus();
  const shards = planShards(pages, BUDGET);
  const bytes = new Map(pages.map(({ page, bytes }) => [page, bytes]));
  const sizes = shards.map((shard) => shard.reduce((sum, name) => sum + bytes.get(name)!, 0));

  it('keeps every page once, in order, in shards within the budget that are mostly full', () => {
    expect(shards.flat()).toEqual(pages.map(({ page }) => page));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(BUDGET);
    // Every shard but the last holds at least 70 % of the budget; on average about 78 %.
    expect(Math.min(...sizes.slice(0, -1))).toBeGreaterThanOrEqual(0.7 * BUDGET);
    const mean = sizes.slice(0, -1).reduce((sum, size) => sum + size, 0) / (sizes.length - 1);
    expect(mean / BUDGET).toBeGreaterThan(0.72);
    expect(mean / BUDGET).toBeLessThan(0.85);
  });

  it('changes one or two shards when a document is added, wherever it is', () => {
    const changed = [10, 700, 1500, 2222, 2990].map((index) => {
      const added = [...pages.slice(0, index), page(`document-${String(index).padStart(5, '0')}-nieuw`, 200e3), ...pages.slice(index)];
      return changedShards(shards, planShards(added, BUDGET));
    });
    expect(shards.length).toBeGreaterThan(15);
    expect(Math.max(...changed)).toBeLessThanOrEqual(2);
    expect(changed.filter((count) => count === 1).length).toBeGreaterThanOrEqual(3);
  });

  it('changes at most two shards when a document is removed or grows, wherever it is', () => {
    for (const index of [10, 700, 1499, 2222, 2990]) {
      const removed = pages.filter((_, at) => at !== index);
      expect(changedShards(shards, planShards(removed, BUDGET))).toBeLessThanOrEqual(2);
      const grown = pages.map((item, at) => (at === index ? { ...item, bytes: item.bytes + 50e3 } : item));
      expect(changedShards(shards, planShards(grown, BUDGET))).toBeLessThanOrEqual(2);
    }
  });

  it('cuts the same documents the same wherever they lie, by their names (a clean build ingests into a directory of its own)', () => {
    const under = (dir: string) => pages.map(({ page: path, bytes }) => ({ page: `${dir}/${path}`, bytes, name: path }));
    const here = planShards(under('/tmp/a/generated'), BUDGET);
    const there = planShards(under('/srv/b/generated-clean'), BUDGET);
    expect(here.map((shard) => shard.length)).toEqual(there.map((shard) => shard.length));
    expect(here.map((shard) => shard.length)).toEqual(shards.map((shard) => shard.length));
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
