import { copyFileSync, linkSync } from 'node:fs';

/**
 * Puts a finished file into the built site: a hard link (instant, no space) where the file system
 * allows one, else a copy. Only for files that are replaced, never rewritten in place, once
 * written (the ingest's outputs), so a link never changes under a built site; and only from outputs
 * whose cache checks them before reuse (the ingest's stamps: a file changed through its link in the
 * site has another size or modification time, and is written again). The search index is copied,
 * never linked, from its cache (src/files/verified-tree.ts).
 */
export function publishFile(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}
