import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { DOCUMENT_KINDS, type DocumentKind, type PaperNumber } from '../model/document.ts';
import { readAnchorHistory } from './anchor-history.ts';
import { FORMATS } from './formats.ts';
import { normaliseDossier } from '../model/papers.ts';
import type { SourceDocument, SourceFormat, SourceMetadata, SourceProblem } from './source.ts';
import { SourceError } from './source.ts';
import { sourceIdOf } from './source-id.ts';
import { isCalendarDate } from './text/dates.ts';

const KINDS: readonly DocumentKind[] = DOCUMENT_KINDS;
const FORMAT_NAMES: readonly string[] = FORMATS.map(({ name }) => name);
const METADATA_KEYS = ['kind', 'format', 'title', 'date', 'paper', 'committee'];

/** The metadata file beside a source: `debat.txt` → `debat.yml`. */
export function metadataPath(sourcePath: string): string {
  return sourcePath.slice(0, sourcePath.length - extname(sourcePath).length) + '.yml';
}

/** Reads a source document, the metadata beside it (optional) and the anchors it has published (anchor-history.ts). */
export function readSource(path: string): SourceDocument {
  // A byte order mark (the official XML has one) is not part of the text.
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new SourceError(path, 'the file is empty');
  if (text.includes('\uFFFD')) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    throw new SourceError(path, 'the file is not valid UTF-8 (found a replacement character)', line);
  }
  const yamlPath = metadataPath(path);
  const metadata = existsSync(yamlPath) ? readMetadata(yamlPath) : {};
  // Most sources have Unix line ends: includes scans far faster than the pattern.
  const unixText = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const anchorHistory = readAnchorHistory(path);
  return { id: sourceIdOf(path), path, text: unixText, metadata, ...(anchorHistory ? { anchorHistory } : {}) };
}

/** A metadata file's size limit: what it holds is a few short lines; a larger one is a mistake, not metadata. */
export const MAX_METADATA_BYTES = 64 * 1024;
/** A metadata value's limit, in characters: titles and committee names are a line, not a text. */
export const MAX_METADATA_VALUE = 1000;

function readMetadata(path: string): SourceMetadata {
  const size = statSync(path).size;
  if (size > MAX_METADATA_BYTES) {
    throw new SourceError(path, `the metadata file is ${size.toLocaleString('en')} bytes, more than the ${MAX_METADATA_BYTES.toLocaleString('en')} a few keys can need: is this the right file?`);
  }
  return parseMetadata(path, readFileSync(path, 'utf8'));
}

/**
 * Validates a metadata file: unknown keys and values are errors, not silently ignored, and every
 * problem of the file is reported at once, each with its line. Everything a page, a path or a feed
 * is made from is checked here, where the file and line are known: the date must be a real day,
 * the Kamerstuk number the shape of one (it becomes a URL), text values short and free of control
 * characters.
 */
export function parseMetadata(path: string, yaml: string): SourceMetadata {
  const lines = new LineCounter();
  const document = parseDocument(yaml, { lineCounter: lines, uniqueKeys: true });
  const problems: SourceProblem[] = [];
  const problem = (message: string, node?: Node | null): void => {
    const offset = node?.range?.[0];
    problems.push({ message, ...(offset === undefined ? {} : { line: lines.linePos(offset).line }) });
  };
  for (const error of document.errors) {
    problems.push({ message: `invalid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`, ...(error.linePos ? { line: error.linePos[0].line } : {}) });
  }
  if (problems.length > 0) throw SourceError.all(path, problems);
  const root = document.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return {};
  if (!isMap(root)) throw new SourceError(path, 'metadata must be a mapping of keys to values', lineOf(lines, root));

  const metadata: SourceMetadata = {};
  for (const pair of root.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const valueNode = pair.value as Node | null;
    const value: unknown = valueNode ? valueNode.toJSON() : null;
    const at = (message: string, node: Node | null = keyNode) => problem(`${key}: ${message}`, node);
    switch (key) {
      case 'kind':
        if (KINDS.includes(value as DocumentKind)) metadata.kind = value as DocumentKind;
        else at(`must be one of ${KINDS.join(', ')}`);
        break;
      case 'format':
        if (typeof value === 'string' && FORMAT_NAMES.includes(value)) metadata.format = value as SourceFormat;
        else at(`must be one of ${FORMAT_NAMES.join(', ')}`);
        break;
      case 'title':
      case 'committee': {
        const text = checkText(value, (message) => at(message));
        if (text !== undefined) metadata[key] = text;
        break;
      }
      case 'date': {
        if (typeof value !== 'string') at('must be text (quote it): "2025-06-25"');
        else if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) at('must be ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD (quoted)');
        else if (!isCalendarDate(value)) at(`"${value}" is not a date on the calendar`);
        else metadata.date = value;
        break;
      }
      case 'paper': {
        const paper = checkPaper(valueNode, (message, node) => at(message, node ?? keyNode));
        if (paper) metadata.paper = paper;
        break;
      }
      default:
        problem(`unknown metadata key "${key}" (known: ${METADATA_KEYS.join(', ')})`, keyNode);
    }
  }
  if (problems.length > 0) throw SourceError.all(path, problems);
  return metadata;
}

/** A title or committee: text of at most MAX_METADATA_VALUE characters on one line, without control characters. */
function checkText(value: unknown, problem: (message: string) => void): string | undefined {
  if (typeof value !== 'string') return problem('must be text (quote it)'), undefined;
  if (value.length > MAX_METADATA_VALUE) return problem(`is ${value.length.toLocaleString('en')} characters long, more than ${MAX_METADATA_VALUE.toLocaleString('en')}`), undefined;
  const control = CONTROL_CHARACTER.exec(value);
  if (control) return problem(`holds a control character (${codePoint(control[0])}) at character ${control.index + 1}`), undefined;
  if (value.trim() === '') return problem('is empty'), undefined;
  return value;
}

/** Control characters, line breaks included: a metadata value is one line of text. */
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A dossier as the House numbers them: '26643', '21501-30', '36600-VII' (after normaliseDossier). */
const DOSSIER = /^\d{4,6}(?:-[0-9A-Z]{1,8})?$/;
/** An ondernummer: '1311'; the Eerste Kamer's are letters ('A'). */
const PAPER_NUMBER = /^(?:\d{1,5}|[A-Z]{1,3})$/;

/** `paper: { dossier: "26643", number: "1311" }`: both parts, each the shape the House gives them (they become a URL). */
function checkPaper(node: Node | null, problem: (message: string, node?: Node | null) => void): PaperNumber | undefined {
  if (!isMap(node)) return problem('must be a mapping with a dossier and a number: { dossier: "26643", number: "1311" }', node), undefined;
  const parts: Partial<Record<'dossier' | 'number', string>> = {};
  for (const pair of node.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const value = (pair.value as Node | null)?.toJSON() as unknown;
    if (key !== 'dossier' && key !== 'number') {
      problem(`unknown key "${key}" (known: dossier, number)`, keyNode);
      continue;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      problem(`${key} must be text: "26643"`, keyNode);
      continue;
    }
    const text = key === 'dossier' ? normaliseDossier(String(value).trim()) : String(value).trim();
    if (!(key === 'dossier' ? DOSSIER : PAPER_NUMBER).test(text)) {
      problem(key === 'dossier' ? `dossier "${value}" is not a dossier number such as 26643, 21501-30 or 36600-VII` : `number "${value}" is not a paper number such as 1311`, keyNode);
      continue;
    }
    parts[key] = text;
  }
  const missing = (['dossier', 'number'] as const).filter((key) => !node.has(key));
  if (missing.length > 0) problem(`must have a ${missing.join(' and a ')}: { dossier: "26643", number: "1311" }`, node);
  return parts.dossier !== undefined && parts.number !== undefined ? { dossier: parts.dossier, number: parts.number } : undefined;
}

function lineOf(lines: LineCounter, node: Node): number | undefined {
  const offset = node.range?.[0];
  return offset === undefined ? undefined : lines.linePos(offset).line;
}
