import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Total size in bytes and number of files below a directory (0 when it does not exist); optionally only files ending in `extension`. */
export function directorySize(path: string, extension?: string): { bytes: number; files: number } {
  if (!existsSync(path)) return { bytes: 0, files: 0 };
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || (extension && !entry.name.endsWith(extension))) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}
