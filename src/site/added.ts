import { execFileSync } from 'node:child_process';
import { basename, extname } from 'node:path';

/**
 * When each document was added to the corpus: the date of the commit that first added its source
 * to `content/` (VERSLAG_CONTENT), read from git in one pass. What the feeds order by, so that an
 * older letter added today shows up as new; and reproducible, since it is in the repository, not
 * the clock. A source git does not know (not committed yet, or no repository) counts from its
 * document's own date.
 */
export function addedDates(contentDir = process.env.VERSLAG_CONTENT ?? 'content'): Map<string, string> {
  const added = new Map<string, string>();
  let log: string;
  try {
    // Oldest first, so the first commit that added a source is the one that stays.
    log = execFileSync('git', ['log', '--reverse', '--diff-filter=A', '--format=%x00%cI', '--name-only', '--', '.'], { cwd: contentDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return added;
  }
  for (const commit of log.split('\0').slice(1)) {
    const [date, ...files] = commit.split('\n').filter(Boolean);
    if (!date) continue;
    const utc = new Date(date).toISOString().replace(/\.000Z$/, 'Z');
    for (const file of files) {
      const id = basename(file, extname(file));
      if (!added.has(id)) added.set(id, utc);
    }
  }
  return added;
}

/** A document's date as an Atom timestamp: '2025-07' → '2025-07-01T00:00:00Z'. */
export function dateTimeOf(date: string): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}
