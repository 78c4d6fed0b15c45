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
 * A thread that dies (out of memory, a crash outside the handler, a job that waits on what can
 * no longer answer: see serveJobs) fails its job with `onCrash(index, reason)` and is replaced.
 * If `onResult` throws, the pool stops and rejects.
 *
 * With `here`, this thread is one of the `size`: it works through jobs itself with `here`, taking
 * the threads' results between two of them, and one thread fewer is started, loaded and warmed
 * up. The threads then hold two jobs each, so that one whose result waits for this thread to
 * finish a job still has the next to work on. If `here` throws, the pool stops and rejects.
 */
export function runInWorkers<J, R>(
  worker: URL,
  jobs: readonly J[],
  size: number,
  onResult: (index: number, result: R) => void,
  onCrash: (index: number, reason: string) => R,
  here?: (job: J) => R,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    /** Jobs a thread held but had not started when it died: given out again first. */
    const returned: number[] = [];
    const take = (): number | undefined => returned.shift() ?? (next < jobs.length ? next++ : undefined);
    let done = 0;
    let failed = false;
    const threads = new Set<Worker>();
    // Called once the pool is done either way, so that a later abort of a long-lived signal finds no listener of a finished pool.
    const stopAll = (): void => {
      signal?.removeEventListener('abort', onAbort);
      for (const thread of threads) void thread.terminate();
      threads.clear();
    };
    const onAbort = (): void => fail(signal!.reason);
    const fail = (error: unknown): void => {
      failed = true;
      stopAll();
      reject(error);
    };
    const deliver = (index: number, result: R): void => {
      try {
        onResult(index, result);
      } catch (error) {
        fail(error);
        return;
      }
      if (++done === jobs.length) {
        stopAll();
        resolve();
      }
    };
    const held = here ? 2 : 1;
    const start = (): void => {
      const thread = new Worker(worker, { env: workerEnv() });
      threads.add(thread);
      /** The jobs given to this thread and not answered, in order: it works on the first. */
      const holding: number[] = [];
      let failure = '';
      const give = (): void => {
        while (holding.length < held) {
          const index = take();
          if (index === undefined) break;
          holding.push(index);
          thread.postMessage({ key: index, job: jobs[index] } satisfies JobMessage<J>);
        }
        if (holding.length === 0) {
          threads.delete(thread);
          void thread.terminate();
        }
      };
      thread.on('message', (message: ResultMessage<R>) => {
        if (failed) return;
        holding.splice(holding.indexOf(message.key), 1);
        // The next job first: the thread works on it while this one's result is used here.
        give();
        deliver(message.key, message.result);
      });
      thread.on('error', (error: unknown) => {
        failure = error instanceof Error ? error.message : String(error);
      });
      thread.on('exit', (code) => {
        threads.delete(thread);
        if (holding.length === 0 || failed) return;
        const [index, ...unstarted] = holding as [number, ...number[]];
        holding.length = 0;
        returned.push(...unstarted);
        // Exit code 0 with a job unanswered: the thread ran out of work to wait on (serveJobs).
        const reason = failure || (code === 0 ? 'the worker thread ended with its job unfinished: it waited on something that had stopped, such as a child process that died' : `the worker thread ended with exit code ${code}`);
        deliver(index, onCrash(index, reason));
        if (!failed && (returned.length > 0 || next < jobs.length)) start();
      });
      give();
    };
    const workHere = async (): Promise<void> => {
      for (let index = take(); index !== undefined && !failed; index = take()) {
        let result: R;
        try {
          result = here!(jobs[index]!);
        } catch (error) {
          fail(error);
          return;
        }
        deliver(index, result);
        // Lets the threads' results in, and their next jobs out, before the next job here.
        await new Promise((resolve) => setImmediate(resolve));
      }
    };
    if (jobs.length === 0) return resolve();
    if (signal?.aborted) return fail(signal.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    for (let i = 0; i < Math.min(size - (here ? 1 : 0), jobs.length); i++) start();
    if (here) void workHere();
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
  const port = parentPort!;
  let running = 0;
  port.on('message', async (message: JobMessage<J>) => {
    // While a job runs, only its own work keeps this thread alive, not the port it listens on: a
    // job that awaits what can no longer answer (a child process that died without its client
    // noticing, as Pagefind's Node API does) lets the thread end, and the pool fails the job
    // (runInWorkers) instead of waiting for ever.
    if (running++ === 0) port.unref();
    const result = await handle(message.job);
    port.postMessage({ key: message.key, result } satisfies ResultMessage<R>, transfer(result));
    if (--running === 0) port.ref();
  });
}
