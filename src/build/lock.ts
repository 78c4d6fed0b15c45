import { randomBytes } from 'node:crypto';
import { linkSync, openSync, closeSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

/**
 * The build lock: one file in the project folder that says which build holds it. Two builds in one
 * folder share generated/, Astro's caches and the search cache, so they must not interleave.
 *
 * A lock file of our own rather than a library: the builds run on one machine, where whether the
 * holder still runs is known exactly from its process ids (and their start times, so that a
 * reused pid does not pass for the holder). proper-lockfile and the like declare a lock stale when
 * its holder has not touched it for some seconds, which a build whose main thread parses documents
 * for a minute does not do, and they do not say who holds the lock.
 */
export interface LockHolder {
  pid: number;
  /** When the process started, in clock ticks since boot (Linux: /proc/<pid>/stat), to tell a reused pid from the holder. */
  pidStart?: number;
  host: string;
  /** When the build took the lock (ISO 8601). */
  started: string;
  command: string;
  /** Processes the build started (Astro) that write where the build does: the lock is held while any of them runs. */
  children: Array<{ pid: number; pidStart?: number }>;
  /** Tells this holding of the lock from an earlier one by the same pid. */
  token: string;
}

export interface LockEvents {
  /** Called once per holder the build waits for. */
  waiting?: (holder: LockHolder) => void;
  /** Called when the lock of a build that no longer runs is taken over. */
  takingOver?: (holder: LockHolder) => void;
  /** How long to wait between two looks at the lock, in ms (default 200). */
  pollMs?: number;
}

/** The start time of a process, from /proc where there is one. */
export function processStart(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
  } catch {
    return undefined;
  }
}

/** Whether a process of the lock is still the one that took it: it exists, and started when it did. */
function running({ pid, pidStart }: { pid: number; pidStart?: number }): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: it exists, under another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = processStart(pid);
  return pidStart === undefined || start === undefined || start === pidStart;
}

/** Whether the holder's build, or a process it started, still runs. A lock taken on another host is taken to be held. */
export function holderRuns(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  return running(holder) || holder.children.some(running);
}

/** The lock's holder; undefined if there is no lock (it was just released). */
function readHolder(path: string): LockHolder | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // The lock is only ever created whole (tryCreate) and replaced whole (a rename): anything else is not a build's lock.
  let holder: Partial<LockHolder> | null = null;
  try {
    holder = JSON.parse(text) as Partial<LockHolder> | null;
  } catch {
    // Reported below.
  }
  if (holder && typeof holder.pid === 'number' && typeof holder.token === 'string' && Array.isArray(holder.children)) return holder as LockHolder;
  throw new Error(`${path} is not a build lock Verslag wrote (${JSON.stringify(text.slice(0, 80))}); if no build is running, delete it`);
}

/** "pid 123 (npm run build), started 2026-12-04T14:31:13.000Z" and the host if it is another. */
export function describeHolder(holder: LockHolder): string {
  const host = holder.host === hostname() ? '' : ` on ${holder.host}`;
  return `pid ${holder.pid}${host} (${holder.command}), started ${holder.started}`;
}

export class BuildLock {
  readonly path: string;
  holder: LockHolder;

  constructor(path: string, holder: LockHolder) {
    this.path = path;
    this.holder = holder;
  }

  /** Records a process the build started, so that the lock stays held while it runs. */
  addChild(pid: number): void {
    this.holder.children.push({ pid, ...optional('pidStart', processStart(pid)) });
    this.#write();
  }

  removeChild(pid: number): void {
    this.holder.children = this.holder.children.filter((child) => child.pid !== pid);
    this.#write();
  }

  /** Gives the lock up, if it is still this build's. */
  release(): void {
    if (readHolder(this.path)?.token === this.holder.token) rmSync(this.path, { force: true });
  }

  #write(): void {
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify(this.holder)}\n`);
    renameSync(temporary, this.path);
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** Creates the lock file with its contents in one step (a link appears whole, and fails if the name is taken). */
function tryCreate(path: string, holder: LockHolder): boolean {
  const temporary = `${path}.${process.pid}.${holder.token}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(holder)}\n`);
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
  }
}

/**
 * Removes the lock of a build that no longer runs. Only one build may: the one that creates the
 * takeover marker named after that holding (its token), and it removes the lock only if it is still
 * that holding, so a lock just taken by another build is never removed.
 */
function takeOver(path: string, stale: LockHolder): void {
  const marker = `${path}.takeover-${stale.token}`;
  let fd: number;
  try {
    fd = openSync(marker, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
    throw error;
  }
  try {
    if (readHolder(path)?.token === stale.token) rmSync(path, { force: true });
  } finally {
    closeSync(fd);
    rmSync(marker, { force: true });
  }
}

/**
 * Takes the build lock at `path`, waiting while another build holds it; a lock whose build (and
 * every process it started) no longer runs is taken over.
 */
export async function acquireBuildLock(path: string, command: string, events: LockEvents = {}): Promise<BuildLock> {
  const holder: LockHolder = {
    pid: process.pid,
    ...optional('pidStart', processStart(process.pid)),
    host: hostname(),
    started: new Date().toISOString(),
    command,
    children: [],
    token: randomBytes(8).toString('hex'),
  };
  let announced: string | undefined;
  for (;;) {
    if (tryCreate(path, holder)) return new BuildLock(path, holder);
    const current = readHolder(path);
    if (current && !holderRuns(current)) {
      events.takingOver?.(current);
      takeOver(path, current);
      continue;
    }
    if (!current) continue;
    if (current.token !== announced) {
      announced = current.token;
      events.waiting?.(current);
    }
    await new Promise((resolve) => setTimeout(resolve, events.pollMs ?? 200));
  }
}
