import { join } from 'node:path';

/**
 * Where the ingest writes a document's outputs under its output directory (`generated/` for the
 * site): the annotated Markdown and the open-data JSON. A module of its own, free of the parsers,
 * so that the site's loader and integrations can find the files without loading the ingest.
 */
export function markdownPath(outDir: string, id: string): string {
  return join(outDir, 'markdown', `${id}.md`);
}

export function jsonPath(outDir: string, id: string): string {
  return join(outDir, 'json', `${id}.json`);
}
