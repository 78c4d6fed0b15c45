import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParliamentaryDocument, Passage } from '../../src/model/document.ts';
import { blockPassages } from '../../src/model/walk.ts';
import { parseDebateMarkdown } from '../../src/ingest/parsers/debate-markdown.ts';
import { parseDebatePdf } from '../../src/ingest/parsers/debate-pdf.ts';
import { annotateCommitments } from '../../src/ingest/passes/commitments.ts';
import type { SourceDocument } from '../../src/ingest/source.ts';

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), 'utf8');
const source = (id: string, text: string, path: string): SourceDocument => ({ id, path, text, metadata: {} });
const passagesOf = (doc: ParliamentaryDocument): Passage[] => doc.body.flatMap((block) => blockPassages(block));
const anchorOf = (doc: ParliamentaryDocument, text: string): string => {
  const found = passagesOf(doc).filter((passage) => passage.text === text);
  expect(found, text).toHaveLength(1);
  return found[0]!.anchor;
};

const DEBATE = 'commissiedebat-2025-01-30-opkomende-technologieen';
const OVERLEG = 'algemeen-overleg-2020-03-11-digitalisering-en-cybersecurity';
const debate = annotateCommitments(parseDebateMarkdown(source(DEBATE, read(`../../content/${DEBATE}.txt`), `content/${DEBATE}.txt`)));
const overleg = annotateCommitments(parseDebatePdf(source(OVERLEG, read(`../../content/${OVERLEG}.txt`), `content/${OVERLEG}.txt`)));

describe('toezeggingen of the commissiedebat (seed 000)', () => {
  const commitments = debate.commitments;

  it('reads the seven items of the chair’s closing list, all by Szabó', () => {
    expect(commitments).toHaveLength(7);
    expect(commitments.every((commitment) => commitment.by === 'szabo')).toBe(true);
    expect(commitments.map((commitment) => commitment.to)).toEqual(['krul', 'kathmann', undefined, 'six-dijkstra', 'six-dijkstra', 'koekkoek', 'krul']);
    expect(commitments[0]!.text).toBe(
      'De Staatssecretaris Digitalisering en Koninkrijksrelaties zegt toe de Kamer te informeren over de uitkomsten van de gesprekken met de Minister van Economische Zaken over de implicaties van technologieën zoals DeepSeek, naar aanleiding van de vraag van het lid Krul.',
    );
    for (const commitment of commitments) expect(commitment.anchor).toBe(anchorOf(debate, commitment.text));
  });

  it('decides each status from the words of the exchange', () => {
    expect(commitments.map((commitment) => commitment.status)).toEqual(['made', 'made', 'answered', 'made', 'made', 'changed', 'changed']);
  });

  it('records the state secretary’s reaction where there is one', () => {
    expect(commitments.map((commitment) => commitment.reaction?.text)).toEqual([
      undefined,
      undefined,
      'Nou, dat zeg ik niet toe. Dat is zo.',
      'Dat zeg ik toe.',
      'Dat zeg ik toe.',
      'Dit document is gisteren afgescheiden, dus dat moeten wij ook nog formeel ontvangen. Ik ga dus niet specifiek zelf iets toezeggen op dit dossier. Dit wordt ook met andere bewindspersonen besproken.',
      'De Staatssecretaris van JenV komt erop terug, niet de Minister.',
    ]);
    for (const commitment of commitments.filter((c) => c.reaction)) {
      expect(passagesOf(debate).find((passage) => passage.anchor === commitment.reaction!.anchor)!.text).toBe(commitment.reaction!.text);
    }
    // "Dat zeg ik toe." twice: two passages, two anchors.
    expect(commitments[3]!.reaction!.anchor).not.toBe(commitments[4]!.reaction!.anchor);
  });

  it('leaves the parsed document otherwise as it was', () => {
    const parsed = parseDebateMarkdown(source(DEBATE, read(`../../content/${DEBATE}.txt`), `content/${DEBATE}.txt`));
    expect({ ...debate, commitments: [] }).toEqual(parsed);
  });
});

describe('toezeggingen of the algemeen overleg (seed 001)', () => {
  const commitments = overleg.commitments;

  it('reads the seven "– " items and who commits to whom', () => {
    expect(commitments).toHaveLength(7);
    expect(commitments.map((commitment) => [commitment.by, commitment.to])).toEqual([
      ['grapperhaus', 'buitenweg'], // "de Minister van Justitie en Veiligheid … toezegging aan mevrouw Buitenweg"
      ['keijzer', undefined], // "De Staatssecretaris van Economische Zaken en Klimaat"
      ['knops', 'verhoeven'], // "De Minister van BZK"
      ['knops', undefined],
      ['keijzer', 'verhoeven'], // "de Staatssecretaris van EZK"
      ['keijzer', 'weverling'], // names nobody: Keijzer reacts to it
      [undefined, 'buitenweg'], // names nobody and nobody reacts
    ]);
    expect(commitments[5]!.text).toBe('Er zal een brief komen over IPv6; dat is een toezegging aan de heer Weverling.');
    for (const commitment of commitments) expect(commitment.anchor).toBe(anchorOf(overleg, commitment.text));
  });

  it('finds the withdrawn and the changed one', () => {
    expect(commitments.map((commitment) => commitment.status)).toEqual(['made', 'withdrawn', 'made', 'made', 'made', 'changed', 'made']);
    expect(commitments[1]!.text).toMatch(/datadeling auto-industrie \.\.\.$/);
    expect(commitments[1]!.reaction).toEqual({ anchor: anchorOf(overleg, 'Eind maart.'), text: 'Eind maart.' });
    // Keijzer answers about IPv6 after Amhaouch raised the CPB study: the answer goes to the IPv6 item.
    expect(commitments[5]!.reaction!.text).toMatch(/^De brief over IPv6-adressen gaat over antwoorden op Kamervragen\./);
    expect(commitments[6]!.reaction).toBeUndefined();
  });
});

describe('toezeggingen in a slice, and documents without them', () => {
  it('reads a closing list without the attendance list: by is who reacts, where someone does', () => {
    const text = read('../fixtures/commitments-closing-list.txt');
    const sliceSource = { ...source(DEBATE, text, 'test/fixtures/commitments-closing-list.txt'), metadata: { date: '2025-01-30' } };
    const slice = annotateCommitments(parseDebateMarkdown(sliceSource));
    expect(slice.people.find((person) => person.slug === 'szabo')!.office).toBeUndefined();
    expect(slice.commitments.map((commitment) => [commitment.status, commitment.by ?? null])).toEqual([
      ['made', null],
      ['made', null],
      ['answered', 'szabo'],
      ['made', 'szabo'],
      ['made', 'szabo'],
      ['changed', 'szabo'],
      ['changed', 'szabo'],
    ]);
  });

  it('returns a document without a closing list unchanged', () => {
    const opening = parseDebateMarkdown(source(DEBATE, read('../fixtures/debate-markdown-opening.txt'), 'test/fixtures/debate-markdown-opening.txt'));
    expect(annotateCommitments(opening)).toBe(opening);
  });
});
