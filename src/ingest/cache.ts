import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { codeVersion, modulesFrom } from '../files/code-version.ts';
import type { DocumentSummary } from '../model/corpus.ts';
import type { Diagnostic } from './diagnostics.ts';
import { anchorHistoryPath } from './anchor-history.ts';
import { metadataPath } from './read-source.ts';
import { writeIfChanged } from './replace-file.ts';

/**
 * The ingest cache: one entry per document, all in one file (`<out>/.cache/ingest.json`), so that
 * a rebuild parses only the sources that changed. One file, not one per document: creating and
 * opening a file costs more than its few kilobytes of JSON. An entry is valid while
 * - the source text, its metadata file, its anchor history and the ingest code are those it was made from (one hash), and
 * - the document's outputs are still the files it wrote (same size and modification time).
 * It keeps what the corpus index needs of the document (its summary), so unchanged documents are
 * not read again at all: not even their source, while its file keeps the size and modification
 * time it had when it was hashed (see `knownHash`).
 */
export interface CacheEntry {
  hash: string;
  /** The source and metadata files as they were when `hash` was taken. */
  inputs: InputStamps;
  /** Bytes of source text, for the report. */
  bytes: number;
  /** Lines the parser could not classify, for the report. */
  unclassified: number;
  /** What the parser reported: kept, so that a rebuild that does not parse the document reports it again. */
  diagnostics: Diagnostic[];
  summary: DocumentSummary;
  outputs: Record<'markdown' | 'json', FileStamp>;
}

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** A source file, its metadata file and its anchor history (none if there is none), and when they were looked at. */
export interface InputStamps {
  source: FileStamp;
  metadata?: FileStamp;
  anchors?: FileStamp;
  stampedAt: number;
}

/**
 * The cache file: the entries, valid only for the ingest code they were made by, each with the
 * SHA-256 of its JSON (`check`), so that an entry changed since it was written (a summary edited by
 * hand, a file damaged on disk) is not trusted.
 */
interface CacheFile {
  version: string;
  entries: Record<string, CacheEntry & { check: string }>;
}

export const CACHE_DIR = '.cache';

/** Where the ingest starts: the run and the worker thread. */
const ENTRY_POINTS = ['src/ingest/run.ts', 'src/ingest/worker.ts'];

/**
 * A hash of the ingest code — every module the ingest loads (parsers and passes, the model, the
 * Markdown writer) — and of the dependencies it runs on. Any change there may change every
 * output, so it is part of every entry's hash and invalidates the whole cache. Modules the ingest
 * does not load (the site's remark plugin beside the writer in src/markdown, the pages) do not
 * count: editing them does not change what the ingest writes.
 */
export function ingestCodeVersion(): string {
  return codeVersion(ENTRY_POINTS);
}

/** The source files the ingest loads, from its entry points along their relative imports. */
export function ingestModules(): string[] {
  return modulesFrom(ENTRY_POINTS);
}

/** The files besides the source that its model is made from: the metadata and the anchor history (anchor-history.ts). */
function companions(sourcePath: string): { metadata: string; anchors: string } {
  return { metadata: metadataPath(sourcePath), anchors: anchorHistoryPath(sourcePath) };
}

/** The hash an entry is valid for: the code version, the source's bytes and its companion files' (or their absence). */
export function sourceHash(version: string, text: Buffer, metadata: Buffer | undefined, anchors?: Buffer): string {
  const hash = createHash('sha256').update(version).update('\u0000').update(text).update('\u0000');
  (metadata ? hash.update('metadata\u0000').update(metadata) : hash.update('no metadata')).update('\u0000');
  return (anchors ? hash.update('anchors\u0000').update(anchors) : hash.update('no anchors')).digest('hex');
}

/** The hash of a source file and its companion files; none if the source cannot be read (it is parsed, and the error reported). */
export function hashSourceFile(version: string, path: string): string | undefined {
  try {
    const { metadata, anchors } = companions(path);
    const read = (file: string) => (existsSync(file) ? readFileSync(file) : undefined);
    return sourceHash(version, readFileSync(path), read(metadata), read(anchors));
  } catch {
    return undefined;
  }
}

function cachePath(outDir: string): string {
  return join(outDir, CACHE_DIR, 'ingest.json');
}

/** The SHA-256 of an entry's JSON: what its `check` in the cache file must be. */
function entryCheck(entry: CacheEntry): string {
  return createHash('sha256').update(JSON.stringify(entry)).digest('hex');
}

const isStamp = (value: unknown): value is FileStamp =>
  typeof value === 'object' && value !== null && Number.isFinite((value as FileStamp).size) && Number.isFinite((value as FileStamp).mtimeMs);

/**
 * Whether an entry read back from the cache file is one the ingest wrote for this document: every
 * field the run reads has its type, the summary is made from this hash, and
 * the whole entry still has the checksum it was written with.
 */
function trustworthy(stored: unknown): stored is CacheEntry & { check: string } {
  if (typeof stored !== 'object' || stored === null) return false;
  const { check, ...entry } = stored as CacheEntry & { check: unknown };
  const { hash, inputs, bytes, unclassified, diagnostics, summary, outputs } = entry;
  return (
    typeof hash === 'string' &&
    typeof inputs === 'object' && inputs !== null && isStamp(inputs.source) && (inputs.metadata === undefined || isStamp(inputs.metadata)) && Number.isFinite(inputs.stampedAt) &&
    Number.isInteger(bytes) && Number.isInteger(unclassified) && Array.isArray(diagnostics) &&
    typeof summary === 'object' && summary !== null && typeof summary.id === 'string' && summary.modelDigest === hash &&
    typeof outputs === 'object' && outputs !== null && isStamp(outputs.markdown) && isStamp(outputs.json) &&
    check === entryCheck(entry)
  );
}

/**
 * The entries of the last run by document id: none if there was no run, its file is unreadable or
 * not a cache file, or the ingest code changed since (every document is parsed again). An entry
 * that does not check out (trustworthy) is left out: its document is parsed again, and its outputs
 * and its entry are written anew.
 */
export function readCache(outDir: string, version: string): Map<string, CacheEntry> {
  let cache: Partial<CacheFile> | null;
  try {
    cache = JSON.parse(readFileSync(cachePath(outDir), 'utf8')) as Partial<CacheFile> | null;
  } catch {
    return new Map();
  }
  if (cache?.version !== version || typeof cache.entries !== 'object' || cache.entries === null) return new Map();
  const entries = new Map<string, CacheEntry>();
  for (const [id, stored] of Object.entries(cache.entries)) {
    if (!trustworthy(stored)) continue;
    const { check: _, ...entry } = stored;
    entries.set(id, entry);
  }
  return entries;
}

/** Replaces the cache with `entries`: the documents this run wrote or kept, so removed ones drop out. */
export function writeCache(outDir: string, version: string, entries: ReadonlyMap<string, CacheEntry>): void {
  const checked = Object.fromEntries([...entries].map(([id, entry]) => [id, { ...entry, check: entryCheck(entry) }]));
  writeIfChanged(cachePath(outDir), `${JSON.stringify({ version, entries: checked } satisfies CacheFile)}\n`);
}

/** The source's and its companion files' stamps now; undefined if the source cannot be read. */
export function stampInputs(sourcePath: string): InputStamps | undefined {
  const stampedAt = Date.now();
  const source = stampOf(sourcePath);
  if (!source) return undefined;
  let files: ReturnType<typeof companions>;
  try {
    files = companions(sourcePath);
  } catch {
    return undefined;
  }
  const metadata = stampOf(files.metadata);
  const anchors = stampOf(files.anchors);
  return { source, ...(metadata ? { metadata } : {}), ...(anchors ? { anchors } : {}), stampedAt };
}

/**
 * A file whose modification time is this close to the moment it was stamped may have been written
 * again in the same tick of the file system's clock, or of a coarser one (FAT keeps two seconds),
 * with the same size: its stamp does not vouch for its contents (git calls such entries racy).
 */
const RACY_MS = 2000;

/**
 * The entry's hash, if the source and its companion files are still the ones it was taken from: the same
 * size and modification time, both set well before they were stamped. Otherwise undefined, and the
 * source must be read and hashed again (a source that was only touched then keeps its outputs).
 */
export function knownHash(entry: CacheEntry | undefined, now: InputStamps): string | undefined {
  if (!entry) return undefined;
  const then = entry.inputs;
  const vouches = (before: FileStamp | undefined, after: FileStamp | undefined, racy = true): boolean =>
    before === undefined ? after === undefined : after !== undefined && sameStamp(before, after) && (!racy || before.mtimeMs < then.stampedAt - RACY_MS);
  // The anchor history is the ingest's own output, stamped right after it wrote it: always "racy",
  // but no one else writes it in that moment, so its size and time vouch for it.
  return vouches(then.source, now.source) && vouches(then.metadata, now.metadata) && vouches(then.anchors, now.anchors, false) ? entry.hash : undefined;
}

export function stampOf(path: string): FileStamp | undefined {
  try {
    const stat = statSync(path);
    return { size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    return undefined;
  }
}

/** Whether an output file is still the one the entry recorded. */
export function unchanged(path: string, stamp: FileStamp): boolean {
  const now = stampOf(path);
  return now !== undefined && sameStamp(now, stamp);
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** Deletes the outputs of documents that are no longer ingested; returns how many documents. */
export function removeStale(outDir: string, keep: ReadonlySet<string>): number {
  const removed = new Set<string>();
  for (const [dir, extension] of [['markdown', '.md'], ['json', '.json']] as const) {
    const path = join(outDir, dir);
    if (!existsSync(path)) continue;
    for (const name of readdirSync(path)) {
      if (!name.endsWith(extension)) continue;
      const id = name.slice(0, -extension.length);
      if (keep.has(id)) continue;
      rmSync(join(path, name), { force: true });
      removed.add(id);
    }
  }
  return removed.size;
}
