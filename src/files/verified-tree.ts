import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Every file of a directory tree by its path below it, with its size and SHA-256. */
export interface TreeManifest {
  files: Record<string, { size: number; sha256: string }>;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The manifest of a directory as it is now. */
export function manifestOf(dir: string): TreeManifest {
  const files: TreeManifest['files'] = {};
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  for (const path of entries.map((entry) => join(entry.parentPath, entry.name)).sort()) {
    const bytes = readFileSync(path);
    files[relative(dir, path)] = { size: bytes.length, sha256: sha256(bytes) };
  }
  return { files };
}

/** A manifest read back from a file: undefined if it is missing or not one (a cache entry that does not check out). */
export function readManifest(path: string): TreeManifest | undefined {
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as TreeManifest;
    const files = Object.values(manifest?.files ?? {});
    const valid = files.length > 0 && files.every((file) => Number.isInteger(file?.size) && /^[0-9a-f]{64}$/.test(String(file?.sha256)));
    return valid ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Copies the files a manifest lists from `source` to `target`, checking each against its size and
 * hash as it is read: a copy, never a link, so that nothing done to the target (a truncated file in
 * a published site) reaches the source (a cache a later build reuses), and a source that does not
 * check out is not copied. Returns false, with what it copied removed again, if a file is missing
 * or differs.
 */
export function copyVerified(source: string, manifest: TreeManifest, target: string): boolean {
  const copied: string[] = [];
  for (const [path, expected] of Object.entries(manifest.files)) {
    const from = join(source, path);
    const to = join(target, path);
    // The manifest names files below its directory: a path that leads out of it is not one of ours.
    const inside = !relative(source, from).startsWith('..') && !relative(target, to).startsWith('..');
    const bytes = inside && existsSync(from) ? readFileSync(from) : undefined;
    if (!bytes || bytes.length !== expected.size || sha256(bytes) !== expected.sha256) {
      for (const file of copied) rmSync(file, { force: true });
      return false;
    }
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, bytes);
    copied.push(to);
  }
  return true;
}
