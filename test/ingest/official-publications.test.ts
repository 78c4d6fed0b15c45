import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestSource } from '../../src/ingest/pipeline.ts';
import { readSource } from '../../src/ingest/read-source.ts';
import { renderDocumentHtml } from '../../src/markdown/render.ts';
import { SourceError, type SourceDocument } from '../../src/ingest/source.ts';
import type { Heading, ParliamentaryDocument, ProceduralLine, Speech } from '../../src/model/document.ts';

/** ../shared/real beside the repository (CI keeps it there too), resolved from this file. */
const root = new URL('../../', import.meta.url).pathname;
const real = join(root, '../shared/real');
const gold = JSON.parse(readFileSync(join(real, 'gold.json'), 'utf8')) as Record<string, Gold>;
const officialIds = Object.keys(gold).filter((id) => /^(?:h-tk|kst)-/.test(id)).sort();

interface Gold {
  text_file: string;
  speaker_turns: number;
  speakers: { name: string; turns: number; party: string | null }[];
  motions: number;
  motion_list?: { kst_refs?: string[]; signers?: string[] }[];
  headings: number;
  heading_list: string[];
  date_iso?: string | null;
  date?: string | null;
}

const ingestReal = (id: string) => ingestSource(readSource(join(real, 'xml', `${id}.xml`)));
const fixture = (name: string): SourceDocument => readSource(join(root, 'test/fixtures/official', name));
const speeches = (doc: ParliamentaryDocument) => doc.body.filter((block): block is Speech => block.type === 'speech');
const headings = (doc: ParliamentaryDocument) => doc.body.filter((block): block is Heading => block.type === 'heading');

/** Words of a text as score.py counts them: letters only, lower case. */
const words = (text: string): string[] => (text.normalize('NFC').match(/[^\P{L}]+/gu) ?? []).map((word) => word.toLowerCase());

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe.each(officialIds)('official publication %s against gold.json', (id) => {
  const expected = gold[id]!;
  const { doc, diagnostics } = ingestReal(id);

  it('has every turn, and every speaker (the chair as one) with their turns', () => {
    const turns = speeches(doc);
    expect(turns).toHaveLength(expected.speaker_turns);
    const counted = new Map<string, number>();
    for (const { speaker } of turns) {
      const key = speaker.role === 'chair' ? 'voorzitter' : speaker.name;
      counted.set(key, (counted.get(key) ?? 0) + 1);
    }
    expect(counted).toEqual(new Map(expected.speakers.map((speaker) => [speaker.name, speaker.turns])));
    for (const speaker of expected.speakers.filter((speaker) => speaker.party)) {
      expect(turns.find((turn) => turn.speaker.name === speaker.name)?.speaker.party).toBe(speaker.party);
    }
  });

  it('has the motions, with the Kamerstuk each became', () => {
    expect(doc.motions ?? []).toHaveLength(expected.motions);
    (expected.motion_list ?? []).forEach((motion, index) => {
      const ref = motion.kst_refs?.[0];
      if (ref) expect(`kst-${doc.motions![index]!.paper!.dossier}-${doc.motions![index]!.paper!.number}`).toBe(ref);
    });
  });

  it('has the headings: the item title and each motion (Handelingen), the tuskop headings (kamerwrk)', () => {
    const titles = expected.heading_list.map((heading) => heading.replace(/^[^:]*: /, ''));
    const fromModel = [...headings(doc).map((heading) => (heading.number && !/^\d+$/.test(heading.number) ? heading.title : heading.number && id.startsWith('kst') ? `${heading.number}. ${heading.title}` : heading.title))];
    // The Handelingen print a 'Motie' heading above each motion read out in a turn.
    const motionHeadings = id.startsWith('h-tk') ? (doc.motions ?? []).map(() => 'Motie') : [];
    expect([...fromModel, ...motionHeadings]).toEqual(titles);
  });

  it('has the date the document states, and reports it where it states none', () => {
    // gold.json took some Handelingen dates from another item of the sitting (date_note): those files state none.
    const stated = 'date_note' in expected ? undefined : (expected.date_iso ?? (/^\d{4}-\d{2}-\d{2}$/.test(expected.date ?? '') ? expected.date : undefined));
    if (stated) expect(doc.date).toBe(stated);
    else expect(diagnostics.map((diagnostic) => diagnostic.message)).toContainEqual(expect.stringMatching(/^the publication states no date; dated \d{4} from its vergaderjaar/));
  });

  it("loses no word of the reader's copy", () => {
    // As score.py: the copy's speaker labels (short lines ending in a colon) are structure.
    const copy = readFileSync(join(real, expected.text_file), 'utf8')
      .split('\n')
      .filter((line) => !(line.trimEnd().endsWith(':') && line.split(/\s+/).filter(Boolean).length <= 12))
      .join('\n');
    const model = new Map<string, number>();
    for (const word of strings(doc).flatMap(words)) model.set(word, (model.get(word) ?? 0) + 1);
    const lost = words(copy).filter((word) => {
      const left = model.get(word) ?? 0;
      model.set(word, left - 1);
      return left <= 0;
    });
    expect(lost).toEqual([]);
  });
});

describe('Handelingen items', () => {
  it('reads a motion submitted in a turn, its submitters and the chair announcing it, which is not a turn', () => {
    const { doc } = ingestReal('h-tk-20172018-70-4');
    const motion = doc.motions![0]!;
    expect(motion).toMatchObject({
      title: 'Motie van de leden Bergkamp, Segers, Hermans en Geluk-Poortvliet',
      by: ['bergkamp', 'segers', 'hermans', 'geluk-poortvliet'],
      paper: { dossier: '29538', number: '253' },
    });
    expect(motion.text).toMatch(/^De Kamer,\n\ngehoord de beraadslaging,\n\nconstaterende dat de onafhankelijke cliëntondersteuner/);
    expect(motion.text).toMatch(/\n\nen gaat over tot de orde van de dag\.$/);
    const index = doc.body.findIndex((block) => block.type === 'speech' && block.motions?.includes(motion.anchor));
    const turn = doc.body[index] as Speech;
    expect(turn.speaker).toEqual({ slug: 'bergkamp', name: 'Bergkamp', party: 'D66', role: 'member' });
    expect(turn.passages.map((passage) => passage.anchor)).toContain(motion.anchor);
    expect(motion.submittedIn).toBe(turn.passages[0]!.anchor);
    const announcement = doc.body.slice(index + 1, index + 3) as ProceduralLine[];
    expect(announcement.map((line) => [line.type, line.speaker?.role, line.passage.text])).toEqual([
      ['procedural', 'chair', 'Deze motie is voorgesteld door de leden Bergkamp, Segers, Hermans en Geluk-Poortvliet. Naar mij blijkt, wordt de indiening ervan voldoende ondersteund.'],
      ['procedural', 'chair', 'Zij krijgt nr. 253 (29538).'],
    ]);
    // The chair's words without a label, after the announcement: said by the chair, not a turn.
    expect((doc.body[index + 3] as ProceduralLine).passage.text).toBe('Dank u wel. Dan mevrouw Dijksma van de fractie van de Partij van de Arbeid.');
  });

  it('collapses the re-indented text nodes: no space before punctuation, none after an opening bracket', () => {
    const { doc } = ingestReal('h-tk-20172018-70-4');
    const texts = doc.body.flatMap((block) => (block.type === 'paragraph' || block.type === 'procedural' ? [block.passage.text] : block.type === 'speech' ? block.passages.map((passage) => passage.text) : []));
    expect(texts).toContain('Aan de orde is het VAO Wmo / Mantelzorg / Hulpmiddelenbeleid (AO d.d. 15/03).');
    // ("een ... Heb ik" is an ellipsis as spoken.)
    expect(texts.filter((text) => /\s[,;:!?)]|\s\.(?!\.)|\(\s|\n/.test(text))).toEqual([]);
  });

  it('leaves the chair unresolved where the item does not name them, and says so', () => {
    const { doc, diagnostics } = ingestReal('h-tk-20172018-70-8');
    const chair = speeches(doc).filter((speech) => speech.speaker.role === 'chair');
    expect(chair).toHaveLength(17);
    expect(chair.every((speech) => speech.speaker.unresolved === true)).toBe(true);
    expect(doc.people.map((person) => person.slug)).not.toContain('voorzitter');
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toContain(
      'the item does not name who chairs ("Voorzitter: …"); 17 turn(s) of "De voorzitter", and the chair\'s unlabelled lines, are left unresolved',
    );
    // Bergkamp takes the chair at the end of the item, for what follows it.
    expect(doc.body.at(-1)).toMatchObject({ type: 'chair-change', chair: { slug: 'bergkamp', role: 'chair' }, text: 'Voorzitter: Bergkamp' });
  });

  it('keeps two members of one surname apart by the first name the House prints', () => {
    const { doc } = ingestReal('h-tk-20172018-70-8');
    const slugs = new Set(speeches(doc).map((speech) => speech.speaker.slug));
    expect(slugs).toContain('jasper-van-dijk');
    expect(slugs).toContain('gijs-van-dijk');
  });

  it("reads the sitting's opening: date, time, the chair and the attendance", () => {
    const { doc, diagnostics } = ingestReal('h-tk-20172018-50-1');
    expect(doc).toMatchObject({ kind: 'plenaire-vergadering', title: '50e vergadering', date: '2018-02-08', dates: { opened: '10:15' }, sourceId: 'h-tk-20172018-50-1' });
    expect(doc.header).toEqual(['Tweede Kamer der Staten-Generaal', 'Vergaderjaar 2017-2018', '50e vergadering', 'Donderdag 8 februari 2018', 'Aanvang 10:15 uur']);
    expect(doc.body[0]).toMatchObject({ type: 'chair-change', chair: { slug: 'arib', name: 'Arib', role: 'chair' } });
    expect(doc.body.slice(1).map((block) => block.type === 'procedural' && block.role)).toEqual(['attendance', 'attendance', 'attendance']);
    expect(diagnostics).toEqual([]);
  });

  it('records the votes, and the result of a motion of the item that was voted on', () => {
    const { doc } = ingestReal('h-tk-20172018-70-6');
    expect(doc.decisions!.map(({ text, result }) => [text, result])).toEqual([
      ['In stemming komt de gewijzigde motie-Wassenberg (21501-08, nr. 726, was nr. 719).', 'verworpen'],
      ['In stemming komt de motie-Wassenberg (21501-08, nr. 721).', 'aangenomen'],
      ['In stemming komt de motie-Laçin/Beckerman (21501-08, nr. 722).', 'aangenomen'],
      ['In stemming komt de motie-Kröger (21501-08, nr. 724).', 'aangenomen'],
    ]);
    const motion = doc.motions![0]!;
    // Amended: the chair names it, "De motie-Wassenberg (21501-08, nr. 719) is in die zin gewijzigd dat zij thans luidt:".
    expect(motion).toMatchObject({ title: 'Motie van het lid Wassenberg', paper: { dossier: '21501-08', number: '726' }, result: 'verworpen', by: ['wassenberg'] });
    expect(doc.decisions![0]!.motion).toBe(motion.anchor);
    // Each decision points at the chair's words that state the outcome.
    const outcome = speeches(doc).flatMap((speech) => speech.passages).find((passage) => passage.anchor === doc.decisions![3]!.anchor);
    expect(outcome?.text).toMatch(/^Ik constateer dat de leden van de fracties van de SP, .* zodat zij is aangenomen\.$/);
  });

  it('records the closing time', () => {
    expect(ingestReal('h-tk-20172018-70-13').doc.dates).toEqual({ closed: '22:06' });
  });
});

describe('Kamerstukken', () => {
  it('reads a motion published as a Kamerstuk: its text, signatories, paper and date', () => {
    const { doc, diagnostics } = ingestReal('kst-35786-7');
    expect(doc).toMatchObject({
      kind: 'motie',
      title: 'MOTIE VAN HET LID VAN DER GRAAF C.S.',
      date: '2022-03-30',
      paper: { dossier: '35786', number: '7' },
      dossierTitle: 'Verandering van de Grondwet, strekkende tot het opnemen van een algemene bepaling',
      sourceId: 'kst-35786-7',
      header: ['Vergaderjaar 2021-2022', 'Tweede Kamer der Staten-Generaal', 'Nr. 7', 'Voorgesteld 30 maart 2022'],
    });
    expect(doc.motions).toHaveLength(1);
    expect(doc.motions![0]).toMatchObject({ title: 'MOTIE VAN HET LID VAN DER GRAAF C.S.', by: ['van-der-graaf', 'maatoug', 'arib'], paper: { dossier: '35786', number: '7' } });
    expect(doc.motions![0]!.text.split('\n\n')).toHaveLength(6);
    expect(doc.motions![0]!.text).toMatch(/^De Kamer,\n\ngehoord de beraadslaging,\n\noverwegende dat de staatscommissie Grondwet in 2010/);
    expect(doc.people.map((person) => person.name)).toEqual(['Van der Graaf', 'Maatoug', 'Arib']);
    expect(diagnostics).toEqual([]);
  });

  it('reads the older kamerwrk schema: flat tuskop headings in two levels, hard line breaks joined', () => {
    const { doc } = ingestReal('kst-24447-6');
    expect(doc).toMatchObject({ kind: 'memorie-van-toelichting', paper: { dossier: '24447', number: '6' }, date: '1995', header: ['Staten-Generaal', '1/2', 'Vergaderjaar 1995-1996', 'Nr. 6'] });
    expect(doc.dossierTitle).toMatch(/^Voorstel van wet van de leden Van Ardenne-van der Hoeven, Biesheuvel en Reitsma tot wijziging van de Ziektewet, de Wet op/);
    expect(headings(doc).map(({ level, number, title }) => [level, number, title]).slice(7, 11)).toEqual([
      [1, '8', 'Invoering'],
      [1, '9', 'Artikelsgewijze toelichting'],
      [2, undefined, 'Artikelen I, II en III'],
      [2, undefined, 'Artikel IV'],
    ]);
    const first = doc.body.find((block) => block.type === 'paragraph')!;
    expect(first.type === 'paragraph' && first.passage.text).toMatch(/^Het voorliggende wetsvoorstel tot wijziging van de Ziektewet, Wet op de arbeidsongeschiktheidsverzekering, Werkloosheidswet, Wet op de loonbelasting 1964,/);
  });

  it("reads a letter: addressee, place and date, headings, footnotes with their calls, the minister's signature", () => {
    const { doc, diagnostics } = ingestSource(fixture('kst-28844-269-slice.xml'));
    expect(doc).toMatchObject({
      kind: 'kamerbrief',
      title: 'BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES',
      date: '2023-07-07',
      paper: { dossier: '28844', number: '269' },
      dossierTitle: 'Integriteitsbeleid openbaar bestuur en politie',
      addressee: 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
      sender: 'De Minister van Binnenlandse Zaken en Koninkrijksrelaties, H.G.J. Bruins Slot',
      sourceId: 'kst-28844-269',
    });
    expect(doc.people).toEqual([{ slug: 'bruins-slot', name: 'Bruins Slot', office: 'Minister van Binnenlandse Zaken en Koninkrijksrelaties' }]);
    expect(headings(doc).map((heading) => heading.title)).toEqual(['Inleiding', 'Lobbyregister Ierland', 'Vindbaarheid agenda-activiteiten']);
    expect(doc.body.slice(0, 2)).toMatchObject([
      { type: 'procedural', frontMatter: true, passage: { text: 'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal' } },
      { type: 'procedural', frontMatter: true, passage: { text: 'Den Haag, 7 juli 2023' } },
    ]);
    expect(doc.footnotes.map(({ number, anchor, text }) => ({ number, anchor, text }))).toEqual([
      { number: 1, anchor: 'voetnoot-1', text: 'Kamerstuk 28 844, nr. 266.' },
      { number: 2, anchor: 'voetnoot-2', text: 'Kamerstuk 28 844, nr. 261.' },
      { number: 4, anchor: 'voetnoot-4', text: 'Herschel, H.F. en LaPira, T.M. 2017, How many lobbyists are in Washington? Shadow lobbying and the gray market for policy advocacy, Interest Groups & Advocacy, 6:199–214.' },
      { number: 6, anchor: 'voetnoot-6', text: 'Afwegingskader legitieme belangenvertegenwoordiging, blz. 48 (bijlage bij Kamerstuk 36 101, nr. 15).' },
    ]);
    const paragraphs = doc.body.flatMap((block) => (block.type === 'paragraph' ? [block.passage] : []));
    const first = paragraphs[0]!;
    expect(first.text.slice(0, first.footnoteCalls![0]!.offset)).toBe('In het debat met de vaste commissie voor Binnenlandse Zaken over integriteit openbaar bestuur op 9 mei 2023');
    expect(first.text).toMatch(/op 9 mei 2023 heb ik uw Kamer vóór/);
    expect(doc.footnotes[0]!.calledFrom).toBe(first.anchor);
    const fourth = paragraphs[3]!;
    expect(fourth.footnoteCalls).toEqual([{ number: 4, offset: fourth.text.indexOf(' Definities') }]);
    expect(doc.footnotes[2]!.calledFrom).toBe(fourth.anchor);
    expect(paragraphs.at(-1)!.text).toMatch(/online archief \(https:\/\/www\.rijksoverheid\.nl\/archief\)\.$/);
    // The Kamerstuk citations in the footnotes are found by the references pass.
    expect(doc.references.filter((reference) => reference.kind === 'paper').map((reference) => `${reference.dossier}-${reference.number}`)).toEqual(expect.arrayContaining(['28844-266', '28844-261', '36101-15']));
    expect(diagnostics).toEqual([]);
  });

  it('reads a memorie van toelichting: nested divisie headings, indented footnotes, the date of the metadata', () => {
    const { doc, diagnostics } = ingestSource(fixture('kst-36750-3-slice.xml'));
    expect(doc).toMatchObject({ kind: 'memorie-van-toelichting', title: 'MEMORIE VAN TOELICHTING', date: '2025-05-21', paper: { dossier: '36750', number: '3' } });
    expect(headings(doc).map(({ level, number, title }) => [level, number, title])).toEqual([
      [1, 'I', 'ALGEMEEN'],
      [2, '1', 'Inleiding'],
      [2, '2', 'Hoofdlijnen wetsvoorstel'],
    ]);
    expect(doc.footnotes.map(({ number, text }) => [number, text])).toEqual([
      [1, 'Global Methane Pledge (https://www.globalmethanepledge.org/)'],
      [2, 'Klimaatakkoord, 28 juni 2019, p. 120.'],
      [3, 'Kamerstukken II 2022/23, 36 277, nr. 3.'],
    ]);
    const second = doc.body.filter((block) => block.type === 'paragraph')[1]!;
    if (second.type !== 'paragraph') throw new Error('not a paragraph');
    expect(second.passage.text).toMatch(/van 6 megaton CO2-equivalenten\. Van deze 6 megaton moet .* gerealiseerd\. De resterende 1 megaton/);
    expect(second.passage.footnoteCalls!.map(({ number, offset }) => [number, second.passage.text.slice(offset - 13, offset)])).toEqual([
      [2, 'equivalenten.'],
      [3, 'gerealiseerd.'],
    ]);
    expect(diagnostics).toEqual([]);
  });
});

describe('XML Verslag cannot read', () => {
  const source = (text: string, path = 'content/x.xml'): SourceDocument => ({ id: 'x', path, text, metadata: {} });

  it('names the root element of a schema no format knows, and what an officiele-publicatie holds', () => {
    expect(() => ingestSource(source('<?xml version="1.0"?>\n<recept><titel>Soep</titel></recept>'))).toThrow(
      /^content\/x\.xml:2: XML of a schema Verslag does not read \(root element <recept>\); the XML formats it reads: vlos \(.*\); handelingen/,
    );
    expect(() => ingestSource(source('<officiele-publicatie><metadata/><kamervragen><vraag/></kamervragen></officiele-publicatie>'))).toThrow(
      'content/x.xml:1: XML of a schema Verslag does not read (root element <officiele-publicatie> holding <kamervragen>)',
    );
  });

  it('names the line and column of malformed XML', () => {
    const text = readFileSync(join(real, 'xml/h-tk-20172018-70-2.xml'), 'utf8').replace('</spreekbeurt>', '</spreekbeurt-kapot>');
    const line = text.slice(0, text.indexOf('</spreekbeurt-kapot>')).split('\n').length;
    const column = text.slice(0, text.indexOf('</spreekbeurt-kapot>')).split('\n').at(-1)!.length + '</spreekbeurt-kapot>'.length;
    let error: unknown;
    try {
      ingestSource(source(text, 'content/h-tk-20172018-70-2.xml'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).message).toBe(`content/h-tk-20172018-70-2.xml:${line}: malformed XML: unexpected close tag. (column ${column})`);
  });

  it('stops neither the ingest nor the other documents', () => {
    const temporary = mkdtempSync(join(tmpdir(), 'verslag-xml-'));
    afterAll(() => rmSync(temporary, { recursive: true, force: true }));
    const content = join(temporary, 'content');
    const out = join(temporary, 'generated');
    spawnSync('mkdir', ['-p', content]);
    copyFileSync(join(real, 'xml/kst-35786-7.xml'), join(content, 'kst-35786-7.xml'));
    writeFileSync(join(content, 'kapot.xml'), readFileSync(join(real, 'xml/kst-35786-7.xml'), 'utf8').replace('</stuk>', ''));
    writeFileSync(join(content, 'recept.xml'), '<recept/>\n');
    const result = spawnSync(process.execPath, [join(root, 'scripts/ingest.ts'), '--content', content, '--out', out], { cwd: root, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${join(content, 'kapot.xml')}:\\d+: malformed XML: .* \\(column \\d+\\)`));
    expect(result.stderr).toContain(`${join(content, 'recept.xml')}:1: XML of a schema Verslag does not read (root element <recept>)`);
    expect(result.stdout).toContain('ingested 1 of 3 documents');
    expect(readdirSync(join(out, 'json'))).toEqual(['kst-35786-7.json']);
  });
});

describe('an official publication on its page', () => {
  it('names an unresolved chair without linking to a person page that does not exist', () => {
    const { doc } = ingestReal('h-tk-20172018-70-4');
    const html = renderDocumentHtml(doc, { base: '/', documentForPaper: () => undefined, passageLinks: () => [] });
    expect(html).not.toContain('/personen/voorzitter/');
    expect(html).toContain('<span class="speaker">De voorzitter</span>');
    expect(html).toContain('<a href="/personen/bergkamp/" class="speaker">Bergkamp</a>');
  });
});
