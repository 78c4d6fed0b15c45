/**
 * The site's permanent origin (VERSLAG_SITE): every canonical URL, citation, feed entry and the
 * sitemap is built on it. Without it they point at a placeholder that leads nowhere, so the build
 * says so loudly, the pages carry a visible notice, and a strict build (VERSLAG_STRICT=1, or
 * `--strict` on the command line) refuses to go on.
 */
export const PLACEHOLDER_ORIGIN = 'https://verslag.example.org';

export interface SiteOrigin {
  /** The origin to build links on: VERSLAG_SITE, or the placeholder. */
  url: string;
  /** True when VERSLAG_SITE was not set: the permanent links are not permanent. */
  placeholder: boolean;
}

export function siteOrigin(env: NodeJS.ProcessEnv = process.env): SiteOrigin {
  const value = env.VERSLAG_SITE?.trim();
  if (!value) return { url: PLACEHOLDER_ORIGIN, placeholder: true };
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`VERSLAG_SITE is not a URL: "${value}" (give the origin the site is served from, e.g. https://example.org)`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`VERSLAG_SITE must be an http(s) origin, not "${value}"`);
  if (parsed.pathname !== '/' || parsed.search || parsed.hash) {
    throw new Error(`VERSLAG_SITE is the origin only ("${parsed.origin}"); give a sub-path such as /verslag/ in VERSLAG_BASE, not in "${value}"`);
  }
  return { url: parsed.origin, placeholder: false };
}

/** A strict build fails where an ordinary one warns: VERSLAG_STRICT=1 or `--strict`. */
export function isStrictBuild(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv): boolean {
  return env.VERSLAG_STRICT === '1' || argv.includes('--strict');
}

export const MISSING_ORIGIN_WARNING = [
  '',
  '!!! VERSLAG_SITE is not set.',
  `!!! Every permanent link of this build (canonical URLs, citations, "Citeer", feeds, sitemap) points at ${PLACEHOLDER_ORIGIN}, which leads nowhere.`,
  '!!! Build with the origin the site will be served from, e.g. VERSLAG_SITE=https://example.org npm run build',
  '!!! (VERSLAG_STRICT=1 or --strict makes this an error.)',
  '',
].join('\n');

/**
 * Checks the origin at the start of a build: warns on stderr, or throws in a strict build.
 * Returns the origin to build with.
 */
export function checkSiteOrigin(env: NodeJS.ProcessEnv = process.env, argv: readonly string[] = process.argv, warn: (message: string) => void = (message) => console.warn(message)): SiteOrigin {
  const origin = siteOrigin(env);
  if (origin.placeholder) {
    if (isStrictBuild(env, argv)) throw new Error(`VERSLAG_SITE is not set, and this is a strict build: set it to the origin the site is served from, e.g. VERSLAG_SITE=https://example.org`);
    warn(MISSING_ORIGIN_WARNING);
  }
  return origin;
}
