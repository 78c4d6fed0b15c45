import { renameSync, rmSync, writeFileSync } from 'node:fs';

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
