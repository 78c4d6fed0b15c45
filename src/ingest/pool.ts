import { Worker } from 'node:worker_threads';
import type { DocumentOutputs } from './outputs.ts';

const WORKER = new URL('./worker.ts', import.meta.url);

/**
 * Ingests sources on `size` worker threads, one document per worker at a time, and hands each
 * result to `onResult` on the main thread as it arrives (so results are written and dropped, not
 * collected: memory stays flat however large the corpus). A worker that dies (out of memory, a
 * crash outside the parser) fails its document with an error and is replaced.
 */
export function ingestInWorkers(paths: readonly string[], size: number, onResult: (index: number, outputs: DocumentOutputs) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let next = 0;
    let done = 0;
    let failed = false;
    const workers = new Set<Worker>();
    const stopAll = (): void => {
      for (const worker of workers) void worker.terminate();
      workers.clear();
    };
    const deliver = (index: number, outputs: DocumentOutputs): void => {
      try {
        onResult(index, outputs);
      } catch (error) {
        // Writing failed (disk full, permissions): stop, as a one-thread ingest would.
        failed = true;
        stopAll();
        reject(error);
        return;
      }
      if (++done === paths.length) {
        stopAll();
        resolve();
      }
    };
    const start = (): void => {
      const worker = new Worker(WORKER);
      workers.add(worker);
      let current: number | undefined;
      let failure = '';
      const give = (): void => {
        if (next >= paths.length) {
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ key: current, path: paths[current] });
      };
      worker.on('message', (message: { key: number; outputs: DocumentOutputs }) => {
        current = undefined;
        deliver(message.key, message.outputs);
        if (!failed) give();
      });
      worker.on('error', (error: unknown) => {
        failure = error instanceof Error ? error.message : String(error);
      });
      worker.on('exit', (code) => {
        workers.delete(worker);
        if (current === undefined || failed) return;
        const index = current;
        current = undefined;
        deliver(index, { error: `${paths[index]}: could not be ingested: the ingest worker stopped (${failure || `exit code ${code}`})` });
        if (!failed && next < paths.length) start();
      });
      give();
    };
    if (paths.length === 0) return resolve();
    for (let i = 0; i < Math.min(size, paths.length); i++) start();
  });
}
