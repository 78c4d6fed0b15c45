#!/usr/bin/env node
/**
 * npm run build [-- --force]        content/ → generated/ → the site in dist/, with its search index
 * npm run build:subpath [-- --force] the same site under /verslag/ in dist-subpath/
 * Options: --out DIR (default dist), --content DIR (default content), --force (render every page
 * again), --strict (the ingest's warnings fail the build, as with CI=true or VERSLAG_STRICT=1).
 * The site is published only whole, under a lock: see src/build/build-site.ts.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from '../src/build/build-site.ts';
import { StepError } from '../src/workers/child-process.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    content: { type: 'string', default: 'content' },
    force: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
  },
});

/** How this build was started, for a build that waits for its lock: `npm run build`, or the node command. */
function commandLine(): string {
  // npm's variables are inherited by anything it starts: they name this build only if their script is this one.
  const { npm_lifecycle_event: event, npm_lifecycle_script: script } = process.env;
  if (event && script?.includes('scripts/build.ts')) return `npm run ${event}`;
  return ['node', ...process.argv.slice(1).map((arg) => relative(process.cwd(), arg) || arg)].join(' ');
}

const started = performance.now();
try {
  await buildSite({
    root: process.cwd(),
    out: values.out,
    content: values.content,
    generated: process.env.VERSLAG_GENERATED ?? 'generated',
    force: values.force,
    strict: values.strict,
    command: commandLine(),
  });
  console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  const reason = error instanceof StepError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`build failed in ${reason}\nThe site in ${values.out}/ was left as it was.`);
  process.exit(1);
}
