import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { prepareVerslagSite } from '../../src/bench/sites.ts';
import { ingestCorpus } from '../../src/ingest/run.ts';

const root = new URL('../../', import.meta.url).pathname;
const ASTRO = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
/** The origin `npm test` builds dist/ with: permanent links as the tests of dist/ expect them, and no notice of a missing origin. */
export const PERMANENT_ORIGIN = 'https://verslag.example.org';

/** A real document to add to the default corpus: its file, the id it gets in content/, and metadata beside it. */
export interface AddedSource {
  /** Absolute path of the real document (under test/fixtures/ or ../shared/real/). */
  from: string;
  /** Its file name in content/: the id and extension ('plenaire-vergadering-2025-07-02.xml'). */
  as: string;
  /** The YAML written beside it, where the text does not say what it is. */
  metadata?: string;
}

export interface SiteWithSources {
  /** The temporary directory holding content/, generated/ and the site. */
  work: string;
  generated: string;
  /** The built site, to be served at /. */
  dist: string;
  remove(): void;
}

/**
 * A site of the default corpus plus `sources`, built in a temporary directory as the benchmark
 * builds its corpora (src/bench/sites.ts: the site reads $VERSLAG_GENERATED), so that content/
 * stays the seeds. Ingest and `astro build`, without the search index. Call in a beforeAll with a
 * generous timeout: it builds a whole site.
 */
export async function buildSiteWithSources(prefix: string, sources: AddedSource[]): Promise<SiteWithSources> {
  const work = mkdtempSync(join(tmpdir(), prefix));
  const content = join(work, 'content');
  const generated = join(work, 'generated');
  // The default corpus as it stands, its anchor histories (content/anchors/) included.
  cpSync(join(root, 'content'), content, { recursive: true });
  for (const source of sources) {
    copyFileSync(source.from, join(content, source.as));
    if (source.metadata) writeFileSync(join(content, source.as.replace(/\.[a-z]+$/, '.yml')), source.metadata);
  }
  const report = await ingestCorpus(content, generated);
  expect(report.errors).toEqual([]);
  const site = prepareVerslagSite(root, generated, join(work, 'site'));
  const build = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: site, encoding: 'utf8', env: { ...process.env, VERSLAG_GENERATED: generated, VERSLAG_SITE: PERMANENT_ORIGIN, ASTRO_TELEMETRY_DISABLED: '1' } });
  expect(build.status, build.stderr).toBe(0);
  return { work, generated, dist: join(site, 'dist'), remove: () => rmSync(work, { recursive: true, force: true }) };
}
