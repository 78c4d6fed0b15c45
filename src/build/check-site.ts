import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Pages every site has, whatever its corpus. */
const REQUIRED = ['index.html', 'zoeken/index.html', 'corpus.json', 'pagefind/pagefind-entry.json', 'pagefind/pagefind.js'];

/**
 * What is wrong with a built site before it is published, as messages (none: it may be published):
 * the pages every site has, a page and an open-data file for every document the ingest wrote, no
 * empty HTML file, and nothing left of Astro's build (`.prerender/`). Looks at names and sizes only.
 */
export function checkSite(site: string, documentIds: readonly string[]): string[] {
  const problems: string[] = [];
  const nonEmpty = (path: string): void => {
    const file = join(site, path);
    if (!existsSync(file)) problems.push(`${path} is missing`);
    else if (statSync(file).size === 0) problems.push(`${path} is empty`);
  };
  REQUIRED.forEach(nonEmpty);
  for (const id of documentIds) {
    nonEmpty(`documenten/${id}/index.html`);
    nonEmpty(`documenten/${id}.json`);
  }
  if (existsSync(join(site, '.prerender'))) problems.push(".prerender/ (Astro's build files) was left in the site");
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.html') && statSync(join(entry.parentPath, entry.name)).size === 0) {
      problems.push(`${join(entry.parentPath, entry.name).slice(site.length + 1)} is empty`);
    }
  }
  return [...new Set(problems)];
}
