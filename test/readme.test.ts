import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../src/ingest/formats.ts';

/** The README's table of source formats: its rows as [name, description], in order. */
function readmeFormats(): [string, string][] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### Source formats'));
  const table = section.slice(section.indexOf('| format | what it reads |'));
  const rows: [string, string][] = [];
  for (const line of table.split('\n').slice(2)) {
    const row = /^\| `([^`]+)` \| (.*) \|$/.exec(line);
    if (!row) break;
    rows.push([row[1]!, row[2]!]);
  }
  return rows;
}

describe('README', () => {
  it('lists every registered source format, in detection order, with the description its module gives', () => {
    expect(readmeFormats()).toEqual(FORMATS.map((format) => [format.name, format.description]));
  });
});
