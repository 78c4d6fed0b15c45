import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `from './x.ts'`, `import('./x.ts')`, `new URL('./worker.ts', …)`: the ways a module names another. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\bnew URL\(\s*)['"](\.{1,2}\/[^'"]+\.ts)['"]/g;

/** The source files loaded from `entryPoints` (paths from the repository root), along their relative imports. */
export function modulesFrom(entryPoints: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = entryPoints.map((path) => join(ROOT, path));
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) pending.push(resolve(dirname(file), match[1]!));
  }
  return [...seen];
}

/**
 * A hash of the code that makes an output: every module loaded from `entryPoints`, and the
 * dependencies it runs on (package-lock.json). A cache keyed by it is invalidated by a change to
 * any of them, and not by a change to modules the output does not depend on.
 */
export function codeVersion(entryPoints: readonly string[]): string {
  const hash = createHash('sha256');
  const files = modulesFrom(entryPoints);
  const lock = join(ROOT, 'package-lock.json');
  if (existsSync(lock)) files.push(lock);
  for (const file of files.map((path) => relative(ROOT, path)).sort()) {
    hash.update(`${file}\u0000`).update(readFileSync(join(ROOT, file))).update('\u0000');
  }
  return hash.digest('hex');
}
