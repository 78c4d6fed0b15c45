import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { MISSING_ORIGIN_WARNING, PLACEHOLDER_ORIGIN, checkSiteOrigin, isStrictBuild, siteOrigin } from '../../src/site/origin.ts';

describe('the permanent origin (VERSLAG_SITE)', () => {
  it('is the origin given, without a trailing slash', () => {
    expect(siteOrigin({ VERSLAG_SITE: 'https://kamer.example.nl/' })).toEqual({ url: 'https://kamer.example.nl', placeholder: false });
  });

  it('refuses what is not an http(s) origin, saying where a sub-path goes', () => {
    expect(() => siteOrigin({ VERSLAG_SITE: 'kamer.example.nl' })).toThrow('VERSLAG_SITE is not a URL: "kamer.example.nl"');
    expect(() => siteOrigin({ VERSLAG_SITE: 'ftp://kamer.example.nl' })).toThrow('must be an http(s) origin');
    expect(() => siteOrigin({ VERSLAG_SITE: 'https://kamer.example.nl/verslag/' })).toThrow('give a sub-path such as /verslag/ in VERSLAG_BASE');
  });

  it('when unset, is the placeholder, and the build warns loudly', () => {
    const warnings: string[] = [];
    expect(checkSiteOrigin({}, ['node', 'astro', 'build'], (message) => warnings.push(message))).toEqual({ url: PLACEHOLDER_ORIGIN, placeholder: true });
    expect(warnings).toEqual([MISSING_ORIGIN_WARNING]);
    expect(MISSING_ORIGIN_WARNING).toContain('!!! VERSLAG_SITE is not set.');
  });

  it('when unset in a strict build (VERSLAG_STRICT=1 or --strict), fails', () => {
    expect(isStrictBuild({}, ['node', 'astro', 'build'])).toBe(false);
    expect(isStrictBuild({ VERSLAG_STRICT: '1' }, [])).toBe(true);
    expect(isStrictBuild({}, ['node', 'astro', 'build', '--strict'])).toBe(true);
    expect(() => checkSiteOrigin({ VERSLAG_STRICT: '1' }, [], () => undefined)).toThrow('VERSLAG_SITE is not set, and this is a strict build');
    expect(checkSiteOrigin({ VERSLAG_STRICT: '1', VERSLAG_SITE: 'https://kamer.example.nl' }, [])).toEqual({ url: 'https://kamer.example.nl', placeholder: false });
  });

  it('a strict `astro build` without it stops before building anything, naming the variable', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, VERSLAG_STRICT: '1' };
    delete env.VERSLAG_SITE;
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'dist-never-written'], { env, encoding: 'utf8' });
    expect(build.status).not.toBe(0);
    expect(`${build.stdout}${build.stderr}`).toContain('VERSLAG_SITE is not set, and this is a strict build');
    // Starting Astro takes a few seconds, more on a busy machine.
  }, 600_000);
});
