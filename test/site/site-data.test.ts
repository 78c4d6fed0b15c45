import { describe, expect, it } from 'vitest';
import { buildCorpusIndex, sentenceAround, summarise } from '../../src/ingest/corpus.ts';
import { agendaSubject, buildSiteData, motionSlug } from '../../src/site/corpus.ts';
import { rolesOverTime } from '../../src/site/person.ts';
import { minimalDocument, paragraph } from '../helpers/minimal-doc.ts';

describe('what the cross-document pages are made of', () => {
  it('a Kamerstuk is titled from the agenda line that names it', () => {
    // From the agenda of the commissiedebat of 30 januari 2025 (content/).
    expect(agendaSubject('de brief van de Minister van Binnenlandse Zaken en Koninkrijksrelaties d.d. 20 januari 2025 inzake vernieuwd handboek voor kwantumveilige cryptografie (Kamerstuk 26 643, nr. 1273).')).toBe(
      'Vernieuwd handboek voor kwantumveilige cryptografie',
    );
    expect(agendaSubject('Kamerstuk 26 643, nr. 1273')).toBeUndefined();
    // The House's own agenda, as a reader's copy of a committee debate prints it (../shared/real/text/vlos-a86a6bc6…, vlos-d35df127…).
    expect(agendaSubject('de brief van de staatssecretaris Fiscaliteit en Belastingdienst d.d. 11 juni 2024 inzake terugkoppeling uitkomsten IF-vergadering 28 tot en met 30 mei 2024 (25087, nr. 339);')).toBe(
      'Terugkoppeling uitkomsten IF-vergadering 28 tot en met 30 mei 2024',
    );
    expect(agendaSubject('de brief van de minister van Sociale Zaken en Werkgelegenheid, viceminister-president d.d. 12 juni 2025 inzake beantwoording vragen commissie over het Jaarverslag Ministerie van Volksgezondheid, Welzijn en Sport 2024 (Kamerstuk 36740-XVI-1) (36740-XVI, nr. 8);')).toBe(
      'Beantwoording vragen commissie over het Jaarverslag Ministerie van Volksgezondheid, Welzijn en Sport 2024',
    );
  });

  it('a citing page quotes the sentence that holds the reference, not "nr. 5" as a sentence end', () => {
    const text = 'Dat is bekend. De leden herinneren de minister aan de vele aangenomen Kamermoties (Kamerstuk 36 574, nr. 5) die verzoeken om clouddiensten. Zo is het.';
    expect(sentenceAround(text, text.indexOf('Kamerstuk'))).toBe('De leden herinneren de minister aan de vele aangenomen Kamermoties (Kamerstuk 36 574, nr. 5) die verzoeken om clouddiensten.');
  });

  it('roles over time: one line per role, party and office, from the first to the last document', () => {
    const doc = (date: string) => ({ date }) as never;
    expect(
      rolesOverTime([
        { document: doc('2025-01-30'), role: 'state-secretary', office: 'Staatssecretaris Digitalisering' },
        { document: doc('2020-03-11'), role: 'member', party: 'CDA' },
        { document: doc('2021-06-01'), role: 'member', party: 'CDA' },
      ]),
    ).toEqual([
      { role: 'member', party: 'CDA', from: '2020-03-11', to: '2021-06-01', documents: 2 },
      { role: 'state-secretary', office: 'Staatssecretaris Digitalisering', from: '2025-01-30', to: '2025-01-30', documents: 1 },
    ]);
  });

  it('a motion of the model gets a page and stands on its submitters\' pages by its title; a document without motions has none', () => {
    const debate = {
      ...minimalDocument([paragraph('p1', 'De Kamer, gehoord de beraadslaging, verzoekt de regering … en gaat over tot de orde van de dag.')]),
      id: 'debat',
      people: [{ slug: 'kathmann', name: 'Kathmann', party: 'GroenLinks-PvdA' }],
      motions: [{ anchor: 'p1', title: 'Motie van het lid Kathmann over open standaarden', by: ['kathmann'], text: 'De Kamer, gehoord de beraadslaging, …', result: 'aangenomen' as const }],
    };
    const letter = { ...minimalDocument([paragraph('p2', 'Geen moties.')]), id: 'brief' };
    const data = buildSiteData(buildCorpusIndex([summarise(debate, 'a'), summarise(letter, 'b')]));
    expect(data.motions.map((entry) => entry.slug)).toEqual([motionSlug('debat', 'p1')]);
    expect(data.people.get('kathmann')!.motions.map(({ item }) => item.title)).toEqual(['Motie van het lid Kathmann over open standaarden']);
    expect(data.people.get('kathmann')!.motions[0]!.item.motion?.slug).toBe('debat-p1');
    expect(data.documentById.get('brief')!.motions).toEqual([]);
  });
});
