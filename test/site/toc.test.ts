import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/ingest/pipeline.ts';
import { readSource } from '../../src/ingest/read-source.ts';
import { tableOfContents, type TocEntry } from '../../src/site/toc.ts';
import { seedSource } from '../helpers/seeds.ts';

const REAL = new URL('../../../shared/real/', import.meta.url).pathname;
const outline = (entries: TocEntry[]): unknown[] => entries.map((entry) => (entry.children.length > 0 ? { [`${entry.label} #${entry.anchor}`]: outline(entry.children) } : `${entry.label} #${entry.anchor}`));

describe('the table of contents of a debate', () => {
  it('lists a committee debate’s termijnen as before: no agenda item headings in its report', () => {
    const { doc } = ingestSource(seedSource('commissiedebat-2025-01-30-opkomende-technologieen'));
    expect(outline(tableOfContents(doc))).toEqual(['Agenda #agenda', 'Eerste termijn #termijn-1', 'Tweede termijn #termijn-2', expect.stringMatching(/^Toezeggingen #/)]);
  });

  it('lists a sitting’s agenda items in order, each with the termijnen of its own debate (VLOS, 15 October 2014)', () => {
    const path = `${REAL}xml/vlos-msg-e9fe1cfb-3fb0-410c-bd4c-688e8bbfe74e.xml`;
    const { doc } = ingestSource({ ...readSource(path), text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') });
    const toc = outline(tableOfContents(doc)).map((entry) => (typeof entry === 'string' ? entry.replace(/ #s-\d+$/, '') : entry));
    expect(toc).toEqual([
      'Agenda #agenda',
      'Opening',
      'Mededelingen',
      { 'Europese Top #s-3': ['Eerste termijn #termijn-1', 'Tweede termijn #termijn-2'] },
      'Mededelingen',
      'Regeling van werkzaamheden',
      // The next debates' first termijnen: each a heading of its own, with an id of its own.
      { 'Beloningsbeleid financiële ondernemingen #s-6': ['Eerste termijn #termijn-1-2'] },
      { 'Wet aanpassing financieel toetsingskader #s-7': ['Eerste termijn #termijn-1-3'] },
    ]);
  });

  it('heads a committee debate copied from its page with its agenda item, its termijnen under it (vlos-a86a6bc6…)', () => {
    const { doc } = ingestSource(readSource(`${REAL}text/vlos-a86a6bc6-2bba-4d64-b9c6-16af46d8a8a7.txt`));
    expect(outline(tableOfContents(doc)).map((entry) => JSON.stringify(entry).replace(/ #p[0-9a-z]+/g, ''))).toEqual([
      '"Agenda #agenda"',
      '{"Internationale fiscaliteit":["Eerste termijn #termijn-1","Tweede termijn #termijn-2"]}',
      '"Sluiting"',
    ]);
  });
});
