import { getCompileCacheDir } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';

/** What a pool sends a worker thread, and what the thread answers. */
interface JobMessage<J> {
  key: number;
  job: J;
}
interface ResultMessage<R> {
  key: number;
  result: R;
}

/**
 * Runs `jobs` on `size` worker threads started from `worker` (a module that calls `serveJobs`),
 * one job per thread at a time, and hands each result to `onResult` on this thread as it arrives,
 * so results are used and dropped, not collected: memory stays flat however many jobs there are.
 * A thread that dies (out of memory, a crash outside the handler) fails its job with
 * `onCrash(index, reason)` and is replaced. If `onResult` throws, the pool stops and rejects.
 */
export function runInWorkers<J, R>(
  worker: URL,
  jobs: readonly J[],
  size: number,
  onResult: (index: number, result: R) => void,
  onCrash: (index: number, reason: string) => R,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    let failed = false;
    const threads = new Set<Worker>();
    const stopAll = (): void => {
      for (const thread of threads) void thread.terminate();
      threads.clear();
    };
    const deliver = (index: number, result: R): void => {
      try {
        onResult(index, result);
      } catch (error) {
        failed = true;
        stopAll();
        reject(error);
        return;
      }
      if (++done === jobs.length) {
        stopAll();
        resolve();
      }
    };
    const start = (): void => {
      const thread = new Worker(worker, { env: workerEnv() });
      threads.add(thread);
      let current: number | undefined;
      let failure = '';
      const give = (): void => {
        if (next >= jobs.length) {
          threads.delete(thread);
          void thread.terminate();
          return;
        }
        current = next++;
        thread.postMessage({ key: current, job: jobs[current] } satisfies JobMessage<J>);
      };
      thread.on('message', (message: ResultMessage<R>) => {
        if (failed) return;
        // The next job first: the thread works on it while this one's result is used here.
        current = undefined;
        give();
        deliver(message.key, message.result);
      });
      thread.on('error', (error: unknown) => {
        failure = error instanceof Error ? error.message : String(error);
      });
      thread.on('exit', (code) => {
        threads.delete(thread);
        if (current === undefined || failed) return;
        const index = current;
        current = undefined;
        deliver(index, onCrash(index, failure || `exit code ${code}`));
        if (!failed && next < jobs.length) start();
      });
      give();
    };
    if (jobs.length === 0) return resolve();
    for (let i = 0; i < Math.min(size, jobs.length); i++) start();
  });
}

/**
 * The environment of a pool's thread: this process's, with Node's module compile cache on. Each
 * thread compiles the modules it loads (and strips their TypeScript) again, a fifth of a CPU second
 * for the ingest's; the cache on disk spares that from the second run on. This process's cache
 * directory if it has one, else Node's default; NODE_DISABLE_COMPILE_CACHE still turns it off.
 */
function workerEnv(): NodeJS.ProcessEnv {
  const cache = getCompileCacheDir() ?? process.env.NODE_COMPILE_CACHE ?? join(tmpdir(), 'node-compile-cache');
  return { ...process.env, NODE_COMPILE_CACHE: cache };
}

/**
 * The worker thread's side of `runInWorkers`: answers each job with `handle(job)`. The buffers
 * `transfer(result)` names are moved to the pool's thread instead of copied (and are unusable here after).
 */
export function serveJobs<J, R>(handle: (job: J) => R | Promise<R>, transfer: (result: R) => ArrayBuffer[] = () => []): void {
  parentPort!.on('message', async (message: JobMessage<J>) => {
    const result = await handle(message.job);
    parentPort!.postMessage({ key: message.key, result } satisfies ResultMessage<R>, transfer(result));
  });
}
