import type { DocumentKind, PaperNumber } from '../../model/document.ts';
import { slugify } from '../../model/slug.ts';
import { createRandom, type Random } from '../prng.ts';
import type { Material } from './material.ts';
import { DOSSIERS, OFFICES, PARTIES_BEFORE_2023, PARTIES_FROM_2023, inventSurnames, partiesIn } from './names.ts';
import { addDays } from './text.ts';
import type { NamedPerson } from './tokens.ts';

/**
 * The plan of a generated corpus: for every document what it is (format, kind, date, title,
 * Kamerstuk), who takes part and what is promised in it, decided before any text is written. Other
 * documents need these facts — a letter reports on a commitment made in an earlier debate and cites
 * its Kamerstuk — so they are fixed first, cheaply, for the whole corpus.
 */
export interface PlannedPerson extends NamedPerson {
  party?: string;
  office?: string;
}

/** How the cabinet reacts when the chair reads a commitment out, which decides its status. */
export type CommitmentFate = 'made' | 'confirmed' | 'answered' | 'withdrawn' | 'changed';

export interface PlannedCommitment {
  by: PlannedPerson;
  to: PlannedPerson;
  subject: string;
  timeframe: string;
  fate: CommitmentFate;
  /** Id in the House's register of commitments: 'TZ202501-151'. */
  registerId: string;
}

export interface DebatePlan {
  /** Members present, the chair among them. */
  members: PlannedPerson[];
  chair: PlannedPerson;
  /** The member who takes over the chair while the chair speaks for their party, if the chair does. */
  viceChair?: PlannedPerson;
  cabinet: PlannedPerson[];
  clerk: string;
  /** Who signs the report for the committee: the committee's chair and its griffier. */
  committeeChair: string;
  commitments: PlannedCommitment[];
  /** Minutes after midnight the meeting opens. */
  opens: number;
}

export interface DocumentPlan {
  index: number;
  /** File name without .txt: the document's id. */
  id: string;
  format: GeneratedFormat;
  kind: DocumentKind;
  /** Full ISO date: the meeting, the letter, the adoption of the report. */
  date: string;
  /** The date as the metadata file gives it ('2025-07' for a letter whose day is unknown). */
  metadataDate: string;
  title: string;
  committee: string;
  paper: PaperNumber;
  /** Whether the paper is known to readers: printed in the text, or given in the metadata. */
  citable: boolean;
  targetBytes: number;
  debate?: DebatePlan;
  /** The member of the cabinet who writes the letter or the answers. */
  minister?: PlannedPerson;
  /** The member whose questions the answers answer. */
  asker?: PlannedPerson;
}

/** The mix of formats, with the median size (bytes) of each: debates are long, answers short. */
/** The source formats the generator writes: the five of the default corpus. */
export type GeneratedFormat = 'debate-markdown' | 'debate-pdf' | 'written-consultation' | 'letter-word' | 'answers-word';

const FORMATS: { format: GeneratedFormat; kind: DocumentKind; weight: number; medianBytes: number; from: string; to: string }[] = [
  { format: 'debate-markdown', kind: 'commissiedebat', weight: 30, medianBytes: 100_000, from: '2021-04-01', to: '2026-06-30' },
  { format: 'debate-pdf', kind: 'algemeen-overleg', weight: 20, medianBytes: 115_000, from: '2018-09-01', to: '2021-03-31' },
  { format: 'written-consultation', kind: 'schriftelijk-overleg', weight: 20, medianBytes: 60_000, from: '2019-01-01', to: '2026-06-30' },
  { format: 'letter-word', kind: 'kamerbrief', weight: 15, medianBytes: 55_000, from: '2019-01-01', to: '2026-06-30' },
  { format: 'answers-word', kind: 'antwoorden', weight: 15, medianBytes: 22_000, from: '2019-01-01', to: '2026-06-30' },
];

/** How much sizes spread around the median (log-normal sigma), and the bounds they are kept in. */
const SIZE_SIGMA = 0.45;
const MIN_BYTES = 6_000;
const MAX_BYTES = 450_000;

const DEBATE_TOPICS = [
  'Digitale overheid', 'Opkomende en toekomstige technologieën', 'Cybersecurity', 'Digitale economie',
  'Online veiligheid en desinformatie', 'Privacy en persoonsgegevens', 'Kunstmatige intelligentie', 'Telecommunicatie',
  'Digitale infrastructuur', 'Algoritmen en data-ethiek', 'Informatiehuishouding', 'Datadeling', 'Digitale inclusie',
  'Europese digitale agenda', 'Digitale weerbaarheid', 'Identiteit en basisregistraties', 'Onlineplatforms', 'Kwantumtechnologie',
];

const TIMEFRAMES = [
  'voor de zomer', 'na de zomer', 'voor het einde van het jaar', 'binnen vier weken', 'voor het volgende commissiedebat',
  'in het eerste kwartaal van volgend jaar', 'voor de begrotingsbehandeling', 'zo spoedig mogelijk',
];

/** The people of the House and the cabinet across the corpus, the same for every document. */
interface Population {
  membersBefore2024: PlannedPerson[];
  membersFrom2024: PlannedPerson[];
  /** The cabinet per period: a person for every office. */
  cabinets: { from: string; people: PlannedPerson[] }[];
  clerks: string[];
}

function createPopulation(seed: string | number): Population {
  const random = createRandom('population', seed);
  const surnames = inventSurnames(random, 420);
  const honorific = (): PlannedPerson['honorific'] => (random.chance(0.45) ? 'Mevrouw' : 'De heer');
  const membersBefore2024 = surnames.slice(0, 200).map((name) => ({ name, honorific: honorific(), party: random.pick(PARTIES_BEFORE_2023) }));
  // Half of the earlier members stay on after the 2023 election, some in a merged party.
  const staying = membersBefore2024.slice(100).map((member) => ({
    ...member,
    party: member.party === 'GroenLinks' || member.party === 'PvdA' ? 'GroenLinks-PvdA' : PARTIES_FROM_2023.includes(member.party!) ? member.party : random.pick(PARTIES_FROM_2023),
  }));
  const membersFrom2024 = [...staying, ...surnames.slice(200, 340).map((name) => ({ name, honorific: honorific(), party: random.pick(PARTIES_FROM_2023) }))];
  let next = 340;
  const cabinets = ['2018-01-01', '2022-01-10', '2024-07-02'].map((from) => ({
    from,
    people: OFFICES.map(({ office }) => ({ name: surnames[next++]!, honorific: honorific(), office })),
  }));
  return { membersBefore2024, membersFrom2024, cabinets, clerks: surnames.slice(next, next + 20) };
}

export interface CorpusOptions {
  docs: number;
  seed: string | number;
}

/** Plans every document of the corpus; cheap (no text), so done for the whole corpus up front. */
export function planCorpus(options: CorpusOptions, material: Material): DocumentPlan[] {
  const population = createPopulation(options.seed);
  const ids = new Set<string>();
  const paperCounters = new Map<string, number>();
  const plans: DocumentPlan[] = [];
  for (let index = 0; index < options.docs; index++) {
    const random = createRandom('plan', options.seed, index);
    const spec = random.weighted(FORMATS.map((format) => [format, format.weight] as const));
    const date = randomDate(random, spec.from, spec.to);
    const year = Number(date.slice(0, 4));
    const cabinet = [...population.cabinets].reverse().find((period) => period.from <= date)!.people;
    const members = year >= 2024 ? population.membersFrom2024 : population.membersBefore2024;
    const topic = random.chance(0.6) ? random.pick(DEBATE_TOPICS) : random.pick(material.letter.heading);

    const dossier = random.pick(spec.format === 'written-consultation' ? DOSSIERS.slice(0, 3) : DOSSIERS);
    const count = (paperCounters.get(dossier.dossier) ?? 0) + 1;
    paperCounters.set(dossier.dossier, count);
    const paper = { dossier: dossier.dossier, number: String(100 + count) };

    const base = {
      index,
      format: spec.format,
      kind: spec.kind,
      date,
      paper,
      targetBytes: Math.round(Math.min(MAX_BYTES, Math.max(MIN_BYTES, random.logNormal(spec.medianBytes, SIZE_SIGMA)))),
    };
    let plan: Omit<DocumentPlan, 'id'>;
    if (spec.kind === 'commissiedebat' || spec.kind === 'algemeen-overleg') {
      const debate = planDebate(random, members, cabinet, population.clerks, date, material);
      plan = { ...base, metadataDate: date, title: topic, committee: committeeOf(debate.cabinet[0]!), citable: true, debate };
    } else if (spec.kind === 'schriftelijk-overleg') {
      const minister = random.pick(cabinet);
      plan = { ...base, metadataDate: date, title: `Fiche Mededeling ${topic}`, committee: committeeOf(minister), citable: true, minister };
    } else if (spec.kind === 'kamerbrief') {
      const minister = random.pick(cabinet);
      const title = random.pick([`Stand van zaken moties en toezeggingen ${lowerFirst(topic)}`, `Voortgangsbrief ${lowerFirst(topic)}`, `Kabinetsreactie ${lowerFirst(topic)}`]);
      const citable = random.chance(0.5);
      plan = { ...base, metadataDate: random.chance(0.6) ? date.slice(0, 7) : date, title, committee: committeeOf(minister), citable, minister };
    } else {
      const minister = random.pick(cabinet);
      const asker = random.pick(members);
      plan = {
        ...base,
        metadataDate: random.chance(0.3) ? date.slice(0, 4) : date,
        title: `Antwoorden op vragen van het lid ${asker.name} over ${lowerFirst(topic)}`,
        committee: committeeOf(minister),
        citable: false,
        minister,
        asker,
      };
    }
    plans.push({ ...plan, id: uniqueId(ids, `${spec.kind}-${plan.metadataDate}-${slugify(plan.title)}`) });
  }
  return plans;
}

function planDebate(random: Random, population: PlannedPerson[], cabinetOfPeriod: PlannedPerson[], clerks: string[], date: string, material: Material): DebatePlan {
  const year = Number(date.slice(0, 4));
  // One member per party, as in a committee debate; more parties, more speakers.
  const parties = random.sample(partiesIn(year), random.int(4, 12));
  const members = parties.map((party) => {
    const candidates = population.filter((member) => member.party === party);
    return candidates.length > 0 ? random.pick(candidates) : { ...random.pick(population), party };
  });
  const uniqueMembers = [...new Map(members.map((member) => [member.name, member])).values()];
  const chair = random.pick(uniqueMembers);
  const others = uniqueMembers.filter((member) => member !== chair);
  const cabinet = random.sample(cabinetOfPeriod, random.weighted([[1, 5], [2, 3], [3, 2]] as const));
  const subjects = [...material.subjects, ...material.letter.heading.map(lowerFirst)];
  const commitments = Array.from({ length: random.int(2, 8) }, (_, index): PlannedCommitment => ({
    by: random.pick(cabinet),
    to: random.pick(others),
    subject: random.pick(subjects),
    timeframe: random.pick(TIMEFRAMES),
    fate: random.weighted([['made', 4], ['confirmed', 3], ['answered', 1], ['withdrawn', 1], ['changed', 1]] as const),
    registerId: `TZ${date.slice(0, 4)}${date.slice(5, 7)}-${String(100 + index * 7 + random.int(0, 6)).padStart(3, '0')}`,
  }));
  return {
    members: uniqueMembers,
    chair,
    ...(random.chance(0.5) && others.length > 0 ? { viceChair: random.pick(others) } : {}),
    cabinet,
    clerk: random.pick(clerks),
    committeeChair: random.pick(clerks),
    commitments,
    opens: random.pick([10 * 60, 13 * 60, 14 * 60, 16 * 60 + 4, 9 * 60 + 30, 19 * 60]),
  };
}

function committeeOf(person: PlannedPerson): string {
  return OFFICES.find((office) => office.office === person.office)?.committee ?? 'vaste commissie voor Digitale Zaken';
}

function randomDate(random: Random, from: string, to: string): string {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return addDays(from, random.int(0, days));
}

function uniqueId(taken: Set<string>, wanted: string): string {
  const base = wanted.length > 90 ? wanted.slice(0, 90).replace(/-[^-]*$/, '') : wanted;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** 'Digitale overheid' → 'digitale overheid', but 'EU-kwantumstrategie' and 'AI' keep their capitals. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
