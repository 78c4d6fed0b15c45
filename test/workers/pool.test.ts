import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { runInWorkers } from '../../src/workers/pool.ts';

const WORKER = new URL('./doubling-worker.ts', import.meta.url);

interface Job {
  value: number;
  crash?: boolean;
  wait?: boolean;
}

/** Runs the jobs on two threads, this one working too; every result by job index, and how many jobs ran here. */
async function runHereAndThere(jobs: Job[]): Promise<{ results: Map<number, number>; here: number }> {
  const results = new Map<number, number>();
  let here = 0;
  await runInWorkers<Job, number>(
    WORKER,
    jobs,
    2,
    (index, result) => {
      expect(results.has(index), `job ${index} answered once`).toBe(false);
      results.set(index, result);
    },
    () => -1,
    (job) => {
      here++;
      return job.value * 2;
    },
  );
  return { results, here };
}

describe('the worker pool, working on this thread too', () => {
  it('runs every job once, here and on the thread', async () => {
    const jobs = Array.from({ length: 40 }, (_, value) => ({ value }));
    const { results, here } = await runHereAndThere(jobs);
    expect([...results].sort(([a], [b]) => a - b)).toEqual(jobs.map(({ value }, index) => [index, value * 2]));
    // The thread is given its first two jobs before this thread takes any.
    expect(here).toBeGreaterThan(0);
    expect(here).toBeLessThanOrEqual(38);
  });

  it('fails the job of a thread that dies, and still runs the job it held but had not started', async () => {
    const jobs = Array.from({ length: 10 }, (_, value) => ({ value, crash: value === 0 }));
    const { results } = await runHereAndThere(jobs);
    expect(results.get(0)).toBe(-1);
    for (let index = 1; index < jobs.length; index++) expect(results.get(index), `job ${index}`).toBe(index * 2);
  });
});

describe('the worker pool, on threads only', () => {
  it('fails the job that waits on what can no longer answer, instead of waiting for ever, and runs the others', async () => {
    const jobs = Array.from({ length: 6 }, (_, value) => ({ value, wait: value === 2 }));
    const results = new Map<number, number | string>();
    await runInWorkers<Job, number | string>(
      WORKER,
      jobs,
      2,
      (index, result) => results.set(index, result),
      (_, reason) => reason,
    );
    expect(results.get(2)).toBe('the worker thread ended with its job unfinished: it waited on something that had stopped, such as a child process that died');
    for (const index of [0, 1, 3, 4, 5]) expect(results.get(index), `job ${index}`).toBe(index * 2);
  });
});

describe('the worker pool and its abort signal', () => {
  const jobs = Array.from({ length: 4 }, (_, value) => ({ value }));

  it('leaves no listener on the signal once it is done, so a long-lived signal does not collect them', async () => {
    const controller = new AbortController();
    const results: number[] = [];
    await runInWorkers<Job, number>(WORKER, jobs, 2, (_, result) => results.push(result), () => -1, undefined, controller.signal);
    expect(results.sort((a, b) => a - b)).toEqual([0, 2, 4, 6]);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('rejects with the reason when the signal is aborted while it runs', async () => {
    const controller = new AbortController();
    const running = runInWorkers<Job, number>(WORKER, jobs, 2, () => controller.abort(new Error('stopped by the test')), () => -1, undefined, controller.signal);
    await expect(running).rejects.toThrow('stopped by the test');
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });
});
