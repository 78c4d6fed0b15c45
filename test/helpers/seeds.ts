import { readFileSync } from 'node:fs';
import { parseMetadata } from '../../src/ingest/read-source.ts';
import type { SourceDocument } from '../../src/ingest/source.ts';

/** The five documents of the default corpus (content/), one per source format. */
export const SEED_IDS = [
  'commissiedebat-2025-01-30-opkomende-technologieen',
  'algemeen-overleg-2020-03-11-digitalisering-en-cybersecurity',
  'schriftelijk-overleg-2026-04-15-internationale-digitale-strategie',
  'kamerbrief-2025-07-moties-en-toezeggingen-digitalisering',
  'antwoorden-2026-vragen-dassen-over-ai',
] as const;

const contentFile = (name: string) => new URL(`../../content/${name}`, import.meta.url);

/** The text of a document of the default corpus. */
export function seedText(id: string): string {
  return readFileSync(contentFile(`${id}.txt`), 'utf8');
}

/** A slice of a real document under test/fixtures/. */
export function fixture(name: string): string {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
}

/** A seed as its parser sees it, with the metadata kept beside it in content/; `text` may be a slice or a variant. */
export function seedSource(id: string, text = seedText(id), path = `content/${id}.txt`): SourceDocument {
  const yaml = `content/${id}.yml`;
  return { id, path, text, metadata: parseMetadata(yaml, readFileSync(contentFile(`${id}.yml`), 'utf8')) };
}
