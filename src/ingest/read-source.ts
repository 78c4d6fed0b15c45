import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DOCUMENT_KINDS, type DocumentKind } from '../model/document.ts';
import { FORMATS } from './formats.ts';
import type { SourceDocument, SourceFormat, SourceMetadata } from './source.ts';
import { SourceError } from './source.ts';

const KINDS: readonly DocumentKind[] = DOCUMENT_KINDS;
const FORMAT_NAMES: readonly string[] = FORMATS.map(({ name }) => name);
const METADATA_KEYS = new Set(['kind', 'format', 'title', 'date', 'paper', 'committee']);

/** The metadata file beside a source: `debat.txt` → `debat.yml`. */
export function metadataPath(sourcePath: string): string {
  return sourcePath.slice(0, sourcePath.length - extname(sourcePath).length) + '.yml';
}

/** Reads a source document and the metadata beside it (optional). */
export function readSource(path: string): SourceDocument {
  // A byte order mark (the official XML has one) is not part of the text.
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new SourceError(path, 'the file is empty');
  if (text.includes('\uFFFD')) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    throw new SourceError(path, 'the file is not valid UTF-8 (found a replacement character)', line);
  }
  const yamlPath = metadataPath(path);
  const metadata = existsSync(yamlPath) ? parseMetadata(yamlPath, readFileSync(yamlPath, 'utf8')) : {};
  // Most sources have Unix line ends: includes scans far faster than the pattern.
  const unixText = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  return { id: basename(path, extname(path)), path, text: unixText, metadata };
}

/** Validates a metadata file; unknown keys and values are errors, not silently ignored. */
export function parseMetadata(path: string, yaml: string): SourceMetadata {
  let data: unknown;
  try {
    data = parseYaml(yaml) ?? {};
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new SourceError(path, `invalid YAML: ${(error as Error).message.split('\n')[0]}`, line);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new SourceError(path, 'metadata must be a mapping of keys to values');
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!METADATA_KEYS.has(key)) throw new SourceError(path, `unknown metadata key "${key}" (known: ${[...METADATA_KEYS].join(', ')})`, lineOf(yaml, key));
  }
  const metadata: SourceMetadata = {};
  if (record.kind !== undefined) {
    if (!KINDS.includes(record.kind as DocumentKind)) throw new SourceError(path, `kind must be one of ${KINDS.join(', ')}`, lineOf(yaml, 'kind'));
    metadata.kind = record.kind as DocumentKind;
  }
  if (record.format !== undefined) {
    if (typeof record.format !== 'string' || !FORMAT_NAMES.includes(record.format)) throw new SourceError(path, `format must be one of ${FORMAT_NAMES.join(', ')}`, lineOf(yaml, 'format'));
    metadata.format = record.format as SourceFormat;
  }
  for (const key of ['title', 'committee'] as const) {
    if (record[key] !== undefined) metadata[key] = requireString(path, yaml, key, record[key]);
  }
  if (record.date !== undefined) {
    const date = requireString(path, yaml, 'date', record.date);
    if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date)) throw new SourceError(path, 'date must be ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD (quoted)', lineOf(yaml, 'date'));
    metadata.date = date;
  }
  if (record.paper !== undefined) {
    const paper = record.paper as Record<string, unknown>;
    if (typeof paper !== 'object' || paper === null || paper.dossier === undefined || paper.number === undefined) {
      throw new SourceError(path, 'paper must have a dossier and a number', lineOf(yaml, 'paper'));
    }
    metadata.paper = { dossier: String(paper.dossier).replace(/\s+/g, ''), number: String(paper.number) };
  }
  return metadata;
}

function requireString(path: string, yaml: string, key: string, value: unknown): string {
  if (typeof value !== 'string') throw new SourceError(path, `${key} must be text (quote it)`, lineOf(yaml, key));
  return value;
}

function lineOf(yaml: string, key: string): number | undefined {
  const index = yaml.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index < 0 ? undefined : index + 1;
}
