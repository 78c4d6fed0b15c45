import { describe, expect, it } from 'vitest';
import { summarise } from '../../src/ingest/corpus.ts';
import { ingestSource } from '../../src/ingest/pipeline.ts';
import { readSource } from '../../src/ingest/read-source.ts';
import { citationText, citedAnswer, citedCommitment, citedPerson, citedQuestion, citedSender, documentSender, referenceAuthor, signatory } from '../../src/site/citation.ts';
import { seedSource } from '../helpers/seeds.ts';

/** A real letter (test/fixtures/official/README.md): Kamerstuk 28 844, nr. 269, signed by the minister. */
const LETTER = new URL('../fixtures/official/kst-28844-269-slice.xml', import.meta.url).pathname;

describe('citations', () => {
  it('name a member with party, a member of the cabinet with office, the chair as chair', () => {
    expect(citedPerson({ name: 'Krul', party: 'CDA', role: 'member' })).toBe('Krul (CDA)');
    expect(citedPerson({ name: 'Grapperhaus', office: 'Minister van Justitie en Veiligheid', role: 'minister' })).toBe('Grapperhaus (minister van Justitie en Veiligheid)');
    expect(citedPerson({ name: 'Aerdts', role: 'state-secretary' })).toBe('Aerdts (staatssecretaris)');
    expect(citedPerson({ name: 'Valize', party: 'PVV', role: 'chair' })).toBe('Valize (PVV, voorzitter)');
    expect(citedPerson({ name: 'Diks', role: 'chair' })).toBe('Diks (voorzitter)');
  });

  it('name a question by number and party group or member, an answer by its sender, a toezegging by who made it', () => {
    expect(citedQuestion(3, undefined, 'PVV')).toBe('Vraag 3 van de PVV-fractie');
    expect(citedQuestion(2, { name: 'Dassen', party: 'Volt' })).toBe('Vraag 2 van het lid Dassen (Volt)');
    expect(citedQuestion(2, { name: 'Dassen' }, 'Volt')).toBe('Vraag 2 van het lid Dassen (Volt)');
    expect(citedAnswer(2, 'Aerdts (staatssecretaris van Economische Zaken en Klimaat)')).toBe('Antwoord op vraag 2 van Aerdts (staatssecretaris van Economische Zaken en Klimaat)');
    expect(citedAnswer(4)).toBe('Antwoord op vraag 4');
    expect(citedCommitment({ name: 'Szabó', office: 'Staatssecretaris Koninkrijksrelaties en Digitalisering' }, { name: 'Krul', party: 'CDA' })).toBe(
      'Toezegging van Szabó (staatssecretaris Koninkrijksrelaties en Digitalisering) aan Krul (CDA)',
    );
    expect(citedCommitment()).toBe('Toezegging');
  });

  it('put who, document, number, date, page and permanent link together', () => {
    const document = { title: 'Digitalisering en cybersecurity', kind: 'algemeen overleg', number: 'Kamerstuk 26 643, nr. 679', date: '11 maart 2020', url: 'https://x.nl/documenten/ao/' };
    expect(citationText(document, { who: 'Weverling (VVD)', page: '5', anchor: 'p4a6ixmp' })).toBe(
      'Weverling (VVD), "Digitalisering en cybersecurity", algemeen overleg, Kamerstuk 26 643, nr. 679, 11 maart 2020, p. 5. https://x.nl/documenten/ao/#p4a6ixmp',
    );
    expect(citationText({ ...document, number: undefined }, { anchor: 'pabc' })).toBe('"Digitalisering en cybersecurity", algemeen overleg, 11 maart 2020. https://x.nl/documenten/ao/#pabc');
  });

  it('find the sender of a letter or answers among the participants, and none for a debate', () => {
    const participants = [
      { slug: 'dassen', role: 'member' as const },
      { slug: 'aerdts', role: 'state-secretary' as const },
    ];
    expect(documentSender({ kind: 'antwoorden', participants })).toBe('aerdts');
    expect(documentSender({ kind: 'kamerbrief', participants: [] })).toBeUndefined();
    expect(documentSender({ kind: 'commissiedebat', participants })).toBeUndefined();
  });

  it("carry a letter's sender from its signature into the corpus index, and cite it with its office", () => {
    const summary = summarise(ingestSource(readSource(LETTER)).doc, 'digest');
    expect(summary.sender).toBe('De Minister van Binnenlandse Zaken en Koninkrijksrelaties, H.G.J. Bruins Slot');
    const sender = citedSender(summary)!;
    expect(sender).toEqual({ name: 'H.G.J. Bruins Slot', office: 'Minister van Binnenlandse Zaken en Koninkrijksrelaties' });
    expect(citedPerson(sender)).toBe('H.G.J. Bruins Slot (minister van Binnenlandse Zaken en Koninkrijksrelaties)');
    // Zotero reads "Last, First" where there is a comma, else splits at the last space ("H.G.J. Bruins" / "Slot").
    expect(referenceAuthor(sender)).toBe('Bruins Slot, H.G.J.');
  });

  it('cite the sender of answers among their participants, with office, before any signature; a debate has none', () => {
    const answers = summarise(ingestSource(seedSource('antwoorden-2026-vragen-dassen-over-ai')).doc, 'digest');
    expect(citedSender(answers)).toEqual({ name: 'Aerdts', office: 'Staatssecretaris van Economische Zaken en Klimaat', role: 'state-secretary' });
    expect(referenceAuthor(citedSender(answers)!)).toBe('Aerdts');
    const debate = summarise(ingestSource(seedSource('commissiedebat-2025-01-30-opkomende-technologieen')).doc, 'digest');
    expect(citedSender(debate)).toBeUndefined();
    expect(signatory('De Staatssecretaris van Financiën, Van Rij')).toEqual({ name: 'Van Rij', office: 'Staatssecretaris van Financiën' });
    expect(signatory('Dijsselbloem')).toEqual({ name: 'Dijsselbloem' });
  });
});
