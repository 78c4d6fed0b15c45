import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** What running one stage of the benchmark cost. */
export interface Measured {
  seconds: number;
  /** Highest sum of the resident set sizes of the stage's process and all its descendants; undefined without /proc. */
  peakRssBytes?: number;
  /** Highest RSS of any one process of the tree, per program name ('node', 'pagefind_extended', 'esbuild'). */
  peakRssByProgram?: Record<string, number>;
  /** CPU time of the stage's processes and threads, user and system, summed over cores; undefined without /proc. */
  cpuSeconds?: number;
  code: number;
  stdout: string;
  stderr: string;
}

const SAMPLE_INTERVAL_MS = 50;

/**
 * Runs a command as a child process and measures its wall time and peak memory. Memory is the RSS
 * of the whole process tree (Astro and Vite start helper processes such as esbuild; worker threads
 * are inside their process's RSS), sampled from /proc every 50 ms: /usr/bin/time would report only
 * the largest single process, and a peak shorter than the interval can be missed — at the sizes
 * measured here memory grows for seconds, so the error is small.
 */
export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean }): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const cpuBefore = endedChildrenCpuSeconds();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      if (options.echo) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
      if (options.echo) process.stderr.write(chunk);
    });
    const canSample = existsSync('/proc/self/status');
    let peak = 0;
    const byProgram: Record<string, number> = {};
    const sample = (): void => {
      if (child.pid === undefined) return;
      const processes = processTree(child.pid);
      peak = Math.max(peak, processes.reduce((sum, process) => sum + process.rss, 0));
      for (const { program, rss } of processes) byProgram[program] = Math.max(byProgram[program] ?? 0, rss);
    };
    const timer = canSample ? setInterval(sample, SAMPLE_INTERVAL_MS) : undefined;
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const cpuAfter = endedChildrenCpuSeconds();
      resolve({
        seconds: (performance.now() - started) / 1000,
        ...(canSample ? { peakRssBytes: peak, peakRssByProgram: byProgram } : {}),
        ...(cpuBefore !== undefined && cpuAfter !== undefined ? { cpuSeconds: cpuAfter - cpuBefore } : {}),
        code: code ?? 1,
        stdout,
        stderr,
      });
    });
  });
}

/** /proc reports CPU time in clock ticks of USER_HZ, which Linux fixes at 100 per second. */
const TICKS_PER_SECOND = 100;

/**
 * The CPU time, user and system, of this process's children that have ended and been waited for,
 * and of their own such descendants (cutime + cstime in /proc/self/stat). The stages run one at a
 * time, so the difference across a stage is that stage's CPU time, whatever threads and helper
 * processes it used.
 */
function endedChildrenCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields 16 and 17 of proc(5); after the ')' closing the command name the fields start at 3 (state).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[16 - 3]) + Number(fields[17 - 3])) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** A process and all its descendants with their RSS in bytes, read from /proc. */
export function processTree(root: number): { pid: number; program: string; rss: number }[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentOf(Number(name));
    if (parent === undefined) continue;
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  const tree: { pid: number; program: string; rss: number }[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    tree.push({ pid, program: programOf(pid), rss: rssOf(pid) });
    pending.push(...(children.get(pid) ?? []));
  }
  return tree;
}

function programOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

function parentOf(pid: number): number | undefined {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and brackets, so read after the last ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined;
  }
}

function rssOf(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    // The process ended between listing and reading.
    return 0;
  }
}
