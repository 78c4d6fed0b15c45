import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** What running one stage of the benchmark cost. */
export interface Measured {
  seconds: number;
  /** Highest sum of the resident set sizes of the stage's process and all its descendants; undefined without /proc. */
  peakRssBytes?: number;
  /** Highest RSS of any one process of the tree, per program name ('node', 'pagefind_extended', 'esbuild'). */
  peakRssByProgram?: Record<string, number>;
  /** CPU time of the stage's processes and threads, user and system, summed over cores (see the end of `measure`); undefined without /proc. */
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
    /** CPU seconds of every process of the tree when last sampled, by pid and start time (a pid can be reused). */
    const lastCpu = new Map<string, number>();
    const sample = (): void => {
      if (child.pid === undefined) return;
      const processes = processTree(child.pid);
      peak = Math.max(peak, processes.reduce((sum, process) => sum + process.rss, 0));
      for (const { program, rss } of processes) byProgram[program] = Math.max(byProgram[program] ?? 0, rss);
      for (const { pid, started, cpuSeconds } of processes) lastCpu.set(`${pid}@${started}`, cpuSeconds);
    };
    const timer = canSample ? setInterval(sample, SAMPLE_INTERVAL_MS) : undefined;
    child.on('error', (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const cpuAfter = endedChildrenCpuSeconds();
      // Two counts of the CPU time, each of which can only miss some: the kernel's, exact but only
      // for processes that were waited for (Pagefind's processes end with their worker thread and
      // are not), and the sum of the samples, which sees every process but not its last 50 ms.
      const waitedFor = cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined;
      const sampled = [...lastCpu.values()].reduce((sum, seconds) => sum + seconds, 0);
      resolve({
        seconds: (performance.now() - started) / 1000,
        ...(canSample ? { peakRssBytes: peak, peakRssByProgram: byProgram } : {}),
        ...(waitedFor !== undefined ? { cpuSeconds: Math.max(waitedFor, sampled) } : {}),
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
 * time, so the difference across a stage is the CPU time of its processes that were waited for.
 */
function endedChildrenCpuSeconds(): number | undefined {
  const fields = statFields('self');
  // cutime and cstime are fields 16 and 17.
  return fields && (field(fields, 16) + field(fields, 17)) / TICKS_PER_SECOND;
}

/** One process as sampled from /proc. */
interface ProcessSample {
  pid: number;
  program: string;
  rss: number;
  /** When it started, in clock ticks since boot: with the pid, names one process. */
  started: number;
  /** Its own CPU time, user and system, all threads (not its children's). */
  cpuSeconds: number;
}

/** A process and all its descendants with their RSS in bytes and CPU time, read from /proc. */
export function processTree(root: number): ProcessSample[] {
  const stats = new Map<number, ProcessStat>();
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = statOf(Number(name));
    if (stat === undefined) continue;
    stats.set(Number(name), stat);
    children.set(stat.parent, [...(children.get(stat.parent) ?? []), Number(name)]);
  }
  const tree: ProcessSample[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    const stat = stats.get(pid);
    tree.push({ pid, program: programOf(pid), rss: rssOf(pid), started: stat?.started ?? 0, cpuSeconds: stat?.cpuSeconds ?? 0 });
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

interface ProcessStat {
  parent: number;
  started: number;
  cpuSeconds: number;
}

/** /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces and brackets, so the fields are read after the last ')'. */
function statFields(pid: number | 'self'): string[] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** Field n of proc(5), counted from 1 ("pid"), in the fields after the command name (which start at 3, "state"). */
function field(fields: string[], n: number): number {
  return Number(fields[n - 3]);
}

function statOf(pid: number): ProcessStat | undefined {
  const fields = statFields(pid);
  // ppid is field 4, utime and stime 14 and 15, starttime 22.
  return fields && { parent: field(fields, 4), started: field(fields, 22), cpuSeconds: (field(fields, 14) + field(fields, 15)) / TICKS_PER_SECOND };
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
