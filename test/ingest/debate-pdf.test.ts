import { describe, expect, it } from 'vitest';
import type { ParliamentaryDocument, Passage, Speech } from '../../src/model/document.ts';
import { blockPassages, bodyTexts } from '../../src/model/walk.ts';
import { joinAcrossBreak, keepsHyphen } from '../../src/ingest/debate/paragraphs.ts';
import { Diagnostics, formatDiagnostic } from '../../src/ingest/diagnostics.ts';
import { parseDebatePdf } from '../../src/ingest/parsers/debate-pdf.ts';
import { SourceError, type SourceDocument } from '../../src/ingest/source.ts';
import { expectNoLostWords } from '../helpers/no-lost-words.ts';
import { fixture, seedSource, seedText as readSeed } from '../helpers/seeds.ts';

const SEED = 'algemeen-overleg-2020-03-11-digitalisering-en-cybersecurity';
const seedText = readSeed(SEED);
const source = (text: string, path?: string): SourceDocument => seedSource(SEED, text, path);

const speechesOf = (doc: ParliamentaryDocument): Speech[] => doc.body.filter((block): block is Speech => block.type === 'speech');
const passagesOf = (doc: ParliamentaryDocument): Passage[] => doc.body.flatMap((block) => blockPassages(block));

const doc = parseDebatePdf(source(seedText));
const speeches = speechesOf(doc);
const passages = passagesOf(doc);
const passageWith = (words: string): Passage => {
  const found = passages.filter((passage) => passage.text.includes(words));
  expect(found, words).toHaveLength(1);
  return found[0]!;
};

const MEMBER_LABEL = /^ *(?:De heer|Mevrouw) [^\n():]+ \([^)\n]+\): *$/m;
const CABINET_LABEL = /^ *(?:Minister|Staatssecretaris) [^\n,:]+: *$/m;
const CHAIR_LABEL = /^ *De voorzitter: *$/m;
const FOOTER = /^Tweede Kamer, vergaderjaar 2019–2020, 26 643, nr\. 679 \d+ *$/m;
/** The agenda's "– " items, over several lines: they became doc.agenda, checked word for word below. */
const AGENDA_ITEM = /^– de brief [^–]*?nr\. \d+\)[;.] *$/m;

describe('debate (PDF text): front matter', () => {
  it('reads the Kamerstuk from the page footers and the date, times and committee from the text', () => {
    expect(doc.kind).toBe('algemeen-overleg');
    expect(doc.title).toBe('Digitalisering en cybersecurity');
    expect(doc.paper).toEqual({ dossier: '26643', number: '679' });
    expect(doc.dossierTitle).toBeUndefined();
    expect(doc.date).toBe('2020-03-11');
    expect(doc.dates).toEqual({ opened: '16:04', closed: '19:24' });
    expect(doc.committee).toBe('vaste commissie voor Economische Zaken en Klimaat');
    expect(doc.unclassified).toEqual([]);
  });

  it('reads the six agenda letters of dossier 26 643', () => {
    expect(doc.agenda.map((item) => item.paper)).toEqual(
      ['586', '594', '618', '616', '623', '668'].map((number) => ({ dossier: '26643', number })),
    );
    expect(doc.agenda.map((item) => item.anchor)).toEqual(['agenda-1', 'agenda-2', 'agenda-3', 'agenda-4', 'agenda-5', 'agenda-6']);
    expect(doc.agenda[0]!.text).toBe(
      'de brief van de Staatssecretaris van Economische Zaken en Klimaat d.d. 21 december 2018 inzake voortgangsbrief verkenning cybersecurity (Kamerstuk 26 643, nr. 586);',
    );
    expect(doc.agenda[3]!.text).toMatch(/inzake voortgang Digital Trust Center 2018 en speerpunten voor 2019 \(Kamerstuk 26 643, nr\. 616\);$/);
    const sourceItems = seedText.match(new RegExp(AGENDA_ITEM.source, 'gm'))!;
    expect(sourceItems.map((item) => item.replace(/^– /, '').replace(/\s+/g, ' ').trim())).toEqual(doc.agenda.map((item) => item.text));
  });

  it('knows the cabinet with their offices, and who was present as what', () => {
    expect(doc.people.filter((person) => person.office)).toEqual([
      { slug: 'grapperhaus', name: 'Grapperhaus', honorific: 'De heer', office: 'Minister van Justitie en Veiligheid' },
      { slug: 'keijzer', name: 'Keijzer', honorific: 'Mevrouw', office: 'Staatssecretaris van Economische Zaken en Klimaat' },
      { slug: 'knops', name: 'Knops', honorific: 'De heer', office: 'Minister van Binnenlandse Zaken en Koninkrijksrelaties' },
    ]);
    expect(doc.participants).toEqual([
      { slug: 'amhaouch', role: 'member', party: 'CDA' },
      { slug: 'buitenweg', role: 'member', party: 'GroenLinks' },
      { slug: 'diks', role: 'chair' },
      { slug: 'van-otterloo', role: 'member', party: '50PLUS' },
      { slug: 'verhoeven', role: 'member', party: 'D66' },
      { slug: 'weverling', role: 'member', party: 'VVD' },
      { slug: 'grapperhaus', role: 'minister', office: 'Minister van Justitie en Veiligheid' },
      { slug: 'keijzer', role: 'state-secretary', office: 'Staatssecretaris van Economische Zaken en Klimaat' },
      { slug: 'knops', role: 'minister', office: 'Minister van Binnenlandse Zaken en Koninkrijksrelaties' },
    ]);
    // The signatories of the report are people the document names, not participants.
    expect(doc.people.map((person) => person.slug)).toEqual(expect.arrayContaining(['azarkan', 'ziengs', 'van-meenen', 'nava']));
  });
});

describe('debate (PDF text): speaker turns', () => {
  it('finds 174 turns by 9 people', () => {
    expect(speeches).toHaveLength(174);
    const turns = (slug: string): number => speeches.filter((speech) => speech.speaker.slug === slug).length;
    expect(Object.fromEntries(['diks', 'verhoeven', 'buitenweg', 'amhaouch', 'weverling', 'van-otterloo', 'keijzer', 'grapperhaus', 'knops'].map((slug) => [slug, turns(slug)]))).toEqual({
      diks: 51, verhoeven: 23, buitenweg: 21, amhaouch: 17, weverling: 9, 'van-otterloo': 7, keijzer: 28, grapperhaus: 10, knops: 8,
    });
    expect(speeches.filter((speech) => speech.speaker.role === 'chair').every((speech) => speech.speaker.slug === 'diks')).toBe(true);
    expect(speeches.find((speech) => speech.speaker.slug === 'van-otterloo')!.speaker).toEqual({ slug: 'van-otterloo', name: 'Van Otterloo', party: '50PLUS', role: 'member' });
    expect(speeches.find((speech) => speech.speaker.slug === 'knops')!.speaker).toEqual({ slug: 'knops', name: 'Knops', role: 'minister' });
    expect(speeches.find((speech) => speech.speaker.slug === 'keijzer')!.speaker.role).toBe('state-secretary');
    expect(doc.body.filter((block) => block.type === 'chair-change')).toEqual([]);
  });

  it('sets termijn 1 before the chair announces the second termijn and 2 after it', () => {
    const announcement = speeches.findIndex((speech) => speech.passages[0]!.text.includes('Ik kijk naar de linkerkant voor de tweede termijn.'));
    expect(announcement).toBe(139);
    expect(speeches.slice(0, announcement + 1).every((speech) => speech.termijn === 1)).toBe(true);
    expect(speeches.slice(announcement + 1).every((speech) => speech.termijn === 2)).toBe(true);
    expect(speeches[announcement + 1]!.passages[0]!.text).toMatch(/^Dank u wel, voorzitter\. Ook dank aan het kabinet\./);
  });

  it('marks the 28 interruptions the chair announces', () => {
    const interruptions = speeches.filter((speech) => speech.interruption);
    expect(interruptions).toHaveLength(28);
    const count = (slug: string): number => interruptions.filter((speech) => speech.speaker.slug === slug).length;
    expect([count('verhoeven'), count('buitenweg'), count('weverling'), count('amhaouch')]).toEqual([12, 10, 4, 2]);
    // "Er is een interruptie voor uw van mevrouw Buitenweg. … maar de heer Verhoeven had zich al eerder gemeld."
    const both = speeches.findIndex((speech) => speech.passages[0]!.text.startsWith('Er is een interruptie voor uw van mevrouw Buitenweg.'));
    expect(speeches.slice(both + 1, both + 6).map((speech) => `${speech.speaker.slug}${speech.interruption ? '!' : ''}`)).toEqual([
      'verhoeven!', 'diks', 'buitenweg!', 'diks', 'verhoeven!',
    ]);
    // Unannounced: Buitenweg's "In de ellenboog!" during Weverling's inbreng.
    expect(speeches.find((speech) => speech.passages[0]!.text === 'In de ellenboog!')!.interruption).toBe(false);
  });
});

describe('debate (PDF text): lines, hyphens, footers and pages', () => {
  it('joins words hyphenated across lines and keeps real hyphens', () => {
    expect(passageWith('voor het eerst in de geschiedenis van de Kamer bijeen').text).not.toContain('geschie-');
    expect(passageWith('Sluit het mkb-actieplan voor digitalisering hier voldoende op aan?')).toBeDefined();
    for (const word of ['Internet-of-Thingsapparatuur', 'MijnOverheid-domein', 'GroenLinks-fractie', 'face-to-facecontact', 'ISIDOOR-oefeningen']) {
      expect(passages.some((passage) => passage.text.includes(word)), word).toBe(true);
    }
    expect(passages.some((passage) => /\b(?:Staatssecre-|Staatsse-|Koninkrijksre-)/.test(passage.text))).toBe(false);
    expect(passageWith('van de IPv4- naar de IPv6-adressen.')).toBeDefined();
    expect(passageWith('IPv6-adressen en -technieken vanzelf opgegaan')).toBeDefined();
  });

  it('decides a line-end hyphen by a rule', () => {
    expect(joinAcrossBreak('in de geschie-', 'denis van de Kamer')).toBe('in de geschiedenis van de Kamer');
    expect(joinAcrossBreak('de Staatssecre-', 'taris van EZK')).toBe('de Staatssecretaris van EZK');
    expect(joinAcrossBreak('de weg naar IPv6-', 'adressen en')).toBe('de weg naar IPv6-adressen en');
    expect(joinAcrossBreak('door-', 'en doorgaan')).toBe('door- en doorgaan');
    expect(keepsHyphen('ISIDOOR', 'oefeningen')).toBe(true);
    expect(keepsHyphen('Internet-of', 'Thingsapparatuur.')).toBe(true);
    expect(keepsHyphen('GroenLinks', 'fractie')).toBe(true);
    expect(keepsHyphen('face-to', 'facecontact')).toBe(true);
    expect(keepsHyphen('auto', 'industrie')).toBe(true);
    expect(keepsHyphen('kabinetsre', 'actie')).toBe(false);
    expect(keepsHyphen('internet', 'adressen')).toBe(false);
  });

  it('leaves no footer, label or stray space in any passage', () => {
    for (const passage of passages) {
      expect(passage.text).not.toMatch(/Tweede Kamer, vergaderjaar/);
      expect(passage.text).not.toMatch(/^(De heer|Mevrouw|Minister|Staatssecretaris|De voorzitter)\b[^.]*:$/);
      expect(passage.text).toBe(passage.text.replace(/\s+/g, ' ').trim());
    }
  });

  it('gives the pages the footers establish', () => {
    // Footer 14 falls in the middle of this passage: it starts on page 14.
    expect(passageWith('bijvoorbeeld het Ministerie van Buitenlandse Zaken of de IND kunnen ook gevoelig zijn').page).toBe(14);
    expect(passageWith('bij die verantwoordelijkheidsverdeling wijzigingen nodig zijn').page).toBe(20);
    expect(passageWith('Dan is de kwestie niet dat het de zorg betreft.').page).toBe(34);
    // Counted back from footer 14 over the pages' first lines, the opening reaches page 1 exactly.
    expect(doc.body[0]).toMatchObject({ type: 'procedural', passage: { page: 1 } });
    expect(speeches[1]!.passages[0]!.page).toBe(3);
    // After the last footer only page 35 is certain; the closing list has no page.
    const paged = passages.filter((passage) => passage.page !== undefined).map((passage) => passage.page!);
    expect([...new Set(paged)]).toEqual(Array.from({ length: 35 }, (_, index) => index + 1));
    expect(paged).toEqual([...paged].sort((a, b) => a - b));
    expect(passages.filter((passage) => passage.listItem).every((passage) => passage.page === undefined)).toBe(true);
  });

  it('splits a turn into paragraphs where a line ends a sentence the next word would have fitted after', () => {
    const opening = speeches[1]!.passages.map((passage) => passage.text);
    expect(opening).toHaveLength(8);
    expect(opening[0]).toMatch(/hij is hier niet voor niets\.$/);
    expect(opening[1]).toMatch(/^Vandaag is het overigens tien jaar geleden dat Hans van Mierlo overleed/);
    expect(opening[3]).toMatch(/^Ik heb drie hoofdonderwerpen\./);
    // "… tussen China en de Verenigde Staten." fills its line: the paragraph goes on.
    expect(opening[3]).toContain('ingeklemd tussen China en de Verenigde Staten. Morgen spreken we overigens');
  });

  it('loses no words of the source', () => {
    expectNoLostWords(seedText, [MEMBER_LABEL, CABINET_LABEL, CHAIR_LABEL, FOOTER, AGENDA_ITEM], bodyTexts(doc));
  });
});

describe('debate (PDF text): slices and bad input', () => {
  it('parses the opening slice: front matter and Verhoeven’s inbreng', () => {
    const slice = parseDebatePdf(source(fixture('debate-pdf-opening.txt'), 'test/fixtures/debate-pdf-opening.txt'));
    expect(speechesOf(slice).map((speech) => speech.speaker.slug)).toEqual(['diks', 'verhoeven', 'diks', 'verhoeven', 'diks']);
    expect(slice.paper).toBeUndefined();
    expect(slice.dates).toEqual({ opened: '16:04' });
    expect(passagesOf(slice).every((passage) => passage.page === undefined)).toBe(true);
    expect(speechesOf(slice)[1]!.passages.map((passage) => passage.text.slice(0, 30))).toEqual(speeches[1]!.passages.map((passage) => passage.text.slice(0, 30)));
  });

  it('keeps a label in an unknown format as unclassified text, by its line', () => {
    const path = 'test/fixtures/debate-pdf-malformed-label.txt';
    expect(parseDebatePdf(source(fixture('debate-pdf-malformed-label.txt'), path)).unclassified).toEqual([{ line: 80, text: 'De heer Verhoeven (D66:' }]);
  });

  it('warns when the page footers disagree about the Kamerstuk, and keeps the first', () => {
    const text = seedText.replace('26 643, nr. 679 20', '26 643, nr. 680 20');
    const diagnostics = new Diagnostics('x.txt');
    expect(parseDebatePdf(source(text, 'x.txt'), diagnostics).paper).toEqual({ dossier: '26643', number: '679' });
    expect(diagnostics.list.map(formatDiagnostic)).toEqual([expect.stringMatching(/^x\.txt:1125: page footer names another Kamerstuk/)]);
  });

  it('warns about text without speaker turns and keeps it', () => {
    const text = fixture('debate-pdf-opening.txt').split('\n').slice(0, 60).join('\n');
    const diagnostics = new Diagnostics('y.txt');
    const doc = parseDebatePdf(source(text, 'y.txt'), diagnostics);
    expect(doc.body.some((block) => block.type === 'speech')).toBe(false);
    expect(diagnostics.list.map(formatDiagnostic)).toContain('y.txt:1: no speaker turns found: read as front matter and running text');
  });
});
