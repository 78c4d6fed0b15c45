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
  /** Source files found, ingested or refused. */
  found: number;
  sources: ContentSource[];
  refused: { path: string; error: string }[];
}

/**
 * The sources of `contentDir`: the files with an extension some format reads (their metadata, .yml,
 * sits beside them), in name order. Refused, each with a message: a name that makes no id, two
 * names that make the same id (`a b.txt` and `a-b.txt`, or a correction `x.md` beside `x.txt`: both), and a symbolic
 * link, of the source or of its metadata, that leads out of the content directory (a link would
 * otherwise publish any file the build can read).
 */
export function listSources(contentDir: string): ContentListing {
  const root = realpathSync(contentDir);
  const candidates: ContentSource[] = [];
  const names = readdirSync(contentDir).filter((name) => SOURCE_EXTENSIONS.includes(extname(name))).sort();
  const listing: ContentListing = { found: names.length, sources: [], refused: [] };
  for (const name of names) {
    const path = join(contentDir, name);
    try {
      for (const file of [path, metadataPath(path)]) insideContent(root, file);
      candidates.push({ path, id: sourceIdOf(path) });
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      listing.refused.push({ path, error: error.message });
    }
  }
  // Two files that would be one document: which is meant cannot be guessed, so neither is published.
  for (const [id, named] of Map.groupBy(candidates, (source) => source.id)) {
    if (named.length === 1) {
      listing.sources.push(named[0]!);
      continue;
    }
    const paths = named.map((source) => source.path);
    const originals = paths.filter((path) => extname(path) !== '.md');
    const correction = originals.length < paths.length ? ` (to publish the corrected Markdown, remove ${originals.join(' and ')})` : '';
    listing.refused.push({ path: paths[0]!, error: `${paths.join(' and ')} would both be the document "${id}", whose id is the file name: keep one${correction}` });
  }
  listing.refused.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
