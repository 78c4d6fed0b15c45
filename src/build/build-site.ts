import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { errorMessage } from '../files/file-error.ts';
import { printIngestReport, strictIngest } from '../ingest/report.ts';
import { ingestCorpus } from '../ingest/run.ts';
import { describeSearchIndex, indexDocuments, indexSite, shardCacheDir, type DocumentIndexRun } from '../search/index-site.ts';
import { runChild, StepError } from '../workers/child-process.ts';
import { checkSite } from './check-site.ts';
import { acquireBuildLock, describeHolder } from './lock.ts';
import { prepareStaging, publishSite, recoverSite, stagingDir } from './staged-site.ts';

export interface BuildOptions {
  /** The project folder: astro.config.mjs, node_modules, and the lock. */
  root: string;
  /** Where the site is published (dist). */
  out: string;
  content: string;
  generated: string;
  /** Render every page again (Astro's --force), instead of copying unchanged ones from the last build. */
  force?: boolean;
  /** Fail on the ingest's warnings too (as with CI=true or VERSLAG_STRICT=1: report.ts). */
  strict?: boolean;
  /** What runs the build, for whoever waits for its lock: `npm run build`. */
  command: string;
  log?: (line: string) => void;
}

/** The lock file in the project folder. */
export const LOCK_FILE = '.verslag-build.lock';

/** The steps of a build, in order; a test may pause the build after any of them (VERSLAG_BUILD_PAUSE). */
export const STEPS = ['lock', 'ingest', 'pages', 'search', 'check', 'publish'] as const;
type Step = (typeof STEPS)[number];

/**
 * A test's hook: `VERSLAG_BUILD_PAUSE=<step>:<file>` makes the build, after that step, write its
 * pid to the file and wait until the file is deleted. So a test stops a build at a known point
 * (to start another beside it, or to kill it there) without guessing how long a step takes.
 */
async function pauseAfter(step: Step): Promise<void> {
  const hook = process.env.VERSLAG_BUILD_PAUSE;
  if (!hook || hook.slice(0, hook.indexOf(':')) !== step) return;
  const file = hook.slice(hook.indexOf(':') + 1);
  writeFileSync(file, `${process.pid}\n`);
  while (existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * Builds the site and publishes it only whole: under the build lock, ingest (content/ →
 * generated/), the Astro build into a staging directory beside the site, the search index of the
 * staged site, checks of the staged site, then the swap (staged-site.ts). A step that fails ends
 * the build with a StepError naming it, and the site published before stays as it was; so does a
 * build that is killed (the next one cleans up after it).
 */
export async function buildSite(options: BuildOptions): Promise<void> {
  const log = options.log ?? ((line: string) => console.log(line));
  const root = resolve(options.root);
  const out = resolve(root, options.out);
  const lock = await step('lock', () =>
    acquireBuildLock(join(root, LOCK_FILE), options.command, {
      waiting: (holder) => log(`build: waiting for the build that holds ${LOCK_FILE}: ${describeHolder(holder)}`),
      takingOver: (holder) => log(`build: taking over ${LOCK_FILE} from a build that no longer runs: ${describeHolder(holder)}`),
    }),
  );
  let child: ChildProcess | undefined;
  // Stopped from outside (Ctrl-C, kill): the running step's process goes too, and the lock is given up.
  const stop = (signal: NodeJS.Signals): void => {
    child?.kill('SIGTERM');
    rmSync(stagingDir(out), { recursive: true, force: true });
    lock.release();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGHUP' ? 1 : 15));
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) process.on(signal, stop);
  let documents: DocumentIndexRun | undefined;
  try {
    await pauseAfter('lock');
    for (const line of step('prepare', () => recoverSite(out))) log(`build: ${line}`);

    const ingestStarted = performance.now();
    const report = await step('ingest', () => ingestCorpus(resolve(root, options.content), resolve(root, options.generated)));
    const failure = printIngestReport(report, (performance.now() - ingestStarted) / 1000, options.generated, strictIngest(options.strict));
    if (failure) throw new StepError('ingest', failure);
    await pauseAfter('ingest');

    const staging = step('pages', () => prepareStaging(out));
    // The documents' search index is made from their models: it is built while Astro builds the pages.
    const pagesStarted = performance.now();
    documents = step('search', () => indexDocuments(staging, { generated: resolve(root, options.generated), cache: shardCacheDir(out) }));
    const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
    await runChild('pages (astro build)', process.execPath, [astro, 'build', '--outDir', relative(root, staging), ...(options.force ? ['--force'] : [])], {
      cwd: root,
      env: { ...process.env, VERSLAG_GENERATED: options.generated },
      started: (started) => {
        child = started;
        lock.addChild(started.pid!);
      },
      ended: (ended) => {
        child = undefined;
        if (ended.pid) lock.removeChild(ended.pid);
      },
    });
    const pagesEnded = performance.now();
    log(`pages: built in ${((pagesEnded - pagesStarted) / 1000).toFixed(2)} s (the documents' search index alongside)`);
    await pauseAfter('pages');

    const search = await step('search', () => indexSite(staging, { documents }));
    log(describeSearchIndex(search, (performance.now() - pagesEnded) / 1000, out, ' after the pages'));
    await pauseAfter('search');

    const ids = readdirSync(resolve(root, options.generated, 'json')).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
    const problems = step('check', () => checkSite(staging, ids));
    if (problems.length > 0) throw new StepError('check', `the built site is not whole, so it was not published:\n${problems.join('\n')}`);
    await pauseAfter('check');

    step('publish', () => publishSite(out));
    log(`build: published ${relative(process.cwd(), out) || out}`);
    await pauseAfter('publish');
  } catch (error) {
    documents?.stop();
    await documents?.indexing;
    // The failed site goes; if it cannot, the next build removes it (recoverSite).
    rmSync(stagingDir(out), { recursive: true, force: true, maxRetries: 0 });
    throw error;
  } finally {
    for (const signal of signals) process.off(signal, stop);
    lock.release();
  }
}

/** Runs one step, so that an error it throws names the step (and a file error is put in words). */
function step<T>(name: string, run: () => T): T {
  let result: T;
  try {
    result = run();
  } catch (error) {
    throw error instanceof StepError ? error : new StepError(name, errorMessage(error));
  }
  if (result instanceof Promise) {
    return result.catch((error: unknown) => {
      throw error instanceof StepError ? error : new StepError(name, errorMessage(error));
    }) as T;
  }
  return result;
}
