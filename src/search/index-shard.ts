import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawn } from 'node:child_process';
import { exitCause, lastLines } from '../workers/child-process.ts';
import { markPassageAnchors } from './passage-anchors.ts';
import { pagefindBinary } from './pagefind-binary.ts';

/** One Pagefind index to build: these pages of the built site, written to `outputPath`. */
export interface ShardJob {
  site: string;
  /** Paths of pages relative to `site`, such as `documenten/<id>/index.html`. */
  pages: string[];
  outputPath: string;
}

/** One glob that matches exactly these pages: `{personen/krul/index.html,documenten/x/index.html}`. */
export function pagesGlob(pages: readonly string[]): string {
  const unsafe = pages.find((page) => !/^[\w./-]+$/.test(page));
  if (unsafe) throw new Error(`cannot index ${unsafe}: a page path with characters a glob would read as a pattern`);
  return `{${pages.join(',')}}`;
}

/**
 * Writes a page as Pagefind should read it (markPassageAnchors) under the same path below `staged`.
 * Read and written as Latin-1, one byte per character: the markers move only ASCII (tags and ids),
 * so every other byte, UTF-8 sequences included, stays as it was, and the page is neither decoded
 * nor encoded.
 */
export function stagePage(site: string, staged: string, page: string): void {
  mkdirSync(dirname(join(staged, page)), { recursive: true });
  writeFileSync(join(staged, page), markPassageAnchors(readFileSync(join(site, page), 'latin1')), 'latin1');
}

/** Pagefind's own account of a bundle it wrote: pages per language. */
interface PagefindEntry {
  languages: Record<string, { page_count: number }>;
}

/** Runs a program to its end, with what it wrote; never rejects (a failure to start is exit code null and its message). */
function run(command: string, args: readonly string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8')).slice(-16_384);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => resolve({ code: null, signal: null, output: error.message }));
    child.on('close', (code, signal) => resolve({ code, signal, output }));
  });
}

/**
 * Indexes a shard's pages into one Pagefind bundle at `outputPath`. Dutch (stemming:
 * kwantumcomputer finds kwantumcomputers); only what a page marks with data-pagefind-body is
 * indexed. A page's URL is its path from the site root (`/documenten/x/`); the search page passes
 * the site's base to Pagefind.
 *
 * Pagefind runs as its command-line program, a child process whose end is always seen: its Node
 * API talks to the same program but never notices it die, so a Pagefind that panics (an output
 * directory it may not write) left its caller waiting for ever. The bundle is the same, byte for
 * byte. Every failure is returned as an error naming the shard and the cause.
 */
export async function indexShard({ site, pages, outputPath }: ShardJob): Promise<{ error?: string }> {
  const shard = `${pages.length} pages into ${outputPath}`;
  // The pages as Pagefind should read them (markPassageAnchors), under the same paths, so their URLs are the site's.
  const staged = mkdtempSync(join(tmpdir(), 'verslag-pagefind-'));
  try {
    for (const page of pages) stagePage(site, staged, page);
    const args = ['--site', staged, '--glob', pagesGlob(pages), '--output-path', outputPath, '--force-language', 'nl', '--quiet'];
    const { code, signal, output } = await run(pagefindBinary(), args);
    if (code !== 0) return { error: `Pagefind failed indexing ${shard} (${exitCause(code, signal)}): ${lastLines(output) || 'no output'}` };
  } catch (error) {
    return { error: `Pagefind could not index ${shard}: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    rmSync(staged, { recursive: true, force: true });
  }
  // Pagefind can end without an error and without its index (out of memory): a site without its index must not pass for built.
  for (const file of ['pagefind.js', 'pagefind-entry.json']) {
    if (!existsSync(join(outputPath, file))) return { error: `Pagefind wrote no index to ${outputPath} (${file} is missing)` };
  }
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  if (indexed !== pages.length) return { error: `Pagefind indexed ${indexed} of the ${shard}` };
  return {};
}
