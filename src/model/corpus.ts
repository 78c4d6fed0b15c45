import type {
  Commitment,
  CommitmentReport,
  DocumentKind,
  Motion,
  PaperNumber,
  ParliamentaryDocument,
  Participant,
  Person,
  Reference,
  Role,
  TranscriptStatus,
} from './document.ts';

/** The corpus index (generated/corpus.json): what the ingest writes of every document for the site's lists and cross-links. */

/**
 * What one person said in one document in one role (their bijdragen), as the corpus index keeps it:
 * how many turns, and where the first begins. One per speaker, not one per turn, so that the index
 * and the person and party pages grow with the documents a person speaks in, not with every turn.
 */
export interface ContributionSummary {
  speaker: string;
  role: Role;
  party?: string;
  /** Speaker turns, interruptions included. */
  turns: number;
  interruptions: number;
  /** The first turn's anchor and opening words. */
  anchor: string;
  excerpt: string;
}

export interface QuestionSummary {
  number: number;
  anchor: string;
  party?: string;
  askedBy?: string;
  excerpt: string;
}

/** What the corpus index keeps of one document: enough for lists and cross-links, not its text. */
export interface DocumentSummary {
  id: string;
  kind: DocumentKind;
  title: string;
  date: string;
  paper?: PaperNumber;
  committee?: string;
  dossierTitle?: string;
  /** Vastgesteld, and a meeting's opening and closing times, where the text states them. */
  dates?: ParliamentaryDocument['dates'];
  /** A transcript's status (ongecorrigeerd, gecorrigeerd), where the source states it. */
  status?: TranscriptStatus;
  participants: Participant[];
  people: Person[];
  /** Who sends a letter or answers as its letterhead or signature says ('De Minister van …, H.G.J. Bruins Slot'), where it does. */
  sender?: string;
  /** Slugs of the members who chaired the meeting, in order of first turn. */
  chairs: string[];
  /** Per speaker and role, in order of their first turn. */
  contributions: ContributionSummary[];
  questions: QuestionSummary[];
  commitments: Commitment[];
  commitmentReports: CommitmentReport[];
  /** References to papers, motions and register ids (urls and question links stay in the document), with the sentence that holds each. */
  references: (Omit<Reference, 'offset'> & { sentence?: string })[];
  /** The agenda's lines that name a Kamerstuk: what the meeting says a paper is about. */
  agenda: { text: string; paper: PaperNumber }[];
  /** Motions submitted or published in the document, with their text: each has a page of its own. */
  motions: Motion[];
  /** A digest of the document's model (its source hash: see outputs.ts), which its page is rendered from: the site renders the body again only when it changes. */
  modelDigest: string;
}

/** A toezegging made in one document and reported on in another. */
export interface CommitmentLink {
  commitment: { document: string; anchor: string };
  report: { document: string; at: string };
}

/** The corpus: every document's summary, one record per person, and the links between documents. */
export interface CorpusIndex {
  documents: DocumentSummary[];
  people: Person[];
  commitmentLinks: CommitmentLink[];
}
