/**
 * Writes the annotated Markdown's frontmatter: a mapping of the model's plain data (texts,
 * numbers, flags, lists and records) as block YAML, every text double-quoted. The yaml library's
 * stringify did the same at a quarter of the cost of writing a whole document's Markdown, once the
 * frontmatter held the people and participants; this data has four kinds of value, so its rules fit
 * here. A JSON string is a YAML double-quoted scalar of the same text (YAML 1.2 takes JSON's
 * escapes), so texts are written with JSON.stringify. The YAML is read back by the yaml library
 * (src/ingest/annotated/frontmatter.ts); test/markdown/yaml.test.ts compares the two.
 */
export function writeYaml(record: Readonly<Record<string, unknown>>): string {
  let out = '';
  for (const line of mapping(record, '')) out += `${line}\n`;
  return out;
}

type Line = string;

function mapping(record: Readonly<Record<string, unknown>>, indent: string): Line[] {
  const lines: Line[] = [];
  for (const key in record) {
    const value = record[key];
    if (value === undefined) continue;
    lines.push(...entry(`${indent}${key}:`, value, indent));
  }
  return lines;
}

/** `head` (`key:` or `- key:`) with its value: on the same line if a scalar or empty, else on the lines after, indented. */
function entry(head: string, value: unknown, indent: string): Line[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${head} []`];
    return [head, ...value.flatMap((item) => listItem(item, `${indent}  `))];
  }
  if (isRecord(value)) {
    const lines = mapping(value, `${indent}  `);
    return lines.length === 0 ? [`${head} {}`] : [head, ...lines];
  }
  return [`${head} ${scalar(value)}`];
}

/** `- value`, or a record whose first key stands after the dash and the others under it. */
function listItem(item: unknown, indent: string): Line[] {
  if (!isRecord(item)) return Array.isArray(item) ? entry(`${indent}-`, item, indent) : [`${indent}- ${scalar(item)}`];
  const lines = mapping(item, `${indent}  `);
  if (lines.length === 0) return [`${indent}- {}`];
  lines[0] = `${indent}- ${lines[0]!.slice(indent.length + 2)}`;
  return lines;
}

function scalar(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  throw new Error(`writeYaml: cannot write ${value === null ? 'null' : (value as object).constructor?.name ?? typeof value} as a frontmatter value`);
}

/** A plain object: a Date or any other class is no record of the model. */
function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
