import { describe, expect, it } from 'vitest';
import type { ChairChange, ParliamentaryDocument, Passage, ProceduralLine, Speech } from '../../src/model/document.ts';
import { blockPassages, bodyTexts } from '../../src/model/walk.ts';
import { continuesAcrossBreak, joinAcrossBreak } from '../../src/ingest/debate/paragraphs.ts';
import { Diagnostics, formatDiagnostic } from '../../src/ingest/diagnostics.ts';
import { parseDebateMarkdown } from '../../src/ingest/parsers/debate-markdown.ts';
import { ingestSource } from '../../src/ingest/pipeline.ts';
import { SourceError, type SourceDocument } from '../../src/ingest/source.ts';
import { expectNoLostWords } from '../helpers/no-lost-words.ts';
import { fixture, seedSource, seedText as readSeed } from '../helpers/seeds.ts';

const SEED = 'commissiedebat-2025-01-30-opkomende-technologieen';
const seedText = readSeed(SEED);
const source = (text: string, path?: string): SourceDocument => seedSource(SEED, text, path);

const speechesOf = (doc: ParliamentaryDocument): Speech[] => doc.body.filter((block): block is Speech => block.type === 'speech');
const passagesOf = (doc: ParliamentaryDocument): Passage[] => doc.body.flatMap((block) => blockPassages(block));

const doc = parseDebateMarkdown(source(seedText));
const speeches = speechesOf(doc);
const chairChanges = doc.body.filter((block): block is ChairChange => block.type === 'chair-change');

/** Every spelling of a speaker label in the seed, with its bold markup. */
const MEMBER_OR_CABINET_LABEL = /^(?:\*\*)?(?:De heer|Mevrouw|Staatssecretaris) (?:\*\*)?[^\n*:()]+(?:\*\*)?(?: \([^)\n]+\))?:(?:\*\*)?[ \t]*$/m;
const CHAIR_LABEL = /^(?:\*\*)?De (?:\*\*)?voorzitter(?:\*\*)?:(?:\*\*)?[ \t]*$/m;
/** The agenda's bullets: they became doc.agenda, checked word for word below. */
const AGENDA_ITEM = /^- \*\*de brief [^\n]*$/m;
const AGENDA_NUMBERS = ['26643-778', '32761-198', '26643-815', '26643-1041', '26643-1085', '30977-172', '26643-1273'];

describe('debate (Markdown export): front matter', () => {
  it('reads the Kamerstuk, dates, committee and kind from the text', () => {
    expect(doc.id).toBe(SEED);
    expect(doc.kind).toBe('commissiedebat');
    expect(doc.title).toBe('Opkomende en toekomstige technologieën');
    expect(doc.paper).toEqual({ dossier: '26643', number: '1311' });
    expect(doc.dossierTitle).toBe('Informatie- en communicatietechnologie (ICT)');
    expect(doc.date).toBe('2025-01-30');
    expect(doc.dates).toEqual({ adopted: '2025-03-11', opened: '10:00', closed: '12:32' });
    expect(doc.committee).toBe('vaste commissie voor Digitale Zaken');
    expect(doc.references).toEqual([]);
    expect(doc.commitments).toEqual([]);
    expect(doc.unclassified).toEqual([]);
  });

  it('reads the seven agenda letters with their Kamerstuk numbers', () => {
    expect(doc.agenda.map((item) => item.anchor)).toEqual(['agenda-1', 'agenda-2', 'agenda-3', 'agenda-4', 'agenda-5', 'agenda-6', 'agenda-7']);
    expect(doc.agenda.map((item) => `${item.paper?.dossier}-${item.paper?.number}`)).toEqual(AGENDA_NUMBERS);
    const sourceItems = seedText.match(new RegExp(AGENDA_ITEM.source, 'gm'))!.map((line) => line.replace(/^- /, '').replaceAll('**', ''));
    expect(doc.agenda.map((item) => item.text)).toEqual(sourceItems);
    expect(doc.agenda[5]!.text).toContain('kwantum key distribution (QKD) (Kamerstuk 30 977, nr. 172);');
  });

  it('keeps the rest of the front matter as procedural lines, with their roles', () => {
    const front = doc.body.filter((block): block is ProceduralLine => block.type === 'procedural' && block.frontMatter === true);
    expect(front.map((block) => [block.role, block.passage.text.slice(0, 40)])).toEqual([
      ['other', 'Vergaderjaar 2024–2025'],
      ['other', 'De vaste commissie voor Digitale Zaken h'],
      ['other', 'Van dit overleg brengt de commissie bijg'],
      ['other', 'De voorzitter van de commissie, Wingelaa'],
      ['other', 'De griffier van de commissie, Boeve'],
      ['attendance', 'Voorzitter: Valize'],
      ['attendance', 'Griffier: Muller'],
      ['attendance', 'Aanwezig zijn zes leden der Kamer, te we'],
      ['opening', 'Aanvang 10.00 uur.'],
    ]);
    // The attendance list ran over two paragraphs of the export ("… en Valize," / "en de heer Szabó, …").
    expect(front[7]!.passage.text).toBe(
      'Aanwezig zijn zes leden der Kamer, te weten: Buijsse, Kathmann, Koekkoek, Krul, Six Dijkstra en Valize, en de heer Szabó, Staatssecretaris Koninkrijksrelaties en Digitalisering.',
    );
    const closing = doc.body.at(-1) as ProceduralLine;
    expect(closing).toMatchObject({ type: 'procedural', role: 'closing', passage: { text: 'Sluiting 12.32 uur.' } });
  });

  it('knows the people: members with parties, the state secretary with his office, the signatories', () => {
    expect(doc.people.find((person) => person.slug === 'szabo')).toEqual({
      slug: 'szabo',
      name: 'Szabó',
      honorific: 'De heer',
      office: 'Staatssecretaris Koninkrijksrelaties en Digitalisering',
    });
    expect(doc.people.find((person) => person.slug === 'six-dijkstra')).toEqual({
      slug: 'six-dijkstra',
      name: 'Six Dijkstra',
      honorific: 'De heer',
      party: 'NSC',
    });
    expect(doc.people.map((person) => person.slug).sort()).toEqual(
      ['boeve', 'buijsse', 'kathmann', 'koekkoek', 'krul', 'six-dijkstra', 'szabo', 'valize', 'wingelaar'],
    );
    expect(doc.participants).toEqual([
      { slug: 'buijsse', role: 'member', party: 'VVD' },
      { slug: 'kathmann', role: 'member', party: 'GroenLinks-PvdA' },
      { slug: 'koekkoek', role: 'member', party: 'Volt' },
      { slug: 'krul', role: 'member', party: 'CDA' },
      { slug: 'six-dijkstra', role: 'member', party: 'NSC' },
      { slug: 'valize', role: 'chair', party: 'PVV' },
      { slug: 'szabo', role: 'state-secretary', office: 'Staatssecretaris Koninkrijksrelaties en Digitalisering' },
    ]);
  });
});

describe('debate (Markdown export): speaker turns', () => {
  it('finds 118 turns by 7 people: 6 members and the state secretary', () => {
    expect(speeches).toHaveLength(118);
    expect(seedText.match(new RegExp(MEMBER_OR_CABINET_LABEL.source, 'gm'))!.length + seedText.match(new RegExp(CHAIR_LABEL.source, 'gm'))!.length).toBe(118);
    const people = new Set(speeches.map((speech) => speech.speaker.slug));
    expect([...people].sort()).toEqual(['buijsse', 'kathmann', 'koekkoek', 'krul', 'six-dijkstra', 'szabo', 'valize']);
    const turns = (slug: string, role: string): number => speeches.filter((s) => s.speaker.slug === slug && s.speaker.role === role).length;
    expect(turns('szabo', 'state-secretary')).toBe(28);
    expect(turns('six-dijkstra', 'member')).toBe(11);
    expect(turns('krul', 'member')).toBe(7);
    expect(turns('kathmann', 'member')).toBe(7);
    expect(turns('koekkoek', 'member')).toBe(6);
    expect(turns('buijsse', 'member')).toBe(4);
    expect(turns('valize', 'member')).toBe(3);
    expect(turns('valize', 'chair')).toBe(47);
    expect(turns('six-dijkstra', 'chair')).toBe(5);
    expect(speeches[1]!.speaker).toEqual({ slug: 'six-dijkstra', name: 'Six Dijkstra', party: 'NSC', role: 'member' });
  });

  it('recognises every label spelling: no label text is left in any passage', () => {
    for (const passage of passagesOf(doc)) {
      expect(passage.text).not.toContain('**');
      expect(passage.text).not.toMatch(/^(De heer|Mevrouw|Staatssecretaris|De voorzitter)\b.*:$/);
      expect(passage.text).toBe(passage.text.replace(/\s+/g, ' ').trim());
    }
  });

  it('counts four chair changes between Valize and Six Dijkstra', () => {
    expect(chairChanges.map((change) => [change.chair.slug, change.text])).toEqual([
      ['six-dijkstra', 'Voorzitter: Six Dijkstra'],
      ['valize', 'Voorzitter: Valize'],
      ['six-dijkstra', 'Voorzitter: Six Dijkstra'],
      ['valize', 'Voorzitter: Valize'],
    ]);
    expect(chairChanges[0]!.chair).toEqual({ slug: 'six-dijkstra', name: 'Six Dijkstra', party: 'NSC', role: 'chair' });
    expect(new Set(chairChanges.map((change) => change.anchor)).size).toBe(4);
  });

  it('resolves "De voorzitter" to whoever chairs at that moment', () => {
    const around = (change: ChairChange): [Speech, Speech] => {
      const index = doc.body.indexOf(change);
      return [doc.body[index - 1] as Speech, doc.body[index + 1] as Speech];
    };
    const [before, after] = around(chairChanges[0]!);
    expect(before.speaker).toMatchObject({ slug: 'valize', role: 'chair' });
    expect(before.passages[0]!.text).toMatch(/^U hebt nog twintig seconden\./);
    expect(after.speaker).toMatchObject({ slug: 'six-dijkstra', role: 'chair' });
    expect(after.passages[0]!.text).toBe('Akkoord. Dan geef ik bij deze het woord aan de heer Valize, die namens de PVV het woord zal voeren.');
    const [beforeReturn, afterReturn] = around(chairChanges[1]!);
    expect(beforeReturn.speaker.slug).toBe('six-dijkstra');
    expect(afterReturn.speaker).toMatchObject({ slug: 'valize', role: 'chair', party: 'PVV' });
    for (const speech of speeches.filter((s) => s.speaker.role === 'chair')) {
      expect(['valize', 'six-dijkstra']).toContain(speech.speaker.slug);
    }
  });

  it('marks the 20 interruptions the chair announces', () => {
    const interruptions = speeches.filter((speech) => speech.interruption);
    expect(interruptions).toHaveLength(20);
    const count = (slug: string): number => interruptions.filter((speech) => speech.speaker.slug === slug).length;
    expect([count('six-dijkstra'), count('koekkoek'), count('krul'), count('kathmann'), count('buijsse')]).toEqual([8, 4, 3, 3, 2]);
    // "Ik zie een interruptie van de heer Six Dijkstra." — during Krul's inbreng; Krul's answer is not one.
    const first = speeches.findIndex((speech) => speech.interruption);
    expect(speeches[first - 1]!.passages[0]!.text).toBe('Heel hartelijk dank voor uw inbreng. Ik zie een interruptie van de heer Six Dijkstra.');
    expect(speeches[first]!.speaker.slug).toBe('six-dijkstra');
    expect(speeches[first + 2]!.speaker.slug).toBe('krul');
    expect(speeches[first + 2]!.interruption).toBe(false);
    // Koekkoek's follow-up after "Het woord is aan de heer Szabó." still belongs to her interruption.
    const followUp = speeches.find((speech) => speech.passages[0]!.text.startsWith('Ter verduidelijking: het is denk ik goed'))!;
    expect(followUp.interruption).toBe(true);
    // Kathmann answering the chair's "kunt u een verduidelijking geven?" was not announced as one.
    const clarification = speeches.find((speech) => speech.passages[0]!.text.startsWith('Ik stelde deze vraag in de context'))!;
    expect(clarification.interruption).toBe(false);
    expect(speeches.filter((speech) => speech.speaker.role !== 'member').every((speech) => !speech.interruption)).toBe(true);
  });

  it('sets the termijn: the chair announces the second one after the cabinet’s first answers', () => {
    const announcement = speeches.findIndex((speech) => speech.passages[0]!.text.startsWith('Dan zijn we, zo te zien, aan het einde gekomen van de eerste termijn'));
    expect(announcement).toBe(79);
    expect(speeches.slice(0, announcement + 1).every((speech) => speech.termijn === 1)).toBe(true);
    expect(speeches.slice(announcement + 1).every((speech) => speech.termijn === 2)).toBe(true);
    expect(speeches[announcement + 1]!.speaker.slug).toBe('six-dijkstra');
  });

  it('keeps the chair’s closing list of toezeggingen as list items of the chair’s speeches', () => {
    const items = passagesOf(doc).filter((passage) => passage.listItem);
    expect(items).toHaveLength(7);
    expect(items.every((item) => item.text.startsWith('De Staatssecretaris Digitalisering en Koninkrijksrelaties '))).toBe(true);
  });
});

describe('debate (Markdown export): paragraphs and anchors', () => {
  it('joins paragraphs the original’s page breaks split, mid-sentence and mid-word', () => {
    const texts = passagesOf(doc).map((passage) => passage.text);
    const joined = texts.find((text) => text.includes('is het reëel dat de volgende stap AI is die AI kan verbeteren.'))!;
    expect(joined).toMatch(/^Verder op dit punt blijft het feit bestaan/);
    expect(joined).toMatch(/Heeft hij een update over wanneer we die kunnen verwachten\?$/);
    expect(texts.some((text) => text.includes('AI heeft op vrijwel elk onderdeel van de samenleving impact gehad.'))).toBe(true);
    expect(texts.some((text) => text.includes('zien we nu al verouderingen rondom bijvoorbeeld handhavingskaders.'))).toBe(true);
    expect(texts.some((text) => text.includes('binnen het programma kwantumveilige Cryptografie Nederland is in november 2024 gestart'))).toBe(true);
    expect(speeches[1]!.passages).toHaveLength(5);
  });

  it('joins only where the text runs on', () => {
    expect(continuesAcrossBreak('is het reëel dat de volgende stap AI is', 'die AI kan verbeteren.')).toBe(true);
    expect(continuesAcrossBreak('op het werk dat in Nederland wordt verricht', 'op het gebied van kwantum.')).toBe(true);
    expect(continuesAcrossBreak('binnen het programma kwantumveilige', 'Cryptografie Nederland is in november 2024 gestart')).toBe(true);
    expect(continuesAcrossBreak('Dat was het, voorzitter.', 'die AI kan verbeteren.')).toBe(false);
    expect(continuesAcrossBreak('Vergaderjaar 2024–2025', '26 643')).toBe(false);
    expect(continuesAcrossBreak('Wingelaar', 'De griffier van de commissie,')).toBe(false);
    expect(joinAcrossBreak('AI heeft op vrijwel elk onderdeel van de samen-', 'leving impact gehad.')).toBe('AI heeft op vrijwel elk onderdeel van de samenleving impact gehad.');
  });

  it('gives every passage a unique anchor scoped by its speaker', () => {
    const anchors = [
      ...passagesOf(doc).map((passage) => passage.anchor),
      ...chairChanges.map((change) => change.anchor),
      ...doc.agenda.map((item) => item.anchor),
    ];
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const anchor of passagesOf(doc).map((passage) => passage.anchor)) expect(anchor).toMatch(/^p[0-9a-z]{7}(?:-\d+)?$/);
    const again = parseDebateMarkdown(source(seedText));
    expect(passagesOf(again).map((passage) => passage.anchor)).toEqual(passagesOf(doc).map((passage) => passage.anchor));
  });

  it('loses no words of the source', () => {
    expectNoLostWords(
      seedText,
      [
        MEMBER_OR_CABINET_LABEL,
        CHAIR_LABEL,
        // The title page became paper, dossierTitle, kind and dates.adopted (asserted above).
        /^\*\*26 643\*\*$/m,
        /^\*\*Informatie- en communicatietechnologie \(ICT\)\*\*$/m,
        /^\*\*Nr\. 1311\*\*$/m,
        /^## \*\*VERSLAG VAN EEN COMMISSIEDEBAT\*\*$/m,
        /^Vastgesteld 11 maart 2025$/m,
        AGENDA_ITEM,
      ],
      bodyTexts(doc),
    );
  });
});

describe('debate (Markdown export): slices of the seed', () => {
  it('parses the opening: front matter, the first four inbrengen and an interruption', () => {
    const slice = parseDebateMarkdown(source(fixture('debate-markdown-opening.txt'), 'test/fixtures/debate-markdown-opening.txt'));
    const turns = speechesOf(slice);
    expect(turns.map((speech) => `${speech.speaker.slug}${speech.interruption ? '!' : ''}`)).toEqual([
      'valize', 'six-dijkstra', 'valize', 'six-dijkstra', 'valize', 'buijsse', 'valize', 'krul', 'valize', 'krul', 'valize', 'six-dijkstra!', 'valize', 'krul', 'valize',
    ]);
    expect(turns.every((speech) => speech.termijn === undefined)).toBe(true);
    expect(slice.dates).toEqual({ adopted: '2025-03-11', opened: '10:00' });
    expect(turns[7]!.passages.at(-1)!.text).toMatch(/^Tot slot\. Ik ga echt mijn best doen, .* Het is ontzettend goed dat Nederland aan de slag is gegaan/);
  });

  it('follows the chair through a slice with two chair changes', () => {
    const slice = parseDebateMarkdown(source(fixture('debate-markdown-chair-change.txt'), 'test/fixtures/debate-markdown-chair-change.txt'));
    expect(slice.body.map((block) => (block.type === 'speech' ? `${block.speaker.slug}:${block.speaker.role}` : block.type))).toEqual([
      'procedural', 'procedural',
      'valize:chair', 'chair-change', 'six-dijkstra:chair', 'valize:member', 'six-dijkstra:chair', 'kathmann:member',
      'valize:member', 'six-dijkstra:chair', 'chair-change', 'valize:chair', 'procedural',
    ]);
  });

  it('keeps a label in an unknown format as unclassified text, warned about, and gives no one the words after it', () => {
    const path = 'test/fixtures/debate-markdown-malformed-label.txt';
    const diagnostics = new Diagnostics(path);
    const doc = parseDebateMarkdown(source(fixture('debate-markdown-malformed-label.txt'), path), diagnostics);
    expect(doc.unclassified).toEqual([{ line: 108, text: 'De heer Krul (CDA:' }]);
    const { diagnostics: reported } = ingestSource(source(fixture('debate-markdown-malformed-label.txt'), path));
    expect(reported.map(formatDiagnostic)).toContain(`${path}:108: text that fits no structure of the document, kept and shown as unclassified: "De heer Krul (CDA:"`);
    // The malformed label's words are running text after it, not the previous speaker's.
    const after = doc.body.findIndex((block) => block.type === 'paragraph');
    expect(after).toBeGreaterThan(0);
    expect(doc.body[after - 1]!.type).toBe('speech');
  });

  it('reads a report without speaker turns as front matter, with a warning naming the line', () => {
    const path = 'test/fixtures/debate-markdown-no-turns.txt';
    const diagnostics = new Diagnostics(path);
    const doc = parseDebateMarkdown(source(fixture('debate-markdown-no-turns.txt'), path), diagnostics);
    expect(doc.body.some((block) => block.type === 'speech')).toBe(false);
    expect(doc.body.length).toBeGreaterThan(0);
    expect(diagnostics.list.map(formatDiagnostic)).toContain(`${path}:3: no speaker turns found: read as front matter and running text`);
    expect(() => parseDebateMarkdown(source('', 'empty.txt'))).toThrow('empty.txt:1: the file is empty');
  });

  it('keeps a label with no text after it as unclassified text, not as an empty turn', () => {
    const text = `${fixture('debate-markdown-opening.txt')}\n**De heer Krul (CDA):**\n`;
    const doc = parseDebateMarkdown(source(text, 'x.txt'));
    expect(doc.unclassified).toEqual([{ line: 135, text: 'De heer Krul (CDA):' }]);
    expect(doc.body.filter((block) => block.type === 'speech').every((block) => block.type === 'speech' && block.passages.length > 0)).toBe(true);
  });
});

describe('a dossier title that ends in a lower-case word', () => {
  it('stays apart from the "Nr." line, so the Kamerstuk number is still read', () => {
    const text = seedText.replace('**Informatie- en communicatietechnologie (ICT)**', '**Nationale veiligheid**');
    const variant = parseDebateMarkdown(source(text));
    expect(variant.paper).toEqual({ dossier: '26643', number: '1311' });
    expect(variant.dossierTitle).toBe('Nationale veiligheid');
  });
});
