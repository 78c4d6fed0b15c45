import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** How two directory trees differ: files only in one of them, and files in both whose bytes differ. */
export interface DirectoryDifference {
  /** Files in both trees. */
  files: number;
  onlyInFirst: string[];
  onlyInSecond: string[];
  differing: string[];
}

/** The files below a directory, as paths relative to it, sorted. */
function filesBelow(root: string): string[] {
  return readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** Compares two directory trees byte for byte (one file at a time, so memory stays flat). */
export function compareDirectories(first: string, second: string): DirectoryDifference {
  const a = filesBelow(first);
  const b = new Set(filesBelow(second));
  const inA = new Set(a);
  const both = a.filter((path) => b.has(path));
  return {
    files: both.length,
    onlyInFirst: a.filter((path) => !b.has(path)),
    onlyInSecond: [...b].filter((path) => !inA.has(path)),
    differing: both.filter((path) => !readFileSync(join(first, path)).equals(readFileSync(join(second, path)))),
  };
}
