/**
 * How the search index's shards are listed for the search page: `pagefind/shards.json`, every
 * Pagefind bundle of the index in order, pagefind/ itself first (`path` ''), then `deel-1`, …: the
 * people's and parties' pages, then the documents, oldest first (src/search/index-site.ts).
 */
export const SHARD_LIST = 'shards.json';

/** A shard of the index: its directory under pagefind/ and, for a shard of documents, the value its records carry in SHARD_FILTER. */
export interface ShardEntry {
  path: string;
  documents?: string;
}

/**
 * The filter that names the shard a document's record is in, by the id of the shard's first
 * document (which, unlike its place in the list, does not change when a document is added before
 * it). Pagefind sorts within one index only, so the search page sorts by date across shards by
 * searching one shard at a time, in the order of the list; not offered to the reader.
 */
export const SHARD_FILTER = 'deel';
