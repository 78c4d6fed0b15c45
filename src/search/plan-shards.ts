import { hash } from 'node:crypto';

/** A page to index and its size in bytes. */
export interface PageSize {
  page: string;
  bytes: number;
  /** What decides whether it ends a shard, where its path would depend on the directory it lies in (a document's id): by default its path. */
  name?: string;
}

/** A shard is at least this share of the budget before a page may end it (unless it is the last). */
const MIN_FILL = 0.7;

/**
 * Past the minimum, a page ends its shard with a chance of its size over this share of the budget:
 * a shard grows by 7.5 % of the budget on average before it ends, and reaches the budget without
 * ending (then it is cut there) about once in fifty shards (e^−4, with (1 − MIN_FILL) / BOUNDARY_SPACING = 4).
 */
const BOUNDARY_SPACING = 0.075;

/**
 * Consecutive pages grouped into shards of at most `budget` bytes (a larger page is a shard of its
 * own). Where a shard ends is decided by its pages, not by the sizes of all the pages before it
 * (content-defined chunking, as in rsync or restic): once a shard holds MIN_FILL of the budget,
 * it ends after the first page that is a boundary, and a page is a boundary or not by a hash of its
 * path (weighted by its size). So a document added, removed or grown changes the shard it falls
 * in, and the shards after it stay as they were: a rebuild indexes one shard again, not every
 * shard after the change, as cutting at the budget would.
 */
export function planShards(pages: readonly PageSize[], budget: number): string[][] {
  const shards: string[][] = [];
  let current: string[] = [];
  let size = 0;
  const close = (): void => {
    if (current.length > 0) shards.push(current);
    current = [];
    size = 0;
  };
  for (const { page, bytes, name } of pages) {
    if (size + bytes > budget) close();
    current.push(page);
    size += bytes;
    if (size >= MIN_FILL * budget && isBoundary(name ?? page, bytes / (BOUNDARY_SPACING * budget))) close();
  }
  close();
  return shards;
}

/** Whether a page ends a shard: a number in [0, 1) drawn from its path (the same in every build), below `chance`. */
function isBoundary(page: string, chance: number): boolean {
  return Number.parseInt(hash('sha1', page).slice(0, 8), 16) / 2 ** 32 < chance;
}
