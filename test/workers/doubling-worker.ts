import { serveJobs } from '../../src/workers/pool.ts';

/** A pool thread for the tests: doubles a number, or dies on a job that says so. */
serveJobs((job: { value: number; crash?: boolean }) => {
  if (job.crash) process.exit(3);
  return job.value * 2;
});
