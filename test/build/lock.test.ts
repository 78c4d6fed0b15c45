import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireBuildLock, processStart, type LockHolder } from '../../src/build/lock.ts';

const work = mkdtempSync(join(tmpdir(), 'verslag-lock-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The pid of a process that has ended: a child that ran and exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

function holder(fields: Partial<LockHolder>): LockHolder {
  return { pid: deadPid(), host: hostname(), started: '2026-12-04T14:00:00.000Z', command: 'npm run build', children: [], token: 'feedface', ...fields };
}

describe('the build lock', () => {
  it('makes a second build wait, says who holds the lock, and lets it in once the first gives it up', async () => {
    const path = join(work, 'wait.lock');
    const first = await acquireBuildLock(path, 'npm run build');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid, command: 'npm run build', host: hostname() });
    const waitedFor: LockHolder[] = [];
    let secondHasIt = false;
    const second = acquireBuildLock(path, 'npm run build:subpath', { waiting: (held) => waitedFor.push(held), pollMs: 10 }).then((lock) => {
      secondHasIt = true;
      return lock;
    });
    // Until the first lets go, the second waits: it has said whom for, and has not got the lock.
    await new Promise<void>((resolve) => {
      const look = (): void => (waitedFor.length > 0 ? resolve() : void setTimeout(look, 10));
      look();
    });
    expect(waitedFor).toEqual([first.holder]);
    expect(secondHasIt).toBe(false);
    first.release();
    const lock = await second;
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ command: 'npm run build:subpath', token: lock.holder.token });
    lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it('takes over the lock of a build that no longer runs', async () => {
    const path = join(work, 'stale.lock');
    const stale = holder({});
    writeFileSync(path, JSON.stringify(stale));
    const takenFrom: LockHolder[] = [];
    const lock = await acquireBuildLock(path, 'npm run build', { takingOver: (held) => takenFrom.push(held), waiting: () => expect.fail('must not wait for a dead build') });
    expect(takenFrom).toEqual([stale]);
    expect(lock.holder.pid).toBe(process.pid);
    lock.release();
  });

  it('does not take over while a process the dead build started still runs, and does when it ends', async () => {
    const path = join(work, 'child.lock');
    const child = spawn(process.execPath, ['-e', 'process.stdin.resume()'], { stdio: ['pipe', 'ignore', 'ignore'] });
    await new Promise((resolve) => child.on('spawn', resolve));
    writeFileSync(path, JSON.stringify(holder({ children: [{ pid: child.pid!, pidStart: processStart(child.pid!) }] })));
    let waited = false;
    const lock = acquireBuildLock(path, 'npm run build', {
      pollMs: 10,
      waiting: () => {
        waited = true;
        // The orphaned Astro build ends: now the lock is stale.
        child.stdin!.end();
      },
    });
    const taken = await lock;
    expect(waited).toBe(true);
    expect(taken.holder.pid).toBe(process.pid);
    taken.release();
  });

  // Without /proc, pids are checked by existence only.
  it.skipIf(processStart(process.pid) === undefined)('takes a holder whose pid now belongs to another process (another start time) for gone', async () => {
    const path = join(work, 'reused.lock');
    writeFileSync(path, JSON.stringify(holder({ pid: process.pid, pidStart: processStart(process.pid)! - 1 })));
    const lock = await acquireBuildLock(path, 'npm run build', { waiting: () => expect.fail('the pid was reused: nobody holds the lock') });
    lock.release();
  });

  it('refuses a lock file it did not write, naming it', async () => {
    const path = join(work, 'garbage.lock');
    writeFileSync(path, 'not a lock');
    await expect(acquireBuildLock(path, 'npm run build')).rejects.toThrow(`${path} is not a build lock Verslag wrote ("not a lock"); if no build is running, delete it`);
  });
});
