import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSources } from '../../src/ingest/content-files.ts';
import { ingestSource } from '../../src/ingest/pipeline.ts';
import { parseMetadata, readSource } from '../../src/ingest/read-source.ts';
import { ingestCorpus } from '../../src/ingest/run.ts';
import { SourceError } from '../../src/ingest/source.ts';
import { sourceIdOf } from '../../src/ingest/source-id.ts';
import { indexShard } from '../../src/search/index-shard.ts';
import { isCalendarDate } from '../../src/ingest/text/dates.ts';
import { toAnnotatedMarkdown } from '../../src/markdown/write.ts';
import { blockPassages } from '../../src/model/walk.ts';
import { seedSource, seedText } from '../helpers/seeds.ts';
import { scratchDirectories } from '../helpers/scratch.ts';

const root = new URL('../../', import.meta.url).pathname;
const debate = 'commissiedebat-2025-01-30-opkomende-technologieen';
const letter = 'kamerbrief-2025-07-moties-en-toezeggingen-digitalisering';

const scratch = scratchDirectories();

/** The message of the SourceError `run` throws. */
function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SourceError);
    return (error as Error).message;
  }
  throw new Error('expected a SourceError');
}

describe('document ids from file names', () => {
  it('makes a URL slug of any name with a letter or digit in it', () => {
    expect(sourceIdOf('content/commissiedebat-2025-06-25-financiën.txt')).toBe('commissiedebat-2025-06-25-financien');
    expect(sourceIdOf('content/Debat met spatie.txt')).toBe('debat-met-spatie');
    expect(sourceIdOf('content/%2e%2e.txt')).toBe('2e-2e');
    // A name that is already a slug (every seed's) is its own id: no published URL changes.
    expect(sourceIdOf(`content/${debate}.txt`)).toBe(debate);
  });

  it('refuses a name with nothing to make an id from, naming the file', () => {
    for (const name of ['...txt', '..txt', '….txt']) {
      expect(refusal(() => sourceIdOf(`content/${name}`))).toMatch(new RegExp(`^content/${name.replace(/\./g, '\\.')}: the file name "${name.replace(/\./g, '\\.')}" has no letters or digits`));
    }
  });

  it('refuses two names that make the same id, both of them, and a link out of content/', () => {
    const content = scratch('verslag-names-');
    const outside = scratch('verslag-outside-');
    writeFileSync(join(outside, 'geheim.txt'), 'wachtwoord\n');
    writeFileSync(join(content, 'a b.txt'), 'x');
    writeFileSync(join(content, 'a-b.txt'), 'x');
    writeFileSync(join(content, 'binnen.txt'), 'x');
    symlinkSync(join(outside, 'geheim.txt'), join(content, 'x.txt'));
    symlinkSync(join(content, 'binnen.txt'), join(content, 'ook-binnen.txt'));
    // The metadata beside a source is read too: a link out of content/ there is refused as well.
    writeFileSync(join(content, 'met-metadata.txt'), 'x');
    symlinkSync(join(outside, 'geheim.txt'), join(content, 'met-metadata.yml'));
    const listing = listSources(content);
    expect(listing.sources.map(({ id }) => id)).toEqual(['binnen', 'ook-binnen']);
    expect(listing.refused.map(({ error }) => error)).toEqual([
      `${join(content, 'a b.txt')} and ${join(content, 'a-b.txt')} would both be the document "a-b", whose id is the file name: keep one`,
      expect.stringMatching(new RegExp(`^${join(content, 'met-metadata.yml')}: is a symbolic link that leads out of the content directory`)),
      expect.stringMatching(new RegExp(`^${join(content, 'x.txt')}: is a symbolic link that leads out of the content directory`)),
    ]);
  });

  it('ingests a name with an accent and a space under its slug; the others are refused by name, nothing of them written', async () => {
    const content = scratch('verslag-ids-');
    const out = join(scratch('verslag-ids-out-'), 'generated');
    copyFileSync(join(root, 'content', `${letter}.txt`), join(content, 'kamerbrief financiën.txt'));
    copyFileSync(join(root, 'content', `${letter}.yml`), join(content, 'kamerbrief financiën.yml'));
    writeFileSync(join(content, '...txt'), readFileSync(join(root, 'content', `${letter}.txt`)));
    const report = await ingestCorpus(content, out, { workers: 1 });
    expect(report.errors).toEqual([expect.stringContaining(`${join(content, '...txt')}: the file name "...txt" has no letters or digits`)]);
    expect(report.written).toBe(1);
    const corpus = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')) as { documents: { id: string }[] };
    expect(corpus.documents.map(({ id }) => id)).toEqual(['kamerbrief-financien']);
    expect(JSON.parse(readFileSync(join(out, 'json', 'kamerbrief-financien.json'), 'utf8')).id).toBe('kamerbrief-financien');
  });

  it('gives Pagefind a page path it indexes (an accent in the id made it refuse: "characters a glob would read as a pattern")', async () => {
    const site = scratch('verslag-site-');
    const page = `documenten/${sourceIdOf('content/kamerbrief financiën.txt')}/index.html`;
    mkdirSync(join(site, 'documenten', 'kamerbrief-financien'), { recursive: true });
    writeFileSync(join(site, page), '<!doctype html><html lang="nl"><head><title>Financiën</title></head><body data-pagefind-body><h1>Financiën</h1><p id="p0000001">De begroting.</p></body></html>');
    const outputPath = join(scratch('verslag-index-'), 'pagefind');
    expect(await indexShard({ site, pages: [page], models: [], outputPath })).toEqual({});
    expect(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')).toContain('"page_count":1');
  });
});

describe('metadata', () => {
  it('reports every problem of a file at once, each with its line', () => {
    const yaml = ['kind: commissiedebat', 'date: "2025-13-45"', 'soort: fout', 'paper: {dossier: "../../../x", number: "1"}', 'title: "a\\u0000b"', 'committee: 12', ''].join('\n');
    expect(refusal(() => parseMetadata('m.yml', yaml)).split('\n')).toEqual([
      'm.yml: 5 problems:',
      '  m.yml:2: date: "2025-13-45" is not a date on the calendar',
      '  m.yml:3: unknown metadata key "soort" (known: kind, format, title, date, paper, committee)',
      '  m.yml:4: paper: dossier "../../../x" is not a dossier number such as 26643, 21501-30 or 36600-VII',
      '  m.yml:5: title: holds a control character (U+0000) at character 2',
      '  m.yml:6: committee: must be text (quote it)',
    ]);
  });

  it('accepts real calendar dates only', () => {
    expect(refusal(() => parseMetadata('m.yml', 'date: "2025-02-30"\n'))).toBe('m.yml:1: date: "2025-02-30" is not a date on the calendar');
    expect(parseMetadata('m.yml', 'date: "2024-02-29"\n')).toEqual({ date: '2024-02-29' });
    expect(['2025', '2025-07', '2025-01-31', '2024-02-29'].every(isCalendarDate)).toBe(true);
    expect(['2025-13', '2025-00', '2025-04-31', '2025-02-29', '2025-13-45', '0999', '2025-1-1'].some(isCalendarDate)).toBe(false);
  });

  it('accepts paper numbers in the shapes the House gives them, and refuses a path', () => {
    expect(parseMetadata('m.yml', 'paper:\n  dossier: 36 600 VII\n  number: 72\n')).toEqual({ paper: { dossier: '36600-VII', number: '72' } });
    expect(parseMetadata('m.yml', 'paper: { dossier: "21501-30", number: "680" }\n')).toEqual({ paper: { dossier: '21501-30', number: '680' } });
    expect(refusal(() => parseMetadata('m.yml', 'date: "2025"\npaper: { dossier: "26643", number: "../1" }\n'))).toBe('m.yml:2: paper: number "../1" is not a paper number such as 1311');
    expect(refusal(() => parseMetadata('m.yml', 'paper: { dossier: "26643" }\n'))).toMatch(/^m\.yml:1: paper: must have a number/);
  });

  it('refuses a value of more than 1,000 characters and a file of 5 MB', () => {
    expect(refusal(() => parseMetadata('m.yml', `title: ${'x'.repeat(1001)}\n`))).toBe('m.yml:1: title: is 1,001 characters long, more than 1,000');
    const content = scratch('verslag-large-');
    copyFileSync(join(root, 'content', `${letter}.txt`), join(content, 'brief.txt'));
    writeFileSync(join(content, 'brief.yml'), `title: "${'x'.repeat(5_000_000)}"\n`);
    expect(refusal(() => readSource(join(content, 'brief.txt')))).toBe(
      `${join(content, 'brief.yml')}: the metadata file is 5,000,010 bytes, more than the 65,536 a few keys can need: is this the right file?`,
    );
  });
});

describe('dates stated in the text', () => {
  it('refuses a date that is not on the calendar, naming its line', () => {
    const text = seedText(debate).replace('Vastgesteld 11 maart 2025', 'Vastgesteld 30 februari 2025').replace('heeft op 30 januari 2025 overleg', 'heeft op 45 januari 2025 overleg');
    expect(refusal(() => ingestSource(seedSource(debate, text))).split('\n')).toEqual([
      `content/${debate}.txt: 2 problems:`,
      `  content/${debate}.txt:15: the document's date, "45 januari 2025" (2025-01-45), is not a date on the calendar`,
      `  content/${debate}.txt:13: the date it was adopted (vastgesteld), "30 februari 2025" (2025-02-30), is not a date on the calendar`,
    ]);
  });
});

describe('text as written', () => {
  it('keeps a Markdown link\'s words and its target as text, never as a link', () => {
    const sentence = 'Dat zeg ik toe.';
    const text = seedText(debate).replace(`${sentence}\n`, `Zie [klik](javascript:alert(1)) en [het rapport](https://example.org/r.pdf). ${sentence}\n`);
    const doc = ingestSource(seedSource(debate, text)).doc;
    const passage = doc.body.flatMap(blockPassages).find((item) => item.text.startsWith('Zie '))!;
    expect(passage.text).toBe(`Zie klik (javascript:alert(1)) en het rapport (https://example.org/r.pdf). ${sentence}`);
    expect(doc.references.filter((reference) => reference.at === passage.anchor).map(({ kind, id }) => [kind, id])).toEqual([['url', 'https://example.org/r.pdf']]);
    expect(toAnnotatedMarkdown(doc)).not.toMatch(/\]\(javascript:/);
    // The written formats' Markdown goes the same way (here a footnote of the schriftelijk overleg).
    const written = 'schriftelijk-overleg-2026-04-15-internationale-digitale-strategie';
    const writtenText = seedText(written).replace('Amsterdam, 2025\\)](#)', 'Amsterdam, 2025\\)](javascript:alert(1))');
    expect(ingestSource(seedSource(written, writtenText)).doc.footnotes[1]!.text).toBe(
      'Content Moderation across Social Media Platforms (Universiteit van Amsterdam, 2025) (javascript:alert(1))',
    );
  });

  it('drops a NUL and other control characters with a warning naming line and column', () => {
    const text = seedText(debate).replace('Dat zeg ik toe.', 'Dat zeg\u0000 ik\u0000 toe.\u001b');
    const { doc, diagnostics } = ingestSource(seedSource(debate, text));
    expect(doc.body.flatMap(blockPassages).filter((passage) => passage.text === 'Dat zeg ik toe.')).toHaveLength(2);
    expect(diagnostics.map(({ line, column, message }) => [line, column, message])).toEqual([
      [693, 8, 'dropped a control character (U+0000): it is no text, and is not published'],
      [693, 12, 'dropped a control character (U+0000): it is no text, and is not published'],
      [693, 18, 'dropped a control character (U+001B): it is no text, and is not published'],
    ]);
    expect(toAnnotatedMarkdown(doc)).not.toMatch(/[\u0000\u001b]/);
  });
});
