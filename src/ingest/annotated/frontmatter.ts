import { LineCounter, parseDocument } from 'yaml';
import {
  DOCUMENT_KINDS,
  type Decision,
  type DecisionResult,
  type ExportArtefact,
  type Motion,
  type ParliamentaryDocument,
  type Participant,
  type Person,
  type Role,
  type TranscriptStatus,
  type Unclassified,
} from '../../model/document.ts';
import { FRONTMATTER_FIELDS } from '../../markdown/write.ts';
import type { Diagnostics } from '../diagnostics.ts';

/**
 * The YAML frontmatter of Verslag's annotated Markdown (written by src/markdown/write.ts), read
 * back and checked field by field. What an editor breaks (YAML that does not parse, a field of the
 * wrong type, an unknown key) is reported with its line and left out; the rest is kept.
 */

/** The annotated Markdown split into its frontmatter and its body, which keeps its lines (the frontmatter's become empty). */
export interface SplitMarkdown {
  /** The YAML between the `---` lines; undefined when the file has none. */
  yaml?: string;
  /** The Markdown after the frontmatter, preceded by as many empty lines as the frontmatter took, so that its lines are the file's. */
  body: string;
  /** The frontmatter has an opening `---` but no closing one: it was taken to end before the first directive. */
  unclosed?: true;
}

const OPENING = /^---[ \t]*\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

export function splitFrontmatter(text: string): SplitMarkdown {
  const opening = OPENING.exec(text);
  if (!opening) return { body: text };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  let yaml: string;
  let after: string;
  let unclosed: true | undefined;
  if (closing) {
    yaml = rest.slice(0, closing.index);
    after = rest.slice(closing.index + closing[0].length);
  } else {
    // No closing line: the frontmatter ends where the first directive starts.
    const directive = /^:{2,}[A-Za-z]/m.exec(rest);
    yaml = directive ? rest.slice(0, directive.index) : rest;
    after = directive ? rest.slice(directive.index) : '';
    unclosed = true;
  }
  const lines = text.slice(0, text.length - after.length).split('\n').length - 1;
  return { yaml, body: '\n'.repeat(lines) + after, ...(unclosed ? { unclosed } : {}) };
}

/** Whether a text starts with the frontmatter Verslag writes: a `---` line, then `id:` or `kind:` keys. */
export function hasVerslagFrontmatter(text: string): boolean {
  const { yaml } = splitFrontmatter(text);
  return yaml !== undefined && /^(?:id|kind):/m.test(yaml);
}

/** What a field of the frontmatter may hold. */
type Field =
  | { type: 'text' }
  | { type: 'integer' }
  | { type: 'boolean' }
  | { type: 'texts' }
  | { type: 'one-of'; values: readonly string[] }
  | { type: 'record'; fields: Fields }
  | { type: 'list'; of: Fields };

interface Fields {
  /** Every field of the model's record, so that a field added to the model must be added here (the type says which). */
  spec: Record<string, Field>;
  required: readonly string[];
}

/** The spec of a model record: one entry per field of `T`, checked by the type. */
function fields<T>(spec: { [K in keyof Required<T>]: Field }, required: readonly (keyof T & string)[]): Fields {
  return { spec, required };
}

const text: Field = { type: 'text' };
const integer: Field = { type: 'integer' };
const oneOf = (values: readonly string[]): Field => ({ type: 'one-of', values });
const RESULTS = ['aangenomen', 'verworpen', 'aangehouden', 'ingetrokken', 'overgenomen'] as const satisfies readonly DecisionResult[];
/** Every role of the model (the type check fails when one is added there and not here). */
export const ROLES = ['member', 'chair', 'minister', 'state-secretary', 'guest'] as const satisfies readonly Role[];
const STATUSES = ['ongecorrigeerd', 'gecorrigeerd', 'casco'] as const satisfies readonly TranscriptStatus[];
const everyValueKnown: [Exclude<Role, (typeof ROLES)[number]> | Exclude<DecisionResult, (typeof RESULTS)[number]> | Exclude<TranscriptStatus, (typeof STATUSES)[number]>] extends [never] ? true : false = true;
void everyValueKnown;

const PERSON = fields<Person>({ slug: text, name: text, honorific: text, party: text, office: text, id: text, firstName: text, fullName: text }, ['slug', 'name']);
const PARTICIPANT = fields<Participant>({ slug: text, role: oneOf(ROLES), party: text, office: text }, ['slug', 'role']);
const MOTION = fields<Motion>(
  {
    anchor: text,
    title: text,
    by: { type: 'texts' },
    text,
    paper: { type: 'record', fields: fields<NonNullable<Motion['paper']>>({ dossier: text, number: text }, ['dossier']) },
    result: oneOf(RESULTS),
    submittedIn: text,
  },
  ['anchor', 'title', 'by', 'text'],
);
const DECISION = fields<Decision>(
  { anchor: text, text, result: oneOf(RESULTS), motion: text, votes: { type: 'list', of: fields<NonNullable<Decision['votes']>[number]>({ party: text, vote: text }, ['party', 'vote']) } },
  ['anchor', 'text'],
);
const ARTEFACT = fields<ExportArtefact>({ line: integer, text, reason: text }, ['line', 'text', 'reason']);
const UNCLASSIFIED = fields<Unclassified>({ line: integer, text }, ['line', 'text']);

type FrontmatterField = (typeof FRONTMATTER_FIELDS)[number];

/** The frontmatter's fields; `id`, `kind`, `title` and `date` are checked here and completed by the parser. */
const FRONTMATTER: Record<FrontmatterField, Field> = {
  id: text,
  kind: oneOf(DOCUMENT_KINDS),
  title: text,
  date: text,
  dateEstimated: { type: 'boolean' },
  paper: { type: 'record', fields: fields<NonNullable<ParliamentaryDocument['paper']>>({ dossier: text, number: text }, ['dossier', 'number']) },
  committee: text,
  dossierTitle: text,
  dates: { type: 'record', fields: fields<NonNullable<ParliamentaryDocument['dates']>>({ adopted: text, opened: text, closed: text }, []) },
  documentNumber: text,
  status: oneOf(STATUSES),
  sourceId: text,
  sender: text,
  addressee: text,
  header: { type: 'texts' },
  participants: { type: 'list', of: PARTICIPANT },
  people: { type: 'list', of: PERSON },
  motions: { type: 'list', of: MOTION },
  decisions: { type: 'list', of: DECISION },
  artefacts: { type: 'list', of: ARTEFACT },
  unclassified: { type: 'list', of: UNCLASSIFIED },
};

export type Frontmatter = Partial<Pick<ParliamentaryDocument, FrontmatterField>>;

/**
 * Reads the frontmatter: every field that holds what its spec says is kept; a field, list item or
 * record key that does not is reported (with its line in the file) and left out.
 */
export function readFrontmatter(split: SplitMarkdown, diagnostics: Diagnostics): Frontmatter {
  if (split.yaml === undefined) {
    diagnostics.warn('no frontmatter: the file does not start with a --- line and the document\'s metadata under it (kind, title, date, people, …)', 1);
    return {};
  }
  if (split.unclosed) diagnostics.warn('the frontmatter is not closed by a --- line: it is taken to end before the first directive', 1);
  const lineCounter = new LineCounter();
  const document = parseDocument(split.yaml, { lineCounter });
  // The YAML starts on the file's second line, after the opening ---.
  const lineAt = (offset: number | undefined): number | undefined => (offset === undefined ? undefined : lineCounter.linePos(offset).line + 1);
  for (const error of document.errors) {
    // yaml's message counts lines from the frontmatter's start: the file's line is the diagnostic's.
    const message = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    diagnostics.warn(`frontmatter: ${message} (its values there may be cut short)`, (error.linePos?.[0]?.line ?? 0) + 1);
  }
  const data: unknown = document.errors.length > 0 ? safeToJS(document) : document.toJS();
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.warn('frontmatter: must be a mapping of keys to values', 2);
    return {};
  }
  /** The line of the value at a path, for messages. */
  const lineOf = (path: (string | number)[]): number | undefined => {
    const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return lineAt(node?.range?.[0]) ?? lineAt((document.contents as { range?: [number] } | null)?.range?.[0]);
  };
  const checker = new Checker(diagnostics, lineOf);
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const field = (FRONTMATTER as Record<string, Field>)[key];
    if (!field) {
      diagnostics.warn(`frontmatter: unknown key "${key}" left out (known: ${FRONTMATTER_FIELDS.join(', ')})`, lineOf([key]));
      continue;
    }
    const checked = checker.check(field, value, [key]);
    if (checked !== undefined) result[key] = checked;
  }
  return result as Frontmatter;
}

function safeToJS(document: ReturnType<typeof parseDocument>): unknown {
  try {
    return document.toJS();
  } catch {
    return undefined;
  }
}

/** Checks values against their field, reporting what does not fit. */
class Checker {
  private readonly diagnostics: Diagnostics;
  private readonly lineOf: (path: (string | number)[]) => number | undefined;

  constructor(diagnostics: Diagnostics, lineOf: (path: (string | number)[]) => number | undefined) {
    this.diagnostics = diagnostics;
    this.lineOf = lineOf;
  }

  private problem(path: (string | number)[], message: string): undefined {
    this.diagnostics.warn(`frontmatter: ${pathName(path)} ${message}; left out`, this.lineOf(path));
    return undefined;
  }

  check(field: Field, value: unknown, path: (string | number)[]): unknown {
    switch (field.type) {
      case 'text':
        // An unquoted number (dossier: 26643) is the text it spells.
        if (typeof value === 'number') return String(value);
        return typeof value === 'string' ? value : this.problem(path, 'must be text');
      case 'integer':
        return Number.isInteger(value) ? value : this.problem(path, 'must be a whole number');
      case 'boolean':
        return typeof value === 'boolean' ? value : this.problem(path, 'must be true or false');
      case 'texts':
        return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : this.problem(path, 'must be a list of texts');
      case 'one-of':
        return typeof value === 'string' && field.values.includes(value) ? value : this.problem(path, `must be one of ${field.values.join(', ')}`);
      case 'record':
        return this.record(field.fields, value, path);
      case 'list': {
        if (!Array.isArray(value)) return this.problem(path, 'must be a list');
        return value.flatMap((item, index) => {
          const checked = this.record(field.of, item, [...path, index]);
          return checked === undefined ? [] : [checked];
        });
      }
    }
  }

  private record(fields: Fields, value: unknown, path: (string | number)[]): Record<string, unknown> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.problem(path, 'must be a mapping of keys to values');
    const record: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const field = fields.spec[key];
      if (!field) {
        this.diagnostics.warn(`frontmatter: unknown key "${key}" in ${pathName(path)} left out (known: ${Object.keys(fields.spec).join(', ')})`, this.lineOf([...path, key]));
        continue;
      }
      const checked = this.check(field, item, [...path, key]);
      if (checked !== undefined) record[key] = checked;
    }
    const missing = fields.required.filter((key) => record[key] === undefined);
    if (missing.length > 0) return this.problem(path, `has no ${missing.join(', ')}`);
    return record;
  }
}

/** people[3].name */
function pathName(path: (string | number)[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? part : `.${part}`)).join('');
}
