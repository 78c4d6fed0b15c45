import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParliamentaryDocument, Speech } from '../../src/model/document.ts';
import { bodyTexts } from '../../src/model/walk.ts';
import { detectFormat } from '../../src/ingest/detect.ts';
import { ingestSource } from '../../src/ingest/pipeline.ts';
import { readSource } from '../../src/ingest/read-source.ts';
import type { SourceDocument } from '../../src/ingest/source.ts';
import { childElement, childElements, parseXml, textContent, type XmlElement } from '../../src/ingest/xml/tree.ts';
import { fixture } from '../helpers/seeds.ts';
import { expectNoLostWords } from '../helpers/no-lost-words.ts';

/** The real documents beside the repository (CI has ../shared beside the clone). */
const REAL = new URL('../../../shared/real/', import.meta.url);
const realFiles = readdirSync(new URL('xml/', REAL)).filter((name) => /^vlos-.*\.xml$/.test(name));

interface GoldSpeaker {
  name: string | null;
  party: string | null;
  soort: string;
  turns: number;
}
interface Gold {
  date: string;
  speaker_turns: number;
  chair_turns: number;
  chair_persons: Record<string, number>;
  speakers: GoldSpeaker[];
  motion_list: { kamerstuk: string; titel: string }[];
  heading_list: string[];
  votes: number;
  vote_list: { uitslag: string }[];
  status: string;
}
const gold = JSON.parse(readFileSync(new URL('gold.json', REAL), 'utf8')) as Record<string, Gold>;

const speeches = (doc: ParliamentaryDocument): Speech[] => doc.body.filter((block): block is Speech => block.type === 'speech');

/** Turns per speaker as "Name (party)", the chair's per member who chairs. */
function turnsBy(doc: ParliamentaryDocument, chair: boolean): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { speaker } of speeches(doc)) {
    if ((speaker.role === 'chair') !== chair) continue;
    const key = speaker.party ? `${speaker.name} (${speaker.party})` : speaker.name;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/**
 * The transcript as the XML holds it, read without the parser: each agenda item's title, then
 * every paragraph (`<alineaitem>`), in document order. What must not be lost.
 */
function transcriptParagraphs(path: string): string {
  const lines: string[] = [];
  const walk = (element: XmlElement): void => {
    for (const child of childElements(element)) {
      if (child.name === 'alineaitem') lines.push(textContent(child));
      else if (child.name === 'activiteit') lines.push(textContent(childElement(child, 'titel')!));
      if (child.name !== 'alineaitem') walk(child);
    }
  };
  walk(parseXml(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), path));
  return lines.map((line) => line.replace(/\s+/g, ' ').trim()).join('\n');
}

/** A printed speaker label on its own line: structure, not words (the turn's speaker says it). */
const LABEL = /^(?:De voorzitter|(?:De heer|Mevrouw) [^\n()]+(?: \([^()\n]+\))?|(?:Minister|Staatssecretaris) [^\n:]+):$/m;

describe('VLOS transcripts: every real file of ../shared/real/xml', () => {
  it('finds the real files', () => {
    expect(realFiles.length).toBe(10);
  });

  for (const name of realFiles) {
    const path = new URL(`xml/${name}`, REAL).pathname;
    const id = name.replace(/\.xml$/, '');
    describe(id, () => {
      const expected = gold[id]!;
      const source = readSource(path);
      const { doc, diagnostics } = ingestSource(source);

      it('is read as VLOS, dated and with the sections of its agenda items', () => {
        expect(detectFormat(source)).toBe('vlos');
        expect(doc.date).toBe(expected.date);
        expect(doc.body.filter((block) => block.type === 'heading').map((block) => (block.type === 'heading' ? block.title : ''))).toEqual(expected.heading_list);
        expect(doc.status).toBe(expected.status === 'Casco' ? 'casco' : expected.status.toLowerCase());
      });

      it('has every turn, each by the speaker the gold figures count, the chair as the member who chairs', () => {
        expect(speeches(doc)).toHaveLength(expected.speaker_turns);
        expect(turnsBy(doc, true)).toEqual(expected.chair_persons);
        const members = Object.fromEntries(
          expected.speakers.filter((speaker) => speaker.soort !== 'voorzitter').map((speaker) => [speaker.party ? `${speaker.name} (${speaker.party})` : speaker.name!, speaker.turns]),
        );
        expect(turnsBy(doc, false)).toEqual(members);
        // The speakers the gold lists as chair are not a person of their own: every chair turn names a member.
        expect(speeches(doc).every(({ speaker }) => !speaker.unresolved)).toBe(true);
        // Each printed label became the turn's speaker: none is left as a passage.
        expect(speeches(doc).flatMap((speech) => speech.passages.map((passage) => passage.text)).filter((text) => LABEL.test(text))).toEqual([]);
      });

      it('records the motions submitted, each linked from the turn that submits it', () => {
        expect((doc.motions ?? []).map((motion) => ({ kamerstuk: `${motion.paper?.dossier}-${motion.paper?.number}`, titel: motion.title }))).toEqual(
          expected.motion_list.map(({ kamerstuk, titel }) => ({ kamerstuk, titel: titel.replace(/\s+/g, ' ') })),
        );
        const linked = speeches(doc).flatMap((speech) => speech.motions ?? []);
        expect(linked).toEqual((doc.motions ?? []).map((motion) => motion.anchor));
        for (const motion of doc.motions ?? []) {
          expect(motion.by.length).toBeGreaterThan(0);
          expect(motion.text).toMatch(/^De Kamer,\n[\s\S]*en gaat over tot de orde van de dag\.$/);
        }
      });

      it('records the votes with their result', () => {
        expect((doc.decisions ?? []).map((decision) => decision.result)).toEqual(expected.vote_list.map((vote) => vote.uitslag.toLowerCase()));
      });

      it('loses no word of the transcript', () => {
        expectNoLostWords(transcriptParagraphs(path), [LABEL], bodyTexts(doc));
      });

      it('reads without a guess, but for two people printed alike', () => {
        expect(diagnostics.map((diagnostic) => diagnostic.message).filter((message) => !message.startsWith('two speakers are printed as'))).toEqual([]);
      });
    });
  }
});

describe('VLOS: who speaks in what role', () => {
  const doc = ingestSource(readSource(new URL('xml/vlos-93758182-978b-4899-9d4d-1776c7baeab3.xml', REAL).pathname)).doc;
  const speakerOf = (slug: string) => speeches(doc).find((speech) => speech.speaker.slug === slug)!.speaker;

  it('gives cabinet members their office, and a guest of the committee (Externe spreker) the role guest', () => {
    expect(speakerOf('brekelmans')).toEqual({ slug: 'brekelmans', name: 'Brekelmans', role: 'minister', office: 'Minister van Defensie' });
    expect(speakerOf('eichelsheim')).toEqual({ slug: 'eichelsheim', name: 'Eichelsheim', role: 'guest' });
    expect(doc.participants.find((participant) => participant.slug === 'eichelsheim')).toEqual({ slug: 'eichelsheim', role: 'guest' });
    expect(doc.committee).toBe('vaste commissie voor Buitenlandse Zaken');
  });
});

describe('VLOS: what a vote decides', () => {
  it('is the case the vote is about, where the vote itself says only "het voorstel"', () => {
    const doc = ingestSource(readSource(new URL('xml/vlos-d5130a6f-0400-4b03-b8d3-8daed02dc4af.xml', REAL).pathname)).doc;
    expect(doc.decisions!.map((decision) => decision.text.match(/\(\d+, nr\. \d+\)$/)?.[0])).toEqual(['(36786, nr. 4)', '(36787, nr. 4)']);
  });
});

const xmlSource = (name: string, text = fixture(name)): SourceDocument => ({ id: name.replace(/\.xml$/, ''), path: `test/fixtures/${name}`, text: text.replace(/^\uFEFF/, ''), metadata: {} });

describe('VLOS: a motion, the chair going on and an interruption (test/fixtures/vlos-motion-and-interruptions.xml)', () => {
  const { doc } = ingestSource(xmlSource('vlos-motion-and-interruptions.xml'));
  const turns = speeches(doc);

  it('reads the plenary sitting, its agenda item and its people with their official identity', () => {
    expect(doc).toMatchObject({ kind: 'plenaire-vergadering', title: '103e vergadering, woensdag 2 juli 2025', date: '2025-07-02', status: 'ongecorrigeerd', sourceId: '779461b8-6a40-414d-889b-401ddfd182bc' });
    // The sitting's closing time is 0001-01-01T00:00:00: no time at all.
    expect(doc.dates).toEqual({ opened: '10:15' });
    expect(doc.agenda.map((item) => item.text)).toEqual(['Passend onderwijs']);
    expect(doc.header).toEqual(['Tweede Kamer der Staten-Generaal', 'Vergaderjaar 2024-2025']);
    expect(doc.people.find((person) => person.slug === 'nijhof-leeuw')).toEqual({
      slug: 'nijhof-leeuw',
      name: 'Nijhof-Leeuw',
      honorific: 'Mevrouw',
      party: 'PVV',
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      firstName: expect.any(String),
      fullName: expect.stringMatching(/ Nijhof-Leeuw$/),
    });
  });

  it('makes every woordvoerder and interrumpant a turn; the chair who goes on without a label is still a turn', () => {
    expect(turns.map(({ speaker, interruption }) => [speaker.slug, speaker.role, interruption])).toEqual([
      ['soepboer', 'member', false],
      ['nijhof-leeuw', 'chair', false],
      ['westerveld', 'member', true],
      ['soepboer', 'member', false],
      ['nijhof-leeuw', 'chair', false],
    ]);
    expect(turns[1]!.passages.map((passage) => passage.text)).toEqual(['Dank u wel. Ik ziet dat er een interruptie van mevrouw Westerveld voor u is.']);
    // The printed label is the turn's speaker, not a passage.
    expect(turns[0]!.passages[0]!.text).toMatch(/^Dank u, voorzitter\. Alweer een tijdje geleden/);
    expect(turns.every((turn) => turn.termijn === 1)).toBe(true);
  });

  it('gives a chair turn that names no one to the member chairing at that point (the chair of the turn before)', () => {
    const text = fixture('vlos-motion-and-interruptions.xml').replace(/(<interrumpant objectid="deb4df2c[^"]*">\s*)<spreker [\s\S]*?<\/spreker>/, '$1');
    expect(text).not.toBe(fixture('vlos-motion-and-interruptions.xml'));
    const chairTurn = speeches(ingestSource(xmlSource('vlos-motion-and-interruptions.xml', text)).doc)[4]!;
    expect(chairTurn.speaker).toEqual({ slug: 'nijhof-leeuw', name: 'Nijhof-Leeuw', party: 'PVV', role: 'chair' });
  });

  it('records the motion the member reads out, in his turn, with the chair’s note on it', () => {
    const [motion] = doc.motions!;
    expect(motion).toMatchObject({
      title: 'de motie-Soepboer over zonder financiële borging niet verdergaan met het streven naar inclusief onderwijs (31497, nr. 499)',
      by: ['soepboer'],
      paper: { dossier: '31497', number: '499' },
      submittedIn: turns[0]!.passages[0]!.anchor,
    });
    expect(motion!.text.split('\n')[0]).toBe('De Kamer,');
    expect(motion!.text.split('\n').at(-1)).toBe('en gaat over tot de orde van de dag.');
    expect(turns[0]!.motions).toEqual([motion!.anchor]);
    const texts = turns[0]!.passages.map((passage) => passage.text);
    expect(texts[texts.indexOf('De Kamer,') - 1]).toMatch(/hebben we de volgende motie\.$/);
    expect(texts.slice(-2)).toEqual(['De voorzitter: Deze motie is voorgesteld door het lid Soepboer.', 'Zij krijgt nr. 499 (31497).']);
    expect(turns[0]!.passages.find((passage) => passage.anchor === motion!.anchor)!.text).toBe('De Kamer,');
  });
});

describe('VLOS: a vote (test/fixtures/vlos-decision.xml)', () => {
  const { doc } = ingestSource(xmlSource('vlos-decision.xml'));

  it('records the decision: what was voted on, the result and each party’s vote, its text in the body', () => {
    expect(doc.decisions).toHaveLength(1);
    const [decision] = doc.decisions!;
    expect(decision).toMatchObject({
      text: 'de brief van de vaste commissie voor Economische Zaken over een beroep op artikel 2.27 van de Comptabiliteitswet 2016 ten behoeve van de tweede incidentele suppletoire begroting inzake bedrijfssteun (36786, nr. 4)',
      result: 'aangenomen',
    });
    expect(decision!.votes).toHaveLength(15);
    expect(decision!.votes!.slice(0, 2)).toEqual([{ party: 'SP', vote: 'tegen' }, { party: 'GroenLinks-PvdA', vote: 'voor' }]);
    const at = doc.body.find((block) => block.type === 'procedural' && block.passage.anchor === decision!.anchor);
    expect(at).toMatchObject({
      passage: { text: expect.stringMatching(/^De voorzitter: Ik constateer dat .* zodat het voorstel is aangenomen\.$/) },
      speaker: { slug: 'van-der-lee', role: 'chair' },
    });
    // The chair's words on the vote are not a turn: the transcript does not make them one.
    expect(speeches(doc).map(({ speaker }) => [speaker.slug, speaker.role])).toEqual([
      ['van-der-lee', 'chair'],
      ['dijk', 'member'],
      ['van-der-lee', 'chair'],
    ]);
  });
});

describe('VLOS: text the schema does not place', () => {
  it('keeps an unknown element inside a text as a paragraph, and text between elements as unclassified, with a warning', () => {
    const text = fixture('vlos-decision.xml')
      .replace('<alineaitem>In stemming komt het voorstel.</alineaitem>', '<alineaitem>In stemming komt het voorstel.</alineaitem><tabel>Een tabel met <nadruk>cijfers</nadruk></tabel>')
      .replace('<activiteititem soort="Besluit"', 'Losse tekst<activiteititem soort="Besluit"');
    const { doc, diagnostics } = ingestSource(xmlSource('vlos-decision.xml', text));
    expect(bodyTexts(doc)).toContain('Een tabel met cijfers');
    expect(doc.unclassified.map((entry) => entry.text)).toEqual(['Losse tekst']);
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([expect.stringContaining('"Losse tekst"')]);
  });
});

describe('VLOS: input Verslag cannot read', () => {
  it('names the file, line and column of malformed XML', () => {
    const broken = fixture('vlos-decision.xml').replace('</besluitvorm>', '</besluit>');
    const line = broken.slice(0, broken.indexOf('</besluit>')).split('\n').length;
    expect(() => ingestSource(xmlSource('vlos-decision.xml', broken))).toThrow(new RegExp(`^test/fixtures/vlos-decision\\.xml:${line}: malformed XML: .*column \\d+`));
  });

  it('names the root element of XML of a schema it does not know', () => {
    const other = '<?xml version="1.0"?>\n<!-- a TEI file -->\n<TEI xmlns="http://www.tei-c.org/ns/1.0"><text/></TEI>\n';
    expect(() => ingestSource(xmlSource('tei.xml', other))).toThrow(
      /^test\/fixtures\/tei\.xml:3: XML of a schema Verslag does not read \(root element <TEI> in namespace http:\/\/www\.tei-c\.org\/ns\/1\.0\); the XML formats it reads: vlos/,
    );
  });

  it('names the root element when a metadata file says VLOS but the XML is not', () => {
    const other = { ...xmlSource('tei.xml', '<TEI xmlns="http://www.tei-c.org/ns/1.0"/>'), metadata: { format: 'vlos' } };
    expect(() => ingestSource(other)).toThrow(/not a VLOS transcript: the root element is <TEI> in http:\/\/www\.tei-c\.org\/ns\/1\.0/);
  });
});
