import { spawn, type ChildProcess } from 'node:child_process';

/** The last lines a child wrote to stderr, kept to name the cause when it fails. */
const TAIL_LINES = 12;

/** A step of the build that failed: the message names the step and the cause. */
export class StepError extends Error {
  readonly step: string;
  constructor(step: string, cause: string) {
    super(`${step}: ${cause}`);
    this.step = step;
  }
}

/** The last non-empty lines of a text, without terminal colours. */
export function lastLines(text: string, count = TAIL_LINES): string {
  const lines = text
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
  return lines.slice(-count).join('\n');
}

/** Why a child ended, in words: its exit code or the signal that stopped it. */
export function exitCause(code: number | null, signal: NodeJS.Signals | null): string {
  return signal ? `killed by ${signal}` : `exit code ${code}`;
}

export interface ChildOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Told the child's pid once it runs, and again (with `undefined`) when it has ended. */
  started?: (child: ChildProcess) => void;
  ended?: (child: ChildProcess) => void;
}

/**
 * Runs one step of the build as a child process: its output goes to ours as it comes, and the
 * promise settles when it ends, whatever the way: exit code 0 resolves; another exit code, a
 * signal (a crash, the out-of-memory killer) or a failure to start rejects with a StepError that
 * names the step, the cause and the last lines the child wrote to stderr.
 */
export function runChild(step: string, command: string, args: readonly string[], options: ChildOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    let settled = false;
    const settle = (error?: Error): void => {
      if (settled) return;
      settled = true;
      options.ended?.(child);
      if (error) reject(error);
      else resolve();
    };
    child.stderr!.on('data', (chunk: Buffer) => {
      process.stderr.write(chunk);
      // Enough to hold the last lines, however much the child writes.
      stderr = (stderr + chunk.toString('utf8')).slice(-16_384);
    });
    child.on('error', (error) => settle(new StepError(step, `could not run ${command}: ${error.message}`)));
    child.on('spawn', () => options.started?.(child));
    child.on('close', (code, signal) => {
      if (code === 0) return settle();
      const tail = lastLines(stderr);
      settle(new StepError(step, `${exitCause(code, signal)}${tail ? `; its last words:\n${tail}` : ' (it wrote nothing to stderr)'}`));
    });
  });
}
