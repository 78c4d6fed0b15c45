import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Commitment, CommitmentReport, PaperNumber, Person, Role } from '../model/document.ts';
import type { ContributionSummary, CorpusIndex, DocumentSummary, QuestionSummary } from '../ingest/corpus.ts';
import { slugify } from '../ingest/slug.ts';
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
  motions: Located<{ text: string; title: string; at: string }>[];
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
  citations: Located<{ text: string; at: string }>[];
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
      { person, appearances: [], contributions: [], questions: [], commitmentsMade: [], commitmentsReceived: [], motions: [] },
    ]),
  );
  const parties = new Map<string, PartyData>();
  const party = (name: string) => getOrCreate(parties, slugify(name), () => ({ name, slug: slugify(name), members: [], contributions: [], questions: [] }));
  const papers = new Map<string, PaperData>();
  const paper = (number: PaperNumber) => getOrCreate(papers, paperSlug(number), () => ({ paper: number, slug: paperSlug(number), citations: [] }));
  const commitments: CommitmentData[] = [];
  const reports: Located<CommitmentReport>[] = [];

  for (const document of documents) {
    if (document.paper) paper(document.paper).document = document;
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
    for (const motion of document.motions ?? []) {
      for (const slug of motion.by) people.get(slug)?.motions.push({ document, item: { text: motion.title, title: motion.title, at: motion.anchor } });
    }
    for (const report of document.commitmentReports) reports.push({ document, item: report });
    for (const reference of document.references) {
      if (reference.kind === 'paper' && reference.dossier && reference.number) {
        paper({ dossier: reference.dossier, number: reference.number }).citations.push({ document, item: { text: reference.text, at: reference.at } });
      } else if (reference.kind === 'motion') {
        for (const slug of reference.people ?? []) {
          people.get(slug)?.motions.push({ document, item: { text: reference.text, title: reference.id ?? reference.text, at: reference.at } });
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
    commitments,
    commitmentAt,
    reports,
    reportedCommitment,
    years: [...years.values()].sort((a, b) => b.year.localeCompare(a.year)),
    registerIdYear,
  };
}

export type { DocumentSummary };
