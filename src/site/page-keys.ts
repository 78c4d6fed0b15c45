import { hash } from 'node:crypto';

/**
 * The paths of a page with a `cacheKey` each: the hash of the path's props. Astro's incremental
 * build (experimental.incrementalBuild) writes a page again only when its key or the page's code
 * changed, and copies the earlier output otherwise. So the props must hold everything the page
 * shows, including what its components read from the corpus index (a person's name), or a
 * digest of it (a rendered body's).
 */
export function withCacheKeys<Params, Props>(paths: { params: Params; props: Props }[]): { params: Params; props: Props; cacheKey: string }[] {
  return paths.map((path) => ({ ...path, cacheKey: hash('sha256', JSON.stringify(path.props)) }));
}
