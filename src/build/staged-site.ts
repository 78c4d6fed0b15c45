import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';

/**
 * Where a build writes its site before publishing it: beside the published one (`dist` →
 * `dist.staging`), on the same file system, so that publishing is a rename. Only one build at a
 * time uses it (the build lock), so its name is fixed and a killed build's leftover is found.
 */
export function stagingDir(out: string): string {
  return `${out}.staging`;
}

/** Where the published site is moved aside for the moment of the swap. */
export function previousDir(out: string): string {
  return `${out}.previous`;
}

/**
 * Makes `out` the last published site again after a build that was killed: a build killed between
 * the two renames of `publishSite` leaves no `out` and the old site under `previous`; any build
 * leaves its `staging` behind. Returns what it did, for the log.
 */
export function recoverSite(out: string): string[] {
  const done: string[] = [];
  const previous = previousDir(out);
  if (!existsSync(out) && existsSync(previous)) {
    renameSync(previous, out);
    done.push(`restored ${out} from ${previous} (a build was stopped while publishing)`);
  }
  for (const leftover of [previous, stagingDir(out)]) {
    if (!existsSync(leftover)) continue;
    rmSync(leftover, { recursive: true, force: true });
    done.push(`removed ${leftover}, left by a build that did not finish`);
  }
  return done;
}

/** An empty staging directory for a new site. */
export function prepareStaging(out: string): string {
  const staging = stagingDir(out);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  return staging;
}

/**
 * Replaces the published site with the staged one: two renames, so `out` is at every moment a
 * whole site, the old or the new, but for the instant between them (a build killed there is
 * undone by recoverSite). The old site is deleted after.
 */
export function publishSite(out: string): void {
  const previous = previousDir(out);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, previous);
  renameSync(stagingDir(out), out);
  rmSync(previous, { recursive: true, force: true });
}
