import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, type GeneratedDocument } from '../../src/bench/generate/corpus.ts';
import type { CorpusIndex } from '../../src/model/corpus.ts';
import { detectFormat } from '../../src/ingest/detect.ts';
import type { Diagnostic } from '../../src/ingest/diagnostics.ts';
import { annotateCommitmentReports } from '../../src/ingest/passes/commitment-reports.ts';
import { annotateReferences } from '../../src/ingest/passes/references.ts';
import { ingestDocument, ingestSource } from '../../src/ingest/pipeline.ts';
import { parseMetadata, readSource } from '../../src/ingest/read-source.ts';
import { ingestCorpus } from '../../src/ingest/run.ts';
import { SourceError, type SourceDocument } from '../../src/ingest/source.ts';
import { renderDocumentHtml } from '../../src/markdown/render.ts';
import { toAnnotatedMarkdown } from '../../src/markdown/write.ts';
import { DOCUMENT_KINDS, type ParliamentaryDocument, type Speech } from '../../src/model/document.ts';
import { minimalDocument } from '../helpers/minimal-doc.ts';
import { SEED_IDS, seedSource, seedText } from '../helpers/seeds.ts';

/** The model as the open data publishes it: what survives JSON (a field set to undefined is no field). */
const published = (doc: ParliamentaryDocument): unknown => JSON.parse(JSON.stringify(doc));

/** Annotated Markdown as a source in content/. */
const markdownSource = (id: string, text: string, metadata: SourceDocument['metadata'] = {}): SourceDocument => ({ id, path: `content/${id}.md`, text, metadata });

/** Model → Markdown → model, with what the second ingest reported. */
function roundTrip(doc: ParliamentaryDocument): { back: ParliamentaryDocument; diagnostics: Diagnostic[]; markdown: string } {
  const markdown = toAnnotatedMarkdown(doc);
  const source = markdownSource(doc.id, markdown);
  expect(detectFormat(source)).toBe('annotated-markdown');
  const { doc: back, diagnostics } = ingestSource(source);
  return { back, diagnostics, markdown };
}

function expectIdentity(doc: ParliamentaryDocument): void {
  const { back, diagnostics } = roundTrip(doc);
  expect(diagnostics).toEqual([]);
  expect(published(back)).toStrictEqual(published(doc));
}

const messages = (diagnostics: Diagnostic[]) => diagnostics.map(({ line, message }) => ({ line, message }));

describe('annotated Markdown as a source: model → Markdown → model is the identity', () => {
  it.each(SEED_IDS)('%s', (id) => {
    const doc = ingestDocument(seedSource(id));
    // The seeds hold what the round trip must carry: commitments with reactions, nested references, questions, footnotes.
    expectIdentity(doc);
  });

  it('on generated documents of every format (the smallest of each of 20, as remark reads about 0.2 MB/s)', () => {
    const smallest = new Map<string, GeneratedDocument>();
    for (const generated of generateCorpus({ docs: 20, seed: 'annotated-markdown' })) {
      const known = smallest.get(generated.format);
      if (!known || generated.text.length < known.text.length) smallest.set(generated.format, generated);
    }
    expect(smallest.size).toBe(5);
    for (const generated of smallest.values()) {
      const source = { id: generated.id, path: `${generated.id}.txt`, text: generated.text, metadata: parseMetadata(`${generated.id}.yml`, generated.metadata) };
      expectIdentity(ingestDocument(source));
    }
  }, 600_000);

  it('on what the writer has no seed for: an unresolved chair, a cabinet member\'s office, motions, decisions, unclassified text, a procedural line of unknown role', () => {
    const doc = ingestDocument(seedSource('commissiedebat-2025-01-30-opkomende-technologieen'));
    const speeches = doc.body.filter((block): block is Speech => block.type === 'speech');
    const chair = speeches.find((speech) => speech.speaker.role === 'chair')!;
    chair.speaker = { slug: 'voorzitter', name: 'De voorzitter', role: 'chair', unresolved: true };
    const minister = speeches.find((speech) => speech.speaker.role === 'state-secretary')!;
    minister.speaker.office = 'staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties';
    const motionAnchor = speeches[1]!.passages[0]!.anchor;
    speeches[1]!.motions = [motionAnchor];
    speeches[2]!.motions = [];
    doc.motions = [{ anchor: motionAnchor, title: 'Motie van het lid Six Dijkstra over "quantum" & meer', by: ['six-dijkstra', 'kathmann'], text: 'De Kamer,\n\ngehoord de beraadslaging, …', paper: { dossier: '26643' }, result: 'aangenomen', submittedIn: motionAnchor }];
    doc.decisions = [{ anchor: 'besluit-1', text: 'Aangenomen.', result: 'aangenomen', motion: motionAnchor }];
    doc.unclassified = [{ line: 12, text: '*** 10:15 ***' }];
    doc.status = 'ongecorrigeerd';
    doc.sourceId = 'vlos-1378fd61';
    doc.people.push({ slug: 'kathmann-2', name: 'Kathmann', id: 'a1b2', firstName: 'Barbara', fullName: 'Barbara Kathmann' });
    const procedural = doc.body.find((block) => block.type === 'procedural')!;
    delete procedural.role;
    const { back, diagnostics } = roundTrip(doc);
    expect(published(back)).toStrictEqual(published(doc));
    // The unclassified text is reported again, at its line in the source it was first read from.
    expect(messages(diagnostics)).toEqual([
      { line: undefined, message: 'text that fits no structure of the document, kept and shown as unclassified: "*** 10:15 ***" (line 12 of the source it was written from)' },
    ]);
  });

  it('on a reference inside another (a motion whose title cites a motion) and a footnote call inside a reference', () => {
    // As in a generated Kamerbrief (seed 'rt'): the writer used to drop the inner reference.
    const title = 'Motie Groenman - Uitvoering van de motie van de leden Van der Staaij en Van der Graaf over virtuele technologie';
    const text = 'Zie Kamerstuk 26 643, nr. 778 en https://www.tweedekamer.nl/ over TZ202501-151.';
    // The passes an ingest runs (no closing list here, so no commitments).
    const doc = annotateCommitmentReports(annotateReferences(
      minimalDocument([
        { type: 'heading', anchor: 's-1', level: 2, number: '1.7.3', title },
        { type: 'paragraph', passage: { anchor: 'p1', text, footnoteCalls: [{ number: 1, offset: text.indexOf(', nr.') }] } },
      ], [{ number: 1, anchor: 'voetnoot-1', text: 'Kamerstuk 26 643, nr. 778', calledFrom: 'p1' }]),
    ));
    expect(doc.references.map(({ kind, at, offset }) => `${kind}@${at}:${offset}`)).toEqual(['motion@s-1:0', 'motion@s-1:35', 'paper@p1:4', 'url@p1:33', 'commitment-id@p1:66', 'paper@voetnoot-1:0']);
    const { markdown } = roundTrip(doc);
    expect(markdown).toContain('::heading[1\\.7.3 :ref[Motie Groenman - Uitvoering van de :ref[motie van de leden Van der Staaij en Van der Graaf]{');
    expect(markdown).toContain(':ref[Kamerstuk 26 643:fn[1]{number="1"}, nr. 778]{kind="paper"');
    expectIdentity(doc);
  });

  // The real documents (../shared/real, beside the repository): every file that ingests must round-trip.
  const real = fileURLToPath(new URL('../../../shared/real/', import.meta.url));
  const realFiles = existsSync(real) ? ['xml', 'text'].flatMap((folder) => readdirSync(join(real, folder)).sort().map((name) => join(folder, name))) : [];
  it.for(realFiles)('on the real document %s, if it ingests', (file, context) => {
    let doc: ParliamentaryDocument;
    try {
      doc = ingestDocument(readSource(join(real, file)));
    } catch (error) {
      if (error instanceof SourceError) return context.skip(`${file} does not ingest yet: ${error.message}`);
      throw error;
    }
    expectIdentity(doc);
  });
});

describe('an editor corrects a misattributed turn', () => {
  const id = 'commissiedebat-2025-01-30-opkomende-technologieen';
  const original = ingestDocument(seedSource(id));
  const markdown = toAnnotatedMarkdown(original);
  // Krul's first turn (his inbreng in the first termijn), given to Koekkoek.
  const turn = original.body.findIndex((block) => block.type === 'speech' && block.speaker.slug === 'krul');
  const speech = original.body[turn] as Speech;
  const label = '::::speech{speaker="krul" name="Krul" party="CDA" role="member" termijn="1"}';
  const at = markdown.lastIndexOf(label, markdown.indexOf(`:::passage{#${speech.passages[0]!.anchor}}`));
  const corrected = (replacement: string) => markdown.slice(0, at) + replacement + markdown.slice(at + label.length);
  const line = markdown.slice(0, at).split('\n').length;

  it('changes speaker, name and party: that turn is Koekkoek\'s, everything else stays, nothing is reported', () => {
    expect(speech.speaker).toMatchObject({ slug: 'krul', name: 'Krul', party: 'CDA' });
    const source = markdownSource(id, corrected('::::speech{speaker="koekkoek" name="Koekkoek" party="Volt" role="member" termijn="1"}'));
    const { doc, diagnostics } = ingestSource(source);
    expect(diagnostics).toEqual([]);
    expect((doc.body[turn] as Speech).speaker).toStrictEqual({ slug: 'koekkoek', name: 'Koekkoek', party: 'Volt', role: 'member' });
    // The same passages with the same anchors: citations of the corrected turn keep working.
    expect((doc.body[turn] as Speech).passages).toStrictEqual(speech.passages);
    const expected = structuredClone(original);
    (expected.body[turn] as Speech).speaker = { slug: 'koekkoek', name: 'Koekkoek', party: 'Volt', role: 'member' };
    expect(published(doc)).toStrictEqual(published(expected));
  });

  it('changes only speaker=: name and party follow the person, and a warning says the stale ones were replaced', () => {
    const { doc, diagnostics } = ingestSource(markdownSource(id, corrected('::::speech{speaker="koekkoek" name="Krul" party="CDA" role="member" termijn="1"}')));
    expect((doc.body[turn] as Speech).speaker).toStrictEqual({ slug: 'koekkoek', name: 'Koekkoek', party: 'Volt', role: 'member' });
    expect(messages(diagnostics)).toEqual([
      { line, message: 'speaker="koekkoek" is Koekkoek (Volt), but the speech says name "Krul" and party "CDA": the speaker attribute decides, so the person\'s name and party are used' },
    ]);
  });

  it('ingests the corrected file from content/: its JSON, the corpus index and the page follow', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verslag-correction-'));
    try {
      const content = join(dir, 'content');
      const out = join(dir, 'generated');
      const { mkdirSync } = await import('node:fs');
      mkdirSync(content);
      writeFileSync(join(content, `${id}.md`), corrected('::::speech{speaker="koekkoek" role="member" termijn="1"}'));
      const report = await ingestCorpus(content, out, { workers: 1 });
      expect(report).toMatchObject({ total: 1, written: 1, errors: [], diagnostics: [] });
      const model = JSON.parse(readFileSync(join(out, 'json', `${id}.json`), 'utf8')) as ParliamentaryDocument;
      expect((model.body[turn] as Speech).speaker).toStrictEqual({ slug: 'koekkoek', name: 'Koekkoek', party: 'Volt', role: 'member' });
      // The corpus index the person and party pages are built from: Krul has one turn fewer, Koekkoek one more.
      const index = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')) as CorpusIndex;
      const turns = (slug: string, doc: { contributions: { speaker: string; turns: number }[] }) =>
        doc.contributions.filter((contribution) => contribution.speaker === slug).reduce((sum, contribution) => sum + contribution.turns, 0);
      const before = ingestDocumentSummaryTurns(original);
      const summary = index.documents.find((document) => document.id === id)!;
      expect(turns('krul', summary)).toBe(before.krul - 1);
      expect(turns('koekkoek', summary)).toBe(before.koekkoek + 1);
      // The page: the turn's header names and links Koekkoek, with her party, before the same passage.
      const html = renderDocumentHtml(model, { base: '/' });
      const section = html.slice(html.lastIndexOf('<section', html.indexOf(`id="${speech.passages[0]!.anchor}"`)), html.indexOf(`id="${speech.passages[0]!.anchor}"`));
      expect(section).toContain('data-speaker="koekkoek" data-name="Koekkoek" data-party="Volt"');
      expect(section).toContain('<a href="/personen/koekkoek/" class="speaker">Koekkoek</a> <span class="party">(Volt)</span>');
      expect(section).not.toContain('Krul');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Turns per speaker in a document, counted from its model. */
function ingestDocumentSummaryTurns(doc: ParliamentaryDocument): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const block of doc.body) if (block.type === 'speech') counts[block.speaker.slug] = (counts[block.speaker.slug] ?? 0) + 1;
  return counts;
}

describe('what an editor gets wrong is reported with its line, and read as well as it can be', () => {
  const id = 'kamerbrief-2025-07-moties-en-toezeggingen-digitalisering';
  const markdown = toAnnotatedMarkdown(ingestDocument(seedSource(id)));
  const lineOf = (text: string, needle: string): number => text.slice(0, text.indexOf(needle)).split('\n').length;

  it('an unknown directive: reported, its text kept in place as a paragraph', () => {
    const passage = /:::passage\{#(\w+)\}\n(.*)\n:::/.exec(markdown.slice(markdown.indexOf(':::passage{#', markdown.indexOf('::heading'))))!;
    const edited = markdown.replace(`:::passage{#${passage[1]}}`, `:::pasage{#${passage[1]}}`);
    const { doc, diagnostics } = ingestSource(markdownSource(id, edited));
    expect(messages(diagnostics)).toEqual([
      { line: lineOf(edited, ':::pasage'), message: expect.stringMatching(/^unknown directive "pasage" \(known here: agenda, speech, passage, unclassified, question, answer, footnotes, footnote\): its text is kept$/) },
    ]);
    const kept = doc.body.find((block) => block.type === 'paragraph' && block.passage.text.startsWith(passage[2]!.slice(0, 40).replace(/\\/g, '')));
    expect(kept).toBeDefined();
  });

  it('a speaker who is not in people: reported, the turn kept as written', () => {
    const debate = 'commissiedebat-2025-01-30-opkomende-technologieen';
    const text = toAnnotatedMarkdown(ingestDocument(seedSource(debate))).replace('::::speech{speaker="krul" name="Krul"', '::::speech{speaker="krull" name="Krull"');
    const { doc, diagnostics } = ingestSource(markdownSource(debate, text));
    expect(messages(diagnostics)).toEqual([
      { line: lineOf(text, 'speaker="krull"'), message: 'speaker="krull" names no person in the frontmatter\'s people: add the person there, or name one who is' },
    ]);
    expect(doc.body.some((block) => block.type === 'speech' && block.speaker.slug === 'krull' && block.speaker.name === 'Krull')).toBe(true);
  });

  it('broken frontmatter: the YAML error and the bad fields are reported with their lines, the rest is read', () => {
    const edited = markdown.replace('kind: "kamerbrief"', 'kind: "brief"').replace(/title: "([^"\n]*)"/, 'title: "$1');
    const { doc, diagnostics } = ingestSource(markdownSource(id, edited));
    expect(messages(diagnostics).map(({ line, message }) => `${line}: ${message}`)).toEqual([
      `${lineOf(edited, 'title:')}: frontmatter: Missing closing "quote (its values there may be cut short)`,
      `${lineOf(edited, 'kind:')}: frontmatter: kind must be one of ${DOCUMENT_KINDS.join(', ')}; left out`,
      '1: the frontmatter gives no kind: read as kamerstuk',
    ]);
    expect(doc.kind).toBe('kamerstuk');
    expect(doc.body.length).toBe(ingestDocument(seedSource(id)).body.length);
  });

  it('an unknown frontmatter key and a passage without an id: the key reported, the passage given an anchor from its words', () => {
    const edited = markdown.replace('---\n\n', 'auteur: "redactie"\n---\n\n').replace(/:::passage\{#\w+\}\n(?=Geachte)/, ':::passage\n');
    const { doc, diagnostics } = ingestSource(markdownSource(id, edited));
    expect(messages(diagnostics)).toEqual([{ line: lineOf(edited, 'auteur:'), message: expect.stringMatching(/^frontmatter: unknown key "auteur" left out \(known: id, kind, title, date, /) }]);
    const original = ingestDocument(seedSource(id));
    expect(published(doc)).toStrictEqual(published(original));
  });

  it('unusable input is a SourceError: no date anywhere', () => {
    const edited = markdown.replace(/date: "[^"]*"\n/, '');
    expect(() => ingestSource(markdownSource(id, edited))).toThrow(SourceError);
    expect(() => ingestSource(markdownSource(id, edited))).toThrow(`content/${id}.md:1: the frontmatter gives no date`);
  });

  it('unusable input is a SourceError: a date that is not ISO 8601, or not on the calendar', () => {
    const dated = (date: string) => markdownSource(id, markdown.replace(/date: "[^"]*"/, `date: "${date}"`));
    expect(() => ingestSource(dated('30-01-2025'))).toThrow(`content/${id}.md: the document's date, "30-01-2025", is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)`);
    expect(() => ingestSource(dated('2025-02-30'))).toThrow(`content/${id}.md: the document's date, "30 februari 2025" (2025-02-30), is not a date on the calendar`);
  });

  it('is not taken for another format, and no other format\'s text is taken for it', () => {
    expect(detectFormat(markdownSource(id, markdown))).toBe('annotated-markdown');
    for (const seed of SEED_IDS) expect(detectFormat(seedSource(seed))).not.toBe('annotated-markdown');
    expect(seedText(id).startsWith('---')).toBe(false);
  });
});

describe('one id, one source', () => {
  const temporary: string[] = [];
  afterAll(() => {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });

  it('content/x.md beside content/x.txt is an error naming both, and neither is published', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'verslag-two-sources-'));
    temporary.push(dir);
    const id = 'kamerbrief-2025-07-moties-en-toezeggingen-digitalisering';
    const content = join(dir, 'content');
    const { mkdirSync, copyFileSync } = await import('node:fs');
    mkdirSync(content);
    const seedDir = fileURLToPath(new URL('../../content/', import.meta.url));
    copyFileSync(join(seedDir, `${id}.txt`), join(content, `${id}.txt`));
    writeFileSync(join(content, `${id}.md`), toAnnotatedMarkdown(ingestDocument(seedSource(id))));
    copyFileSync(join(seedDir, 'antwoorden-2026-vragen-dassen-over-ai.txt'), join(content, 'antwoorden-2026-vragen-dassen-over-ai.txt'));
    copyFileSync(join(seedDir, 'antwoorden-2026-vragen-dassen-over-ai.yml'), join(content, 'antwoorden-2026-vragen-dassen-over-ai.yml'));
    const report = await ingestCorpus(content, join(dir, 'generated'), { workers: 1 });
    expect(report.errors).toEqual([
      `${join(content, `${id}.md`)} and ${join(content, `${id}.txt`)} would both be the document "${id}", whose id is the file name: keep one (to publish the corrected Markdown, remove ${join(content, `${id}.txt`)})`,
    ]);
    expect(report).toMatchObject({ total: 3, written: 1 });
    expect(readdirSync(join(dir, 'generated', 'json'))).toEqual(['antwoorden-2026-vragen-dassen-over-ai.json']);
  });

  it('a metadata file left beside the correction, naming the original\'s format, is a clear error', () => {
    const id = 'antwoorden-2026-vragen-dassen-over-ai';
    const source = markdownSource(id, toAnnotatedMarkdown(ingestDocument(seedSource(id))), { format: 'answers-word' });
    expect(() => ingestSource(source)).toThrow(`content/${id}.md: its metadata says format: answers-word, which reads .txt files, not .md: remove "format:" from content/${id}.yml`);
  });
});
