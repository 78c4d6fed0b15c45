import { serveJobs } from '../../src/workers/pool.ts';

/** A pool thread for the tests: doubles a number, or dies on a job that says so, or waits on a promise nothing will ever settle. */
serveJobs((job: { value: number; crash?: boolean; wait?: boolean }) => {
  if (job.crash) process.exit(3);
  if (job.wait) return new Promise<number>(() => {});
  return job.value * 2;
});
