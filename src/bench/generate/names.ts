import type { Random } from '../prng.ts';

/**
 * The invented people and the real institutions of the generated corpus. Surnames are composed
 * from Dutch place-name parts ("Brink" + "hout"), some with a tussenvoegsel ("Van der Brinkhout")
 * or double ("Wester Kamphuis"), so that labels, attendance lists and motions exercise the name
 * patterns the parsers know.
 */
const FIRST_PARTS = [
  'Achter', 'Berg', 'Blom', 'Bos', 'Brink', 'Buiten', 'Dal', 'Dijk', 'Eik', 'Gras', 'Groen', 'Haver', 'Hoog',
  'Hout', 'Kamp', 'Klein', 'Kool', 'Laar', 'Lin', 'Maas', 'Meer', 'Molen', 'Noord', 'Oost', 'Peel', 'Ros',
  'Scheer', 'Steen', 'Veld', 'Vliet', 'Water', 'West', 'Wil', 'Zand', 'Zuid', 'Els',
];
const SECOND_PARTS = [
  'beek', 'berg', 'boom', 'bosch', 'brink', 'dijk', 'hof', 'hout', 'huis', 'kamp', 'laar', 'man', 'meijer',
  'poel', 'sma', 'stra', 'veld', 'vliet', 'wijk', 'zand', 'ink', 'inga',
];
const TUSSENVOEGSELS = ['Van', 'Van der', 'Van den', 'De', 'Ter'];

/** `count` distinct invented surnames, the same list for the same random stream. */
export function inventSurnames(random: Random, count: number): string[] {
  const stems = random.shuffle(FIRST_PARTS.flatMap((first) => SECOND_PARTS.map((second) => `${first}${second}`)));
  const names = new Set<string>();
  for (const stem of stems) {
    if (names.size >= count) break;
    const shape = random.next();
    if (shape < 0.2) names.add(`${random.pick(TUSSENVOEGSELS)} ${stem}`);
    else if (shape < 0.27) names.add(`${random.pick(FIRST_PARTS)} ${stem}`);
    else names.add(stem);
  }
  return [...names];
}

/** Initials for a signature: "W.J.M." */
export function initials(random: Random): string {
  const letters = 'ABCDEFGHIJKLMNOPRSTW';
  return Array.from({ length: random.int(1, 3) }, () => `${letters[random.int(0, letters.length - 1)]}.`).join('');
}

/** The parties (fracties) of the House in the two periods the corpus spans. */
export const PARTIES_BEFORE_2023 = ['VVD', 'PVV', 'CDA', 'D66', 'GroenLinks', 'SP', 'PvdA', 'ChristenUnie', 'PvdD', '50PLUS', 'SGP', 'DENK', 'FVD', 'JA21', 'Volt', 'BBB'];
export const PARTIES_FROM_2023 = ['PVV', 'GroenLinks-PvdA', 'VVD', 'NSC', 'D66', 'BBB', 'CDA', 'SP', 'DENK', 'PvdD', 'FVD', 'SGP', 'ChristenUnie', 'Volt', 'JA21'];

export function partiesIn(year: number): string[] {
  return year >= 2024 ? PARTIES_FROM_2023 : PARTIES_BEFORE_2023;
}

/**
 * Offices of the cabinet, each without a comma (the debate header reads an office up to the first
 * comma) and with the committee it answers to.
 */
export const OFFICES: { office: string; committee: string }[] = [
  { office: 'Minister van Justitie en Veiligheid', committee: 'vaste commissie voor Justitie en Veiligheid' },
  { office: 'Minister voor Rechtsbescherming', committee: 'vaste commissie voor Justitie en Veiligheid' },
  { office: 'Minister van Binnenlandse Zaken en Koninkrijksrelaties', committee: 'vaste commissie voor Binnenlandse Zaken' },
  { office: 'Staatssecretaris Koninkrijksrelaties en Digitalisering', committee: 'vaste commissie voor Digitale Zaken' },
  { office: 'Minister van Economische Zaken en Klimaat', committee: 'vaste commissie voor Economische Zaken en Klimaat' },
  { office: 'Staatssecretaris van Economische Zaken en Klimaat', committee: 'vaste commissie voor Economische Zaken en Klimaat' },
  { office: 'Minister van Infrastructuur en Waterstaat', committee: 'vaste commissie voor Infrastructuur en Waterstaat' },
  { office: 'Minister van Financiën', committee: 'vaste commissie voor Financiën' },
  { office: 'Staatssecretaris van Financiën', committee: 'vaste commissie voor Financiën' },
  { office: 'Minister van Defensie', committee: 'vaste commissie voor Defensie' },
  { office: 'Minister van Sociale Zaken en Werkgelegenheid', committee: 'vaste commissie voor Sociale Zaken en Werkgelegenheid' },
  { office: 'Minister van Buitenlandse Zaken', committee: 'vaste commissie voor Buitenlandse Zaken' },
];

/** Dossiers (Kamerstukken) the generated documents belong to and cite, with their titles. */
export const DOSSIERS: { dossier: string; title: string }[] = [
  { dossier: '26643', title: 'Informatie- en communicatietechnologie (ICT)' },
  { dossier: '32761', title: 'Verwerking en bescherming persoonsgegevens' },
  { dossier: '22112', title: 'Nieuwe Commissievoorstellen en initiatieven van de lidstaten van de Europese Unie' },
  { dossier: '30821', title: 'Nationale veiligheid' },
  { dossier: '32317', title: 'JBZ-Raad' },
  { dossier: '36259', title: 'Digitale economie' },
  { dossier: '29362', title: 'Modernisering van de overheid' },
  { dossier: '21501-30', title: 'Raad voor Concurrentievermogen' },
  { dossier: '21501-33', title: 'Raad voor Vervoer, Telecommunicatie en Energie' },
  { dossier: '28684', title: 'Naar een veiliger samenleving' },
  { dossier: '30977', title: 'Digitale overheid' },
  { dossier: '27529', title: 'Informatievoorziening in de zorg' },
];

/** Budget chapters, cited as "Kamerstuk 36 600 VII, nr. 73": only ever cited, never a generated document's own number. */
export const BUDGET_DOSSIERS = ['36600-VII', '36600-XIII', '36410-VI', '36200-VII'];

const NUMBER_WORDS = [
  'nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf',
  'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig',
];

/** 6 → "zes" (the attendance line writes the number of members in words). */
export function numberWord(value: number): string {
  return NUMBER_WORDS[value] ?? String(value);
}
