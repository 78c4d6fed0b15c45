import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareDirectories, type DirectoryDifference } from '../files/compare-directories.ts';
import { directorySize } from '../files/directory-size.ts';
import { generateCorpus, type GeneratedDocument } from './generate/corpus.ts';
import { measure, type Measured } from './measure.ts';
import { fixed, formatTable, type StageResult } from './report.ts';
import { reviseSource } from './revise.ts';
import { buildFloor, formatFloor } from './floor.ts';
import { formatLatency, formatPagefindLatency, measurePagefindLatency, measureSearchLatency } from './search-latency.ts';
import { prepareBareSite, prepareHugoSite, prepareVerslagSite } from './sites.ts';

export interface BenchOptions {
  docs: number;
  seed: string;
  /** Keep the temporary directories (corpus, outputs, both sites). */
  keep: boolean;
  /** Build the site (`npm run build`: ingest, pages, search index) clean and after each change, and the peers (slow); without, only generation and ingest are measured. */
  astro: boolean;
  /** After the rebuilds, build the changed corpus again from scratch and compare the two sites byte for byte. */
  verify?: boolean;
  /** Measure the search page's latency in Chromium on the clean build (default with the search index). */
  latency?: boolean;
  /** Build the same text as plain Markdown with a bare Astro project (default; the slowest stage, minutes at 1,000 documents). */
  plain?: boolean;
  /** After the peer, measure the floor of a build on this machine (floor.ts): the ingest alone, Astro's pages alone, and Astro's build again with nothing changed. */
  floor?: boolean;
  /** Heap limit (MB) for the Astro builds, passed as --max-old-space-size. */
  astroHeapMb?: number;
  /** Echo the stages' own output. */
  verbose: boolean;
}

export interface BenchResult {
  rows: StageResult[];
  table: string;
  /** The summary lines printed after the table: the ratio to Hugo + Pagefind, the rebuild fractions, the search latency. */
  summary: string[];
  workDir: string;
  sourceBytes: number;
}

const REPOSITORY = fileURLToPath(new URL('../../', import.meta.url));
const ASTRO = join(REPOSITORY, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PAGEFIND = join(REPOSITORY, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

/** Whether Hugo is on PATH (Debian's package `hugo`): then the benchmark measures Hugo + Pagefind over the same text. */
function hugoAvailable(): boolean {
  return spawnSync('hugo', ['version'], { stdio: 'ignore' }).status === 0;
}

/**
 * The benchmark: generates a corpus, then measures `npm run build` of the Verslag site as a child
 * process (so its memory is its own), clean, then again after one source changed and again after
 * one was added (each step reusing its cache), the peers over the same words, and the Astro build
 * of the same text as plain Markdown.
 */
export async function runBench(options: BenchOptions, log: (line: string) => void = console.log): Promise<BenchResult> {
  const workDir = mkdtempSync(join(tmpdir(), 'verslag-bench-'));
  const content = join(workDir, 'content');
  const generated = join(workDir, 'generated');
  const rows: StageResult[] = [];
  const summary: string[] = [];
  let latency: string | undefined;
  const node = process.execPath;
  const attempt = async (stage: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<Measured> => {
    log(`… ${stage} (load average ${loadavg()[0]!.toFixed(2)})`);
    const result = await measure(node, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, echo: options.verbose });
    // Each stage's cost as it ends, so that a long run that is stopped still tells what it measured.
    log(`  ${stage}: ${result.seconds.toFixed(1)} s, ${result.cpuSeconds?.toFixed(1) ?? '–'} CPU s${result.code === 0 ? '' : `, exit ${result.code}`}`);
    return result;
  };
  /** A stage the next ones depend on: its failure ends the benchmark. */
  const run = async (stage: string, args: string[], cwd: string, env?: NodeJS.ProcessEnv): Promise<Measured> => {
    const result = await attempt(stage, args, cwd, env);
    if (result.code !== 0) throw new Error(`${stage} failed (exit code ${result.code}):\n${result.stderr.slice(-4000) || result.stdout.slice(-4000)}`);
    return result;
  };

  try {
    log(`bench: ${options.docs} documents, seed ${options.seed}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB; work dir ${workDir}`);
    const generation = await run('generate corpus', [join(REPOSITORY, 'scripts/generate-corpus.ts'), '--docs', String(options.docs), '--seed', options.seed, '--out', content], REPOSITORY);
    const source = directorySize(content, '.txt');
    rows.push({ stage: 'generate corpus', ...cost(generation), pages: source.files, outputBytes: source.bytes, note: 'source .txt' });

    /**
     * The changes a rebuild is measured after (only the changed document should be parsed): the
     * middle source revised, then a new document added (see addedDocument).
     */
    const changes: { label: string; change: () => void }[] = [
      {
        label: '1 changed',
        change: () => {
          const changed = readdirSync(content).filter((name) => name.endsWith('.txt')).sort()[Math.floor(source.files / 2)]!;
          writeFileSync(join(content, changed), reviseSource(readFileSync(join(content, changed), 'utf8')));
        },
      },
      {
        label: '1 added',
        change: () => {
          const added = addedDocument(options.seed, (id) => existsSync(join(content, `${id}.txt`)));
          writeFileSync(join(content, `${added.id}.txt`), added.text);
          writeFileSync(join(content, `${added.id}.yml`), added.metadata);
        },
      },
    ];
    if (options.astro) {
      const heap = options.astroHeapMb ? { NODE_OPTIONS: `--max-old-space-size=${options.astroHeapMb}` } : {};
      // The whole build is `npm run build` in a copy of the project: the ingest, then Astro with the
      // documents' search index alongside, then the rest of the index; its log gives each step's time.
      // As a user runs it: with an origin, and not strict even under CI=true (the ingest's warnings would fail it).
      const buildArgs = (site: string) => [join(site, 'scripts/build.ts'), '--content', content, '--out', 'dist'];
      const buildEnv = (out: string) => ({ VERSLAG_GENERATED: out, VERSLAG_SITE: 'https://bench.example.org', CI: '', VERSLAG_STRICT: '', ...heap });
      const site = prepareVerslagSite(REPOSITORY, generated, join(workDir, 'site'));
      const dist = join(site, 'dist');
      const wholeBuild = (stage: string) => attempt(stage, buildArgs(site), site, buildEnv(generated));
      /** The rows of one build: the whole, and its steps as its log times them. */
      const buildRows = (label: string, result: Measured): StageResult[] => {
        const note = `npm run build: ${result.code === 0 ? stepTimes(result.stdout) : `FAILED (exit ${result.code}): ${lastErrorLine(result)}`}`;
        if (result.code !== 0) return [{ ...siteRow(`whole build (${label})`, result, dist), note }];
        // The site is measured once for the three rows: at 10,000 documents a walk of dist/ takes seconds.
        const size = siteSize(dist);
        return [
          { ...siteRow(`whole build (${label})`, result, dist, size), note },
          ingestRow(`ingest (${label})`, result, generated, source.bytes),
          pagesRow(`pages (${label})`, result, size),
          searchRow(`search index (${label})`, result, size),
        ];
      };
      const clean = await wholeBuild('whole build (clean)');
      rows.push(...buildRows('clean', clean));
      // The plain sites have the text of the same documents as this clean build (the Astro one built last, measured alone).
      const bare = options.plain !== false && clean.code === 0 ? prepareBareSite(REPOSITORY, generated, join(workDir, 'bare')) : undefined;
      const hugo = hugoAvailable() && clean.code === 0 ? prepareHugoSite(generated, join(workDir, 'hugo')) : undefined;
      // The peer right after the clean build, over the same words, under as nearly the same load as a shared machine allows:
      // Hugo renders the plain Markdown, Pagefind's own command indexes it.
      /** The peer's site, once Pagefind indexed it: its search is measured beside the search page's. */
      let peerSite: string | undefined;
      /** The peer's wall time, and Pagefind's CPU time over its pages: the floor's index. */
      let peerCost: { seconds: number; indexCpuSeconds: number } | undefined;
      if (hugo) {
        log(`… hugo (plain Markdown) (load average ${loadavg()[0]!.toFixed(2)})`);
        const hugoBuild = await measure('hugo', ['--quiet', '--source', hugo.dir, '--destination', 'public'], { cwd: hugo.dir, echo: options.verbose });
        log(`  hugo (plain Markdown): ${hugoBuild.seconds.toFixed(1)} s, ${hugoBuild.cpuSeconds?.toFixed(1) ?? '–'} CPU s`);
        const hugoRow = siteRow('hugo (plain Markdown)', hugoBuild, join(hugo.dir, 'public'));
        const hugoIndex = hugoBuild.code === 0 ? await attempt('Pagefind over the Hugo site', [PAGEFIND, '--site', join(hugo.dir, 'public')], hugo.dir) : undefined;
        rows.push(hugoRow);
        if (hugoIndex) {
          const indexed = /Indexed (\d+) pages?/.exec(hugoIndex.stdout);
          const peer = hugoBuild.seconds + hugoIndex.seconds;
          rows.push(
            { stage: 'Pagefind over the Hugo site', ...cost(hugoIndex), ...(indexed ? { pages: Number(indexed[1]) } : {}), indexBytes: directorySize(join(hugo.dir, 'public', 'pagefind')).bytes, note: largestProcesses(hugoIndex) },
            { stage: 'Hugo + Pagefind', seconds: peer, ...(hugoBuild.cpuSeconds !== undefined && hugoIndex.cpuSeconds !== undefined ? { cpuSeconds: hugoBuild.cpuSeconds + hugoIndex.cpuSeconds } : {}), note: 'hugo + pagefind' },
          );
          if (hugoIndex.code === 0) {
            peerSite = join(hugo.dir, 'public');
            if (hugoIndex.cpuSeconds !== undefined) peerCost = { seconds: peer, indexCpuSeconds: hugoIndex.cpuSeconds };
            const verslagPages = rows.find((row) => row.stage === 'whole build (clean)')?.pages;
            rows.push({ stage: 'ratio Verslag ÷ Hugo + Pagefind', note: `×${(clean.seconds / peer).toFixed(2)} (whole clean build ${clean.seconds.toFixed(1)} s; Hugo + Pagefind ${peer.toFixed(1)} s)` });
            summary.unshift(`Verslag's whole clean build ÷ Hugo + Pagefind over the same plain Markdown: ${clean.seconds.toFixed(1)} s ÷ ${peer.toFixed(1)} s = ×${(clean.seconds / peer).toFixed(2)} (pages ×${ratio(verslagPages, hugoRow.pages)})`);
          }
        }
      } else {
        rows.push({ stage: 'Hugo + Pagefind', note: clean.code === 0 ? 'skipped: hugo is not on PATH' : 'not run: the build failed' });
      }
      if (options.floor && peerCost) {
        // Each part alone, over the clean build's generated/: the ingest into a directory of its own, Astro in a project of its own, twice.
        const ingest = await run('floor: ingest alone (clean)', [join(REPOSITORY, 'scripts/ingest.ts'), '--content', content, '--out', join(workDir, 'generated-floor')], REPOSITORY);
        const alone = prepareVerslagSite(REPOSITORY, generated, join(workDir, 'site-floor'));
        const astroEnv = { VERSLAG_GENERATED: generated, VERSLAG_SITE: 'https://bench.example.org', ...heap };
        const astro = await run("floor: Astro's pages alone (clean, no search index)", [ASTRO, 'build'], alone, astroEnv);
        const again = await run("floor: Astro's build again, nothing changed", [ASTRO, 'build'], alone, astroEnv);
        rows.push(
          { stage: 'floor: ingest alone (clean)', ...cost(ingest), note: 'scripts/ingest.ts' },
          { ...siteRow("floor: Astro's pages alone", astro, join(alone, 'dist')), note: 'astro build, no search index' },
          { stage: "floor: Astro's build again", ...cost(again), note: 'astro build, nothing changed (its incremental build)' },
        );
        if (ingest.cpuSeconds !== undefined && astro.cpuSeconds !== undefined) {
          const parts = { ingestCpuSeconds: ingest.cpuSeconds, astroCpuSeconds: astro.cpuSeconds, indexCpuSeconds: peerCost.indexCpuSeconds, cores: availableParallelism(), astroAgainSeconds: again.seconds };
          summary.push(...formatFloor(parts, buildFloor(parts, peerCost.seconds, clean.seconds)));
        }
      }
      if (clean.code === 0 && options.latency !== false) {
        log('… search latency in Chromium (the clean build)');
        latency = formatLatency(await measureSearchLatency(dist));
        if (peerSite) {
          log("… the peer's search latency in Chromium (Pagefind's own API over the Hugo site)");
          latency += `\n${formatPagefindLatency(await measurePagefindLatency(peerSite))}`;
        }
        log(latency);
      }

      // The same build after each change: each step reuses what its cache says is unchanged.
      let rebuilt = clean.code === 0;
      for (const { label, change } of rebuilt ? changes : []) {
        change();
        const rebuild = await wholeBuild(`whole build (${label})`);
        rows.push(...buildRows(label, rebuild));
        rebuilt = rebuild.code === 0;
        if (!rebuilt) break;
      }
      if (options.verify && rebuilt) {
        // The same corpus built from scratch, in directories of its own (no cache of any step).
        const cleanSite = prepareVerslagSite(REPOSITORY, undefined, join(workDir, 'site-clean'));
        await run('verify: whole build', buildArgs(cleanSite), cleanSite, buildEnv(join(workDir, 'generated-clean')));
        rows.push(verifyRow(compareDirectories(dist, join(cleanSite, 'dist'))));
      }

      if (bare) {
        const bareBuild = await attempt('astro build (plain Markdown)', [ASTRO, 'build'], bare.dir, heap);
        const plain = siteRow('astro build (plain Markdown)', bareBuild, join(bare.dir, 'dist'));
        const pages = rows.find((row) => row.stage === 'pages (clean)');
        rows.push(plain, {
          stage: 'ratio Verslag ÷ plain',
          note: pages?.seconds !== undefined && bareBuild.code === 0 ? `Astro wall ×${ratio(pages.seconds, plain.seconds)}, pages ×${ratio(pages.pages, plain.pages)}, output ×${ratio(pages.outputBytes, plain.outputBytes)}` : 'none: a build failed',
        });
      } else {
        rows.push({ stage: 'astro build (plain Markdown)', note: options.plain === false ? 'skipped (--no-plain)' : 'not run: the build failed' });
      }
    } else {
      const ingest = [join(REPOSITORY, 'scripts/ingest.ts'), '--content', content, '--out', generated];
      const clean = await run('ingest (clean)', ingest, REPOSITORY);
      rows.push(ingestRow('ingest (clean)', clean, generated, source.bytes, false));
      for (const { label, change } of changes) {
        change();
        rows.push(ingestRow(`ingest (${label})`, await run(`ingest (${label})`, ingest, REPOSITORY), generated, source.bytes, false));
      }
      rows.push({ stage: 'builds', note: 'skipped (--no-astro)' });
    }
    const cleanIngest = rows.find((row) => row.stage === 'ingest (clean)')!;
    const cleanWhole = rows.find((row) => row.stage === 'whole build (clean)');
    for (const change of changes) {
      const rebuild = rows.find((row) => row.stage === `whole build (${change.label})`);
      if (cleanWhole?.seconds && rebuild?.seconds !== undefined) {
        const fraction = rebuild.seconds / cleanWhole.seconds;
        rows.push({ stage: `rebuild fraction (${change.label})`, note: `${fraction.toFixed(2)} of the clean build (${rebuild.seconds.toFixed(1)} s ÷ ${cleanWhole.seconds.toFixed(1)} s)` });
        summary.push(`rebuild after ${change.label === '1 changed' ? 'one changed' : 'one added'} source ÷ clean build: ${rebuild.seconds.toFixed(1)} s ÷ ${cleanWhole.seconds.toFixed(1)} s = ${fraction.toFixed(2)}`);
      }
    }
    const table = formatTable(rows);
    log('');
    log(table);
    log('');
    for (const line of summary) log(line);
    // Printed when it was measured, above the table.
    if (latency) summary.push(latency);
    const perCore = cleanIngest.sourceMBpsPerCore === undefined ? '' : `, ${fixed(cleanIngest.sourceMBpsPerCore, 2)} MB/s per core (${fixed(cleanIngest.cpuSeconds, 2)} CPU s)`;
    log(
      `ingest (clean): ${fixed(cleanIngest.sourceMBps, 2)} MB/s of source on ${availableParallelism()} cores (${(source.bytes / 1e6).toFixed(1)} MB in ${fixed(cleanIngest.seconds, 2)} s)${perCore}; ` +
        `load average now ${loadavg().map((load) => load.toFixed(2)).join(' ')}`,
    );
    return { rows, table, summary, workDir, sourceBytes: source.bytes };
  } finally {
    if (!options.keep) rmSync(workDir, { recursive: true, force: true });
    else log(`kept ${workDir}`);
  }
}

/**
 * A document to add to the benchmark's corpus: the first of a small corpus generated with a seed of
 * its own whose id the corpus does not hold yet (a large corpus takes many of the titles and dates),
 * so it is new (its own title, date and speakers from the same pool of names) and sorts among the
 * others by its kind and date, as a newly published document does.
 */
function addedDocument(seed: string, taken: (id: string) => boolean): GeneratedDocument {
  for (const document of generateCorpus({ docs: 50, seed: `${seed}-added` })) if (!taken(document.id)) return document;
  throw new Error('no generated document to add whose id is not in the corpus already');
}

function cost(result: Measured): Pick<StageResult, 'seconds' | 'cpuSeconds' | 'peakRssBytes'> {
  return {
    seconds: result.seconds,
    ...(result.cpuSeconds === undefined ? {} : { cpuSeconds: result.cpuSeconds }),
    ...(result.peakRssBytes === undefined ? {} : { peakRssBytes: result.peakRssBytes }),
  };
}

/** Seconds a step of the whole build took, as its log says (`… in 12.34 s`). */
function loggedSeconds(stdout: string, line: RegExp): number | undefined {
  const found = line.exec(stdout);
  return found ? Number(found[1]) : undefined;
}
const INGEST_LINE = /^ingested \d+ of \d+ documents \([\d.]+ MB\) in ([\d.]+) s/m;
const PAGES_LINE = /^pages: built in ([\d.]+) s/m;
const SEARCH_LINE = /^search index: .* in ([\d.]+) s after the pages;/m;

/** A whole build's steps in words, from its log: "ingest 4.2 s, pages 9.8 s (…), search index 3.1 s after the pages". */
function stepTimes(stdout: string): string {
  const seconds = (line: RegExp) => loggedSeconds(stdout, line)?.toFixed(1) ?? '?';
  return `ingest ${seconds(INGEST_LINE)} s, pages ${seconds(PAGES_LINE)} s (with the documents' search index alongside), search index ${seconds(SEARCH_LINE)} s after the pages`;
}

/**
 * An ingest: documents written, outputs (Markdown + JSON), the corpus index, source throughput.
 * Of a whole build (`npm run build`), the ingest's time is what its log says, its CPU not known.
 */
function ingestRow(stage: string, result: Measured, generated: string, sourceBytes: number, ofWholeBuild = true): StageResult {
  const written = /ingested (\d+) of (\d+) documents/.exec(result.stdout);
  const parsed = /parsed (\d+), unchanged (\d+)/.exec(result.stdout);
  const corpus = join(generated, 'corpus.json');
  const seconds = ofWholeBuild ? loggedSeconds(result.stdout, INGEST_LINE) : result.seconds;
  return {
    stage,
    ...(ofWholeBuild ? (seconds === undefined ? {} : { seconds }) : cost(result)),
    pages: written ? Number(written[1]) : undefined,
    outputBytes: directorySize(join(generated, 'markdown')).bytes + directorySize(join(generated, 'json')).bytes,
    indexBytes: existsSync(corpus) ? statSync(corpus).size : undefined,
    ...(seconds ? { sourceMBps: sourceBytes / 1e6 / seconds } : {}),
    ...(!ofWholeBuild && result.cpuSeconds ? { sourceMBpsPerCore: sourceBytes / 1e6 / result.cpuSeconds } : {}),
    note: `${parsed ? `parsed ${parsed[1]}, unchanged ${parsed[2]}; ` : ''}index = corpus.json`,
  };
}

/** The Astro build of a whole build, as its log times it: the pages it wrote (the search index is built alongside). */
function pagesRow(stage: string, result: Measured, size: SiteSize): StageResult {
  const seconds = loggedSeconds(result.stdout, PAGES_LINE);
  return { stage, ...(seconds === undefined ? {} : { seconds }), pages: size.pages, outputBytes: size.bytes - size.index.bytes, note: 'astro build, with the documents\' search index alongside' };
}

/** What a built site holds: its HTML pages, all its bytes, and its Pagefind index (pagefind/). */
interface SiteSize {
  pages: number;
  bytes: number;
  index: { bytes: number; files: number };
}

function siteSize(dist: string): SiteSize {
  return { pages: directorySize(dist, '.html').files, bytes: directorySize(dist).bytes, index: directorySize(join(dist, 'pagefind')) };
}

/** An Astro build: HTML pages written, the whole dist/, and the Pagefind index within it. */
function siteRow(stage: string, result: Measured, dist: string, size?: SiteSize): StageResult {
  if (result.code !== 0) return { stage, ...cost(result), note: `FAILED (exit ${result.code}): ${lastErrorLine(result)}; ${largestProcesses(result)}` };
  const { pages, bytes, index } = size ?? siteSize(dist);
  return {
    stage,
    ...cost(result),
    pages,
    outputBytes: bytes,
    ...(index.files > 0 ? { indexBytes: index.bytes } : {}),
    note: largestProcesses(result),
  };
}

/** The line of a failed stage's output that says why: the cause Astro names ("Invalid string length"), a V8 "FATAL ERROR: … heap out of memory". */
function lastErrorLine(result: Measured): string {
  const lines = `${result.stdout}\n${result.stderr}`.split('\n').map((line) => line.trim());
  const cause = lines.findIndex((line) => line === 'Caused by:');
  if (cause >= 0 && lines[cause + 1]) return lines[cause + 1]!;
  return lines.find((line) => /FATAL ERROR|RangeError|out of memory|Invalid string length/i.test(line)) ?? lines.filter((line) => /error/i.test(line)).at(-1) ?? lines.filter(Boolean).at(-1) ?? '';
}

/** "largest: node 4100 MB, pagefind_extended 900 MB": which programs of the tree took the memory. */
function largestProcesses(result: Measured): string {
  const programs = Object.entries(result.peakRssByProgram ?? {}).sort((a, b) => b[1] - a[1]).slice(0, 3);
  return programs.length === 0 ? '' : `largest: ${programs.map(([program, bytes]) => `${program} ${(bytes / 1e6).toFixed(0)} MB`).join(', ')}`;
}

/** The search index of a whole build: the time it took after the pages were built (its documents' shards are indexed alongside them). */
function searchRow(stage: string, result: Measured, size: SiteSize): StageResult {
  const logged = /search index: (\d+) pages in (\d+) shard\(s\) \((\d+) indexed/.exec(result.stdout);
  const seconds = loggedSeconds(result.stdout, SEARCH_LINE);
  const { index } = size;
  return {
    stage,
    ...(seconds === undefined ? {} : { seconds }),
    ...(logged ? { pages: Number(logged[1]) } : {}),
    indexBytes: index.bytes,
    note: `${logged ? `${logged[2]} shard(s), ${logged[3]} indexed; ` : ''}${index.files} index files; time after the pages`,
  };
}

/** Whether the site rebuilt after one change is the site a build from scratch makes. */
function verifyRow(difference: DirectoryDifference): StageResult {
  const { files, onlyInFirst, onlyInSecond, differing } = difference;
  const wrong = [...differing.map((path) => `${path} differs`), ...onlyInFirst.map((path) => `${path} only in the rebuild`), ...onlyInSecond.map((path) => `${path} only in the clean build`)];
  return {
    stage: 'rebuild = clean build',
    note: wrong.length === 0 ? `identical: the ${files} files of dist/, byte for byte` : `NOT IDENTICAL: ${wrong.length} file(s), ${wrong.slice(0, 3).join('; ')}`,
  };
}

function ratio(a: number | undefined, b: number | undefined): string {
  return a === undefined || b === undefined || b === 0 ? '–' : (a / b).toFixed(1);
}
