import { copyFileSync, linkSync, mkdirSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Puts a finished file into the built site: a hard link (instant, no space) where the file system
 * allows one, else a copy. Only for files that are replaced, never rewritten in place, once
 * written (the ingest's outputs, cached search shards), so a link never changes under a built site.
 */
export function publishFile(source: string, target: string): void {
  try {
    linkSync(source, target);
  } catch {
    copyFileSync(source, target);
  }
}

/** Publishes every file below `source` at the same place below `target` (publishFile). */
export function publishTree(source: string, target: string): void {
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    const destination = join(target, relative(source, path));
    if (entry.isDirectory()) mkdirSync(destination, { recursive: true });
    else if (entry.isFile()) publishFile(path, destination);
  }
}
