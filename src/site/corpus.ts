import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Commitment, CommitmentReport, Motion, PaperNumber, Person, Role } from '../model/document.ts';
import type { ContributionSummary, CorpusIndex, DocumentSummary, QuestionSummary } from '../model/corpus.ts';
import { BRACKETED_PAPER } from '../model/papers.ts';
import { slugify } from '../model/slug.ts';
import { capitalised } from './labels.ts';
import { paperSlug } from './routes.ts';

/** Where `npm run ingest` writes; the site reads only this, never the sources. */
export const GENERATED = process.env.VERSLAG_GENERATED ?? 'generated';

/** A thing that lives in a document, at an anchor. */
export interface Located<T> {
  document: DocumentSummary;
  item: T;
}

export interface Appearance {
  document: DocumentSummary;
  role: Role;
  party?: string;
  office?: string;
}

export interface PersonData {
  person: Person;
  appearances: Appearance[];
  /** Per document (and role): what the person, or the party's members, said there. */
  contributions: Located<ContributionSummary>[];
  questions: Located<QuestionSummary>[];
  commitmentsMade: Located<Commitment>[];
  commitmentsReceived: Located<Commitment>[];
  /** Motions on the person's name: the model's motions they submitted, and motions other documents name them in (by title, once per document). */
  motions: Located<{ text: string; title: string; at: string; motion?: MotionData }>[];
  /** Documents that name the person without a turn of theirs (a signatory, a member a letter mentions). */
  mentions: DocumentSummary[];
}

/** A motion of the model, with where it was submitted: the site's page per motion. */
export interface MotionData {
  document: DocumentSummary;
  motion: Motion;
  slug: string;
}

/** A dossier (Kamerstukdossier, e.g. 26 643 ICT): the corpus's documents in it and the papers of it that are cited. */
export interface DossierData {
  dossier: string;
  /** What the corpus calls the dossier (a document's dossier title), if it says. */
  title?: string;
  documents: DocumentSummary[];
  papers: PaperData[];
}

export interface PartyData {
  name: string;
  slug: string;
  members: Person[];
  /** Per document (and role): what the person, or the party's members, said there. */
  contributions: Located<ContributionSummary>[];
  questions: Located<QuestionSummary>[];
}

export interface PaperData {
  paper: PaperNumber;
  slug: string;
  /** The document of the corpus that is this paper, if any. */
  document?: DocumentSummary;
  /** What the paper is about, as an agenda line says ("… inzake voortgangsbrief verkenning cybersecurity"). */
  title?: string;
  /** Where it is cited, with the sentence that cites it. */
  citations: Located<{ text: string; at: string; sentence?: string }>[];
}

export interface CommitmentData {
  document: DocumentSummary;
  commitment: Commitment;
  reports: Located<CommitmentReport>[];
}

/** One year of the archive: its documents (newest first), the commitments made and the reports written in it. */
export interface YearData {
  year: string;
  documents: DocumentSummary[];
  commitments: CommitmentData[];
  reports: Located<CommitmentReport>[];
}

/** Whether a year has a commitments page (/toezeggingen/<jaar>/): commitments made or reported on in it. */
export function hasCommitments(year: YearData): boolean {
  return year.commitments.length + year.reports.length > 0;
}

/** Everything the cross-document pages need, computed once per build (not once per page). */
export interface SiteData {
  documents: DocumentSummary[];
  documentById: Map<string, DocumentSummary>;
  people: Map<string, PersonData>;
  parties: Map<string, PartyData>;
  papers: Map<string, PaperData>;
  /** Every dossier with a document in the corpus or a cited paper, by dossier number ('26643', '21501-30'). */
  dossiers: Map<string, DossierData>;
  motions: MotionData[];
  commitments: CommitmentData[];
  /** Commitments by '<document id>#<anchor>'. */
  commitmentAt: Map<string, CommitmentData>;
  reports: Located<CommitmentReport>[];
  /** Which commitment a report (document id + anchor) reports on, and the reverse. */
  reportedCommitment: Map<string, { document: DocumentSummary; commitment: Commitment }>;
  /**
   * The archive by year, newest first: the lists of documents and commitments are paged by year,
   * so that no page grows with the whole corpus and a year's address stays the same as it grows.
   */
  years: YearData[];
  /** The year whose commitments page lists a register id (TZ202501-151) with its report. */
  registerIdYear: Map<string, string>;
}

let cached: SiteData | undefined;

export function siteData(): SiteData {
  cached ??= buildSiteData(JSON.parse(readFileSync(join(GENERATED, 'corpus.json'), 'utf8')) as CorpusIndex);
  return cached;
}

/** Speaker turns in a list of contributions: what "N bijdragen" counts. */
export function turnCount(contributions: readonly Located<ContributionSummary>[]): number {
  return contributions.reduce((sum, { item }) => sum + item.turns, 0);
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

export function buildSiteData(index: CorpusIndex): SiteData {
  const documents = index.documents;
  const documentById = new Map(documents.map((doc) => [doc.id, doc]));
  const people = new Map<string, PersonData>(
    index.people.map((person) => [
      person.slug,
      { person, appearances: [], contributions: [], questions: [], commitmentsMade: [], commitmentsReceived: [], motions: [], mentions: [] },
    ]),
  );
  const parties = new Map<string, PartyData>();
  const party = (name: string) => getOrCreate(parties, slugify(name), () => ({ name, slug: slugify(name), members: [], contributions: [], questions: [] }));
  const papers = new Map<string, PaperData>();
  const paper = (number: PaperNumber) => getOrCreate(papers, paperSlug(number), () => ({ paper: number, slug: paperSlug(number), citations: [] }));
  const commitments: CommitmentData[] = [];
  const reports: Located<CommitmentReport>[] = [];
  const motions: MotionData[] = [];

  for (const document of documents) {
    if (document.paper) paper(document.paper).document = document;
    for (const item of document.agenda ?? []) {
      const subject = agendaSubject(item.text);
      if (subject) paper(item.paper).title ??= subject;
    }
    for (const motion of document.motions ?? []) {
      const entry = { document, motion, slug: motionSlug(document.id, motion.anchor) };
      motions.push(entry);
      for (const slug of motion.by) people.get(slug)?.motions.push({ document, item: { text: motion.text, title: capitalised(motion.title), at: motion.anchor, motion: entry } });
    }
    const speakers = new Set([...document.participants.map((participant) => participant.slug), ...document.contributions.map((contribution) => contribution.speaker)]);
    for (const person of document.people) if (!speakers.has(person.slug)) people.get(person.slug)?.mentions.push(document);
    for (const participant of document.participants) {
      people.get(participant.slug)?.appearances.push({ document, role: participant.role, party: participant.party, office: participant.office });
      if (participant.party && participant.role !== 'minister' && participant.role !== 'state-secretary') {
        const members = party(participant.party).members;
        const person = people.get(participant.slug)?.person;
        if (person && !members.includes(person)) members.push(person);
      }
    }
    for (const contribution of document.contributions) {
      people.get(contribution.speaker)?.contributions.push({ document, item: contribution });
      if (contribution.party) party(contribution.party).contributions.push({ document, item: contribution });
    }
    for (const question of document.questions) {
      if (question.askedBy) people.get(question.askedBy)?.questions.push({ document, item: question });
      if (question.party) party(question.party).questions.push({ document, item: question });
    }
    for (const commitment of document.commitments) {
      commitments.push({ document, commitment, reports: [] });
      if (commitment.by) people.get(commitment.by)?.commitmentsMade.push({ document, item: commitment });
      if (commitment.to) people.get(commitment.to)?.commitmentsReceived.push({ document, item: commitment });
    }
    for (const report of document.commitmentReports) reports.push({ document, item: report });
    for (const reference of document.references) {
      if (reference.kind === 'paper' && reference.dossier && reference.number) {
        paper({ dossier: reference.dossier, number: reference.number }).citations.push({
          document,
          item: { text: reference.text, at: reference.at, ...(reference.sentence ? { sentence: reference.sentence } : {}) },
        });
      } else if (reference.kind === 'motion') {
        // "Motie Buijsse – Maatregelen …" carries a title; "motie van het lid Buijsse" only names
        // its members: in a document that also gives the title of a motion of the same members, it
        // is that motion; otherwise it is listed by its words. Once per document either way.
        const titled = !UNTITLED_MOTION.test(reference.text);
        const members = (reference.people ?? []).join(' ');
        const sameTitled = document.references.find((other) => other.kind === 'motion' && !UNTITLED_MOTION.test(other.text) && (other.people ?? []).join(' ') === members);
        const title = titled ? (reference.id ?? reference.text) : sameTitled ? (sameTitled.id ?? sameTitled.text) : capitalised(reference.text);
        for (const slug of reference.people ?? []) {
          const known = people.get(slug)?.motions;
          if (known && !known.some((entry) => entry.document === document && entry.item.title === title)) known.push({ document, item: { text: reference.text, title, at: reference.at } });
        }
      }
    }
  }

  const reportedCommitment = new Map<string, { document: DocumentSummary; commitment: Commitment }>();
  const commitmentAt = new Map(commitments.map((entry) => [`${entry.document.id}#${entry.commitment.anchor}`, entry]));
  const reportByKey = new Map(reports.map((entry) => [`${entry.document.id}#${entry.item.at}`, entry]));
  for (const link of index.commitmentLinks) {
    const commitment = commitmentAt.get(`${link.commitment.document}#${link.commitment.anchor}`);
    const report = reportByKey.get(`${link.report.document}#${link.report.at}`);
    if (!commitment || !report) continue;
    commitment.reports.push(report);
    reportedCommitment.set(`${report.document.id}#${report.item.at}`, { document: commitment.document, commitment: commitment.commitment });
  }

  const dossiers = new Map<string, DossierData>();
  const dossier = (number: string) => getOrCreate(dossiers, number, () => ({ dossier: number, documents: [], papers: [] }));
  for (const document of documents) {
    if (!document.paper) continue;
    const entry = dossier(document.paper.dossier);
    entry.documents.push(document);
    entry.title ??= document.dossierTitle;
  }
  for (const entry of [...papers.values()].sort((a, b) => Number(a.paper.number) - Number(b.paper.number) || a.paper.number.localeCompare(b.paper.number))) {
    dossier(entry.paper.dossier).papers.push(entry);
  }

  const yearOf = (document: DocumentSummary) => document.date.slice(0, 4);
  const years = new Map<string, YearData>();
  const year = (document: DocumentSummary) => getOrCreate(years, yearOf(document), () => ({ year: yearOf(document), documents: [], commitments: [], reports: [] }));
  for (const document of documents) year(document).documents.push(document);
  for (const entry of commitments) year(entry.document).commitments.push(entry);
  for (const entry of reports) year(entry.document).reports.push(entry);
  const registerIdYear = new Map<string, string>();
  for (const entry of reports) for (const id of entry.item.registerIds) if (!registerIdYear.has(id)) registerIdYear.set(id, yearOf(entry.document));

  return {
    documents,
    documentById,
    people,
    parties,
    papers,
    dossiers,
    motions,
    commitments,
    commitmentAt,
    reports,
    reportedCommitment,
    years: [...years.values()].sort((a, b) => b.year.localeCompare(a.year)),
    registerIdYear,
  };
}

/** A reference that names a motion by its members only: "motie van het lid Buijsse", "moties van de leden …". */
const UNTITLED_MOTION = /^moties? van\b/i;

/** A motion's page: '<document id>-<anchor>', unique across the corpus. */
export function motionSlug(documentId: string, anchor: string): string {
  return `${documentId}-${anchor}`;
}

/** 'inzake <subject>', then the line's closing papers in brackets, with or without the word Kamerstuk. */
const AGENDA_SUBJECT = new RegExp(String.raw`\binzake\s+(.+?)\s*(?:\(Kamerstuk[^)]*\)\s*|${BRACKETED_PAPER.source}\s*)*[;.]?\s*$`, 'su');

/**
 * What an agenda line says a letter is about: "de brief van de Minister … d.d. 16 augustus 2021
 * inzake uitvoering van de motie … (Kamerstuk 26 643, nr. 778);" → "uitvoering van de motie …";
 * the House's own agenda ends in "(25087, nr. 339);", or "(Kamerstuk 36740-XVI-1) (36740-XVI, nr. 8);".
 */
export function agendaSubject(line: string): string | undefined {
  const subject = AGENDA_SUBJECT.exec(line)?.[1];
  return subject ? capitalised(subject) : undefined;
}
