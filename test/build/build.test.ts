import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareVerslagSite } from '../../src/bench/sites.ts';
import { checkSite } from '../../src/build/check-site.ts';

/**
 * The whole build (scripts/build.ts) in a copy of the project with two of the default corpus's
 * documents: what a killed, a concurrent and a failing build leave in dist/. Builds are stopped at
 * known points by VERSLAG_BUILD_PAUSE (the build waits while a file exists), never by timing.
 */
const repository = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'verslag-build-'));
/** Builds started here: a test that fails must not leave one paused or running. */
const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
});

const project = prepareVerslagSite(repository, undefined, join(work, 'project'));
const DOCUMENTS = ['antwoorden-2026-vragen-dassen-over-ai', 'schriftelijk-overleg-2026-04-15-internationale-digitale-strategie'];
mkdirSync(join(project, 'content'));
for (const id of DOCUMENTS) for (const extension of ['.txt', '.yml']) copyFileSync(join(repository, 'content', id + extension), join(project, 'content', id + extension));

const dist = join(project, 'dist');
const pauseFile = join(work, 'paused');

interface Build {
  pid: number;
  /** Resolves once the build has written a line containing `text` to stdout. */
  said: (text: string) => Promise<void>;
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Starts `node scripts/build.ts` in the project, as `npm run build` does. */
function startBuild(env: Record<string, string> = {}): Build {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VERSLAG_')));
  const child = spawn(process.execPath, ['-r', './scripts/check-node.cjs', 'scripts/build.ts'], { cwd: project, env: { ...clean, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.on('close', () => running.delete(child));
  let stdout = '';
  let stderr = '';
  const listeners = new Set<() => void>();
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    listeners.forEach((listener) => listener());
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  const said = (text: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const look = (): void => {
        if (!stdout.includes(text)) return;
        listeners.delete(look);
        resolve();
      };
      listeners.add(look);
      look();
      void done.then(() => (stdout.includes(text) ? resolve() : reject(new Error(`the build ended without saying "${text}":\n${stdout}\n${stderr}`))));
    });
  return { pid: child.pid!, said, done };
}

/** Waits until a paused build has written the pause file. */
async function paused(build: Build): Promise<void> {
  await Promise.race([
    new Promise<void>((resolve) => {
      const look = (): void => (existsSync(pauseFile) ? resolve() : void setTimeout(look, 20));
      look();
    }),
    build.done.then((result) => {
      throw new Error(`the build ended before its pause: ${result.stdout}\n${result.stderr}`);
    }),
  ]);
}

/** Every file of a directory with its bytes, to tell whether a site changed at all. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name))]));
}

const documentPage = (id: string): string => readFileSync(join(dist, 'documenten', id, 'index.html'), 'utf8');
const leftovers = (): string[] => readdirSync(project).filter((name) => /\.staging$|\.previous$|\.lock/.test(name));

// Generous: a build of two documents takes seconds, but the machine may be busy.
describe('the build', { timeout: 600_000 }, () => {
  let published: Map<string, Buffer>;

  it('publishes a whole site, and leaves no staging directory and no lock behind', async () => {
    const { code, stdout, stderr } = await startBuild().done;
    expect(stderr).not.toContain('build failed');
    expect(code).toBe(0);
    expect(stdout).toContain('build: published dist');
    expect(checkSite(dist, DOCUMENTS)).toEqual([]);
    expect(leftovers()).toEqual([]);
    published = snapshot(dist);
  });

  it('keeps the last site while a build runs and when it is killed; a build that waited for it takes over its lock and publishes', async () => {
    const yml = join(project, 'content', `${DOCUMENTS[1]}.yml`);
    writeFileSync(yml, readFileSync(yml, 'utf8').replace(/^title: .*$/m, 'title: "Een gecorrigeerde titel"'));
    // A host truncates an open-data file in dist/: it is the ingest's output (a hard link), whose
    // stamp then changed, so it is written again, not republished as it was left.
    const json = join(dist, 'documenten', `${DOCUMENTS[0]}.json`);
    const jsonSize = statSync(json).size;
    truncateSync(json, 0);
    published = snapshot(dist);
    const killed = startBuild({ VERSLAG_BUILD_PAUSE: `pages:${pauseFile}` });
    await killed.said('parsed 2, unchanged 0');
    await paused(killed);
    // Its pages are written, beside the site: the published site is untouched.
    expect(readFileSync(join(project, 'dist.staging', 'documenten', DOCUMENTS[1]!, 'index.html'), 'utf8')).toContain('Een gecorrigeerde titel');
    expect(snapshot(dist)).toEqual(published);

    const waiting = startBuild();
    await waiting.said(`build: waiting for the build that holds .verslag-build.lock: pid ${killed.pid} (node scripts/build.ts), started 20`);
    process.kill(killed.pid, 'SIGKILL');
    expect((await killed.done).signal).toBe('SIGKILL');
    rmSync(pauseFile);
    expect(snapshot(dist)).toEqual(published);

    const { code, stdout } = await waiting.done;
    expect(code).toBe(0);
    expect(stdout).toContain(`build: taking over .verslag-build.lock from a build that no longer runs: pid ${killed.pid}`);
    expect(stdout).toContain(`build: removed ${join(project, 'dist.staging')}, left by a build that did not finish`);
    expect(documentPage(DOCUMENTS[1]!)).toContain('Een gecorrigeerde titel');
    expect(statSync(json).size).toBe(jsonSize);
    expect(JSON.parse(readFileSync(json, 'utf8'))).toMatchObject({ id: DOCUMENTS[0] });
    expect(checkSite(dist, DOCUMENTS)).toEqual([]);
    expect(leftovers()).toEqual([]);
    published = snapshot(dist);
  });

  it('fails, naming the step and the cause, when Astro fails, and publishes nothing', async () => {
    const failing = startBuild({ VERSLAG_BUILD_PAUSE: `ingest:${pauseFile}` });
    await paused(failing);
    // The corpus index is damaged between the ingest and the pages: Astro's build throws.
    writeFileSync(join(project, 'generated', 'corpus.json'), '{"documents": 5}');
    rmSync(pauseFile);
    const { code, stderr } = await failing.done;
    expect(code).toBe(1);
    expect(stderr).toMatch(/build failed in pages \(astro build\): exit code 1; its last words:\n/);
    expect(stderr).toContain('The site in dist/ was left as it was.');
    expect(snapshot(dist)).toEqual(published);
    expect(leftovers()).toEqual([]);
  });

  it('runs two builds started together one after the other, both publishing a whole site', async () => {
    // Which one waits depends on which starts first; neither may fail, and the site must be whole.
    const results = await Promise.all([startBuild().done, startBuild().done]);
    expect(results.map((result) => result.code)).toEqual([0, 0]);
    expect(checkSite(dist, DOCUMENTS)).toEqual([]);
    expect(snapshot(dist)).toEqual(published);
    expect(leftovers()).toEqual([]);
  });
});
