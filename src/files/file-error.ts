/** What the system's error codes for files mean, in words a user can act on. */
const MEANINGS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'a file is where a directory should be',
  EISDIR: 'a directory is where a file should be',
  EEXIST: 'something else is already there',
  EMFILE: 'too many files are open',
  ENOENT: 'no such file or directory',
};

/**
 * A failed file operation as one line that names the file, what went wrong and what to do, instead
 * of a stack: `cannot write generated/json/x.json: permission denied (EACCES)`. Undefined for an
 * error that is not a file system error (a bug, whose stack is worth reading).
 */
export function describeFileError(error: unknown): string | undefined {
  const { code, syscall, path, dest } = (error ?? {}) as NodeJS.ErrnoException & { dest?: string };
  if (typeof code !== 'string' || !(code in MEANINGS) || typeof path !== 'string') return undefined;
  const what = dest ? `${path} → ${dest}` : path;
  const action = syscall === undefined ? 'use' : (VERBS[syscall] ?? syscall);
  const hint = ['EACCES', 'EPERM', 'EROFS'].includes(code) ? ': make it writable for this user, or run the build where it may write' : '';
  return `cannot ${action} ${what}: ${MEANINGS[code]} (${code})${hint}`;
}

const VERBS: Record<string, string> = {
  open: 'open',
  unlink: 'delete',
  rmdir: 'delete',
  rename: 'move',
  mkdir: 'create the directory',
  link: 'link',
  scandir: 'list',
  stat: 'look at',
  lstat: 'look at',
  copyfile: 'copy',
  write: 'write',
  read: 'read',
};

/** An error for a user: a file error in words (describeFileError), else its stack (a bug), else its text. */
export function errorMessage(error: unknown): string {
  return describeFileError(error) ?? (error instanceof Error ? (error.stack ?? error.message) : String(error));
}
