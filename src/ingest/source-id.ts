import { basename, extname } from 'node:path';
import { SourceError } from './source.ts';
import { slugify } from '../model/slug.ts';

/** Longest id we accept: a URL segment and a file name (with `.json`) well inside any file system's 255 bytes. */
const MAX_ID_LENGTH = 150;

/**
 * A document's id, from its file name: the name without extension as a URL slug, the same one the
 * people and parties get (`vergadering-financiën.txt` → `vergadering-financien`, `Met spatie.txt`
 * → `met-spatie`). A name that is already a slug (every seed's) is its own id. The id is the page's
 * URL and the name of its generated files, so it may hold only a–z, 0–9 and single dashes: nothing
 * a URL, a file system or a glob reads as syntax. A name with no letter or digit left (`...txt`,
 * `..txt`) cannot become one and is refused.
 */
export function sourceIdOf(path: string): string {
  const name = basename(path, extname(path));
  const id = slugify(name);
  if (id === '') throw new SourceError(path, `the file name "${basename(path)}" has no letters or digits to make the document's id (its URL) from: rename it, e.g. commissiedebat-2025-06-25-innovatie${extname(path)}`);
  if (id.length > MAX_ID_LENGTH) throw new SourceError(path, `the file name makes an id of ${id.length} characters, more than ${MAX_ID_LENGTH}: shorten it`);
  return id;
}
