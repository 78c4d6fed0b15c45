import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';

/**
 * Writes a file as a new file put in place of the old one (write beside, then rename): a reader
 * never sees half a file, and a hard link to the old file (the site's copy of the open data, see
 * src/integrations/open-data-files.ts) keeps the old contents instead of changing under it.
 */
export function replaceFile(path: string, contents: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, contents);
    renameSync(temporary, path);
  } catch (error) {
    // A full disk must not leave half a file behind under a name nothing cleans up.
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Replaces a file only when its contents change, so an unchanged file keeps its modification
 * time. Compared as bytes: the corpus index is tens of megabytes, twice that as a string.
 */
export function writeIfChanged(path: string, contents: string): void {
  const bytes = Buffer.from(contents);
  if (existsSync(path) && statSync(path).size === bytes.length && readFileSync(path).equals(bytes)) return;
  replaceFile(path, bytes);
}
