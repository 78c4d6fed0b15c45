import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import { SOURCE_EXTENSIONS } from './formats.ts';
import { metadataPath } from './read-source.ts';
import { SourceError } from './source.ts';
import { sourceIdOf } from './source-id.ts';

/** A source file of the content directory and the id its document gets. */
export interface ContentSource {
  path: string;
  id: string;
}

/** The sources of a content directory, and why the others cannot be ingested (one message each, naming the file). */
export interface ContentListing {
  sources: ContentSource[];
  refused: { path: string; error: string }[];
}

/**
 * The sources of `contentDir`: the files with an extension some format reads (their metadata, .yml,
 * sits beside them), in name order. Refused, each with a message: a name that makes no id, two
 * names that make the same id (`a b.txt` and `a-b.txt`: the later one in name order), and a symbolic
 * link, of the source or of its metadata, that leads out of the content directory (a link would
 * otherwise publish any file the build can read).
 */
export function listSources(contentDir: string): ContentListing {
  const root = realpathSync(contentDir);
  const listing: ContentListing = { sources: [], refused: [] };
  const owners = new Map<string, string>();
  const names = readdirSync(contentDir).filter((name) => SOURCE_EXTENSIONS.includes(extname(name))).sort();
  for (const name of names) {
    const path = join(contentDir, name);
    try {
      for (const file of [path, metadataPath(path)]) insideContent(root, file);
      const id = sourceIdOf(path);
      const owner = owners.get(id);
      if (owner !== undefined) throw new SourceError(path, `makes the same document id "${id}" as ${owner}: rename one of them`);
      owners.set(id, path);
      listing.sources.push({ path, id });
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      listing.refused.push({ path, error: error.message });
    }
  }
  return listing;
}

/** Throws if `file` is a symbolic link whose target lies outside `root` (a missing file passes: the reader reports it). */
function insideContent(root: string, file: string): void {
  let isLink: boolean;
  try {
    isLink = lstatSync(file).isSymbolicLink();
  } catch {
    return;
  }
  if (!isLink) return;
  let target: string;
  try {
    target = realpathSync(file);
  } catch {
    throw new SourceError(file, 'is a symbolic link to a file that does not exist');
  }
  const inside = relative(root, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
    throw new SourceError(file, `is a symbolic link that leads out of the content directory (to ${target}); copy the file into the content directory instead`);
  }
}
