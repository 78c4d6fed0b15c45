/**
 * The site's search index as the search page queries it. The index is a list of Pagefind bundles
 * (shards, src/search/shard-list.ts): the people's and parties' pages, then the documents' records,
 * oldest documents first. They are spread over a few copies of Pagefind's script, each merging its
 * shards (Pagefind's mergeIndex) and searching them on a Web Worker of its own, so that the shards
 * are searched on as many cores.
 *
 * Two sets of copies, because Pagefind counts every loaded filter value over every result of a
 * search (the speaker's, party's and document's filters of each of tens of thousands of records):
 * the copies that find the results load no filter beyond the ones a search narrows by, so the first
 * result is not held up by the counting; the facets' copies load every filter and count them, for
 * the facets and the hits per document, while the results are shown.
 */

import { SHARD_FILTER, type ShardEntry } from '../search/shard-list.ts';

export interface PagefindResultData {
  url: string;
  content: string;
  locations: number[];
  meta: Record<string, string>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindResultData>;
}
export type FilterCounts = Record<string, Record<string, number>>;
export type Filters = Record<string, string[]>;
/** A sort by a record's sort key, newest or oldest first: `{ datum: 'desc' }`. */
export type Sort = Record<string, 'asc' | 'desc'>;

interface PagefindSearch {
  results: PagefindResult[];
  /** Per filter value: the results the current query and filters would give with that value added. */
  filters: FilterCounts;
}
/** A copy of Pagefind's script: its own merged index and worker. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(bundlePath: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<FilterCounts>;
  /** Loads the index chunks a term needs, so that searching it later does not wait for them. */
  preload(term: string): Promise<void>;
  search(term: string, options?: { filters?: Filters; sort?: Sort }): Promise<PagefindSearch | null>;
}

/** At most this many copies of Pagefind (and workers) per set: each holds the index chunks it loads. */
const MAX_COPIES = 4;

/** How many copies a set of `shards` gets: one per core, at most one per two shards (a small site is one copy). */
export function copiesFor(shards: number, cores: number): number {
  return Math.max(1, Math.min(Math.ceil(shards / 2), cores, MAX_COPIES));
}

/** The directory of a shard: '' is pagefind/ itself, 'deel-3' pagefind/deel-3/. */
const shardPath = (base: string, shard: string) => `${base}pagefind/${shard ? `${shard}/` : ''}`;

/** Which copy searches a shard: neighbouring shards go to different copies, so a search spends about as long in each. */
const copyOf = (shard: number, copies: number) => shard % copies;

/** Pagefind's results of several copies as one list, best first, as Pagefind merges its own (mergeIndex). */
const byScore = (searches: (PagefindSearch | null)[]): PagefindResult[] =>
  searches.flatMap((search) => search?.results ?? []).sort((a, b) => b.score - a.score);

/** Filter counts of several copies added up. */
function addCounts(all: FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const counts of all) {
    for (const [name, values] of Object.entries(counts)) {
      const target = (sum[name] ??= {});
      for (const [value, count] of Object.entries(values)) target[value] = (target[value] ?? 0) + count;
    }
  }
  return sum;
}

/**
 * `copies` copies of Pagefind's script, each with its shards merged (`tag` tells a set's copies
 * from the other set's: each import is a module of its own, with its own worker).
 */
async function openCopies(base: string, shards: readonly ShardEntry[], copies: number, tag: string): Promise<Pagefind[]> {
  return Promise.all(
    Array.from({ length: copies }, async (_, copy) => {
      const [first, ...rest] = shards.filter((_, at) => copyOf(at, copies) === copy);
      const pagefind = (await import(/* @vite-ignore */ `${shardPath(base, first!.path)}pagefind.js?${tag}`)) as Pagefind;
      await pagefind.options({ baseUrl: base });
      // Pagefind registers each merged index before its first await, in this order.
      await Promise.all(rest.map((shard) => pagefind.mergeIndex(shardPath(base, shard.path), { baseUrl: base })));
      return pagefind;
    }),
  );
}

export class SearchIndexes {
  private facetCopies: Promise<Pagefind[]> | undefined;
  private readonly base: string;
  private readonly shards: readonly ShardEntry[];
  private readonly resultCopies: Pagefind[];

  private constructor(base: string, shards: readonly ShardEntry[], resultCopies: Pagefind[]) {
    this.base = base;
    this.shards = shards;
    this.resultCopies = resultCopies;
  }

  /** Opens the index of the site at `base`: the shards pagefind/shards.json lists. */
  static async open(base: string): Promise<SearchIndexes> {
    const shards = (await (await fetch(`${base}pagefind/shards.json`)).json()) as ShardEntry[];
    const copies = copiesFor(shards.length, navigator.hardwareConcurrency || 2);
    return new SearchIndexes(base, shards, await openCopies(base, shards, copies, 'resultaten'));
  }

  /** The facets' copies, with every filter loaded (Pagefind counts only loaded filters), opened on first use. */
  private facets(): Promise<Pagefind[]> {
    this.facetCopies ??= openCopies(this.base, this.shards, this.resultCopies.length, 'facetten').then(async (copies) => {
      await Promise.all(copies.map((copy) => copy.filters()));
      return copies;
    });
    return this.facetCopies;
  }

  /**
   * The records that hold the words and pass the filters, best first; or, with a sort, in its order,
   * at least `enough` of them (or all). Pagefind sorts within one index only (a record's sort score
   * is its place in its own shard), so a sorted search asks one shard of documents at a time, in the
   * order of the list (oldest first; newest first reversed), until it has enough.
   */
  async search(term: string, filters: Filters, sort: Sort | undefined, enough: number): Promise<PagefindResult[]> {
    if (!sort) return byScore(await Promise.all(this.resultCopies.map((copy) => copy.search(term, { filters }))));
    const inOrder = this.shards.map((shard, at) => ({ shard, copy: this.resultCopies[copyOf(at, this.resultCopies.length)]! })).filter(({ shard }) => shard.documents);
    if (Object.values(sort)[0] === 'desc') inOrder.reverse();
    const results: PagefindResult[] = [];
    for (const { shard, copy } of inOrder) {
      if (results.length >= enough) break;
      const found = await copy.search(term, { filters: { ...filters, [SHARD_FILTER]: [shard.documents!] }, sort });
      results.push(...(found?.results ?? []));
    }
    return results;
  }

  /** Per filter value, the records the words and filters give with that value added (every value when `term` is null: the whole index). */
  async counts(term: string | null, filters: Filters = {}): Promise<FilterCounts> {
    const copies = await this.facets();
    if (term === null) return addCounts(await Promise.all(copies.map((copy) => copy.filters())));
    const searches = await Promise.all(copies.map((copy) => copy.search(term, { filters })));
    return addCounts(searches.map((search) => search?.filters ?? {}));
  }

  /** Fetches the index chunks of the words typed so far: for the results first, then for the facets (the first result waits for the former only). */
  preload(term: string): void {
    void Promise.all(this.resultCopies.map((copy) => copy.preload(term))).then(async () => {
      if (this.facetCopies) await Promise.all((await this.facetCopies).map((copy) => copy.preload(term)));
    });
  }
}
