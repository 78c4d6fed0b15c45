/**
 * The document model: the contract between ingest (parsers, annotation passes) and the site.
 * Everything here is plain data, serialisable as JSON, and is what `npm run ingest -- --json`
 * prints and the site publishes as open data.
 */

/**
 * The kinds of parliamentary document Verslag understands, with the Dutch name readers know.
 * The site's labels for them live in `src/site/labels.ts`.
 */
export const DOCUMENT_KINDS = [
  /** verslag van een commissiedebat */
  'commissiedebat',
  /** verslag van een algemeen overleg (the name for a committee debate before 2021) */
  'algemeen-overleg',
  /** verslag van een schriftelijk overleg: questions per party group, cabinet answers */
  'schriftelijk-overleg',
  /** Kamerbrief: a minister's letter to the House */
  'kamerbrief',
  /** antwoorden op vragen: written answers to an MP's questions (Aanhangsel van de Handelingen) */
  'antwoorden',
  /** plenaire vergadering: a plenary sitting, or one agenda item of it (a Handelingen item) */
  'plenaire-vergadering',
  /** wetgevingsoverleg: a committee meeting on a bill */
  'wetgevingsoverleg',
  /** notaoverleg: a committee meeting on a member's or the government's nota */
  'notaoverleg',
  /** procedurevergadering: a committee's meeting on its own procedure */
  'procedurevergadering',
  /** motie: a motion submitted in a debate, published as a Kamerstuk */
  'motie',
  /** Kamervragen: written questions by members (kv-tk), before they are answered */
  'kamervragen',
  /** memorie van toelichting: the explanatory memorandum of a bill */
  'memorie-van-toelichting',
  /** any other Kamerstuk or document: what has no kind of its own */
  'kamerstuk',
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Each kind as Dutch readers name it: the site's label, and the title of a document whose text states none. */
export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  commissiedebat: 'Commissiedebat',
  'algemeen-overleg': 'Algemeen overleg',
  'schriftelijk-overleg': 'Schriftelijk overleg',
  kamerbrief: 'Kamerbrief',
  antwoorden: 'Antwoorden op vragen',
  'plenaire-vergadering': 'Plenaire vergadering',
  wetgevingsoverleg: 'Wetgevingsoverleg',
  notaoverleg: 'Notaoverleg',
  procedurevergadering: 'Procedurevergadering',
  motie: 'Motie',
  kamervragen: 'Kamervragen',
  'memorie-van-toelichting': 'Memorie van toelichting',
  kamerstuk: 'Kamerstuk',
};

/** A Kamerstuk number: dossier + ondernummer, e.g. 26 643, nr. 1311 → { dossier: '26643', number: '1311' }. */
export interface PaperNumber {
  /** Dossier without spaces; a sub-dossier keeps its dash: '26643', '21501-30'. */
  dossier: string;
  /** The ondernummer within the dossier, as written: '1311'. */
  number: string;
}

/**
 * What a person is in a given turn. The chair is a member acting as voorzitter; a guest is someone
 * a committee hears who is neither member nor cabinet (an official, an expert: VLOS "Externe spreker").
 */
export type Role = 'member' | 'chair' | 'minister' | 'state-secretary' | 'guest';

/** One person, the same record wherever they appear in the corpus. */
export interface Person {
  /** URL-safe, derived from the name: 'six-dijkstra', 'szabo'. */
  slug: string;
  /** The name as the House writes it, without honorific: 'Six Dijkstra', 'Szabó'. */
  name: string;
  /** 'De heer' / 'Mevrouw' where the text says so. */
  honorific?: string;
  /** Party (fractie) when a member: 'CDA', 'GroenLinks-PvdA'. */
  party?: string;
  /** Office when a member of the cabinet: 'Staatssecretaris Koninkrijksrelaties en Digitalisering'. */
  office?: string;
  /** The House's stable id of the person, where an official source gives it (VLOS `objectid`). */
  id?: string;
  /** First name (roepnaam), where the source gives it: 'Barbara'. */
  firstName?: string;
  /** The full name: 'Barbara Kathmann'. */
  fullName?: string;
}

/** Who speaks in one turn: the person behind the label, resolved (also for "De voorzitter"). */
export interface Speaker {
  slug: string;
  name: string;
  party?: string;
  role: Role;
  /** The office the person speaks in, for a member of the cabinet: 'minister van Justitie en Veiligheid'. */
  office?: string;
  /** Set when the source names no one behind the label ("De voorzitter" with no chair named): the slug is then a placeholder. */
  unresolved?: true;
}

/** A footnote call inside a passage: footnote `number` sits after character `offset` of the text. */
export interface FootnoteCall {
  number: number;
  offset: number;
}

/**
 * The unit a reader cites: one paragraph (or list item) of body text with a stable anchor.
 * The anchor depends only on the passage's own text and context, so it survives edits elsewhere.
 */
export interface Passage {
  /** Stable, short, unique within the document: see `src/ingest/anchors.ts`. */
  anchor: string;
  /** Plain text: hard line breaks undone, markup and footnote markers removed. */
  text: string;
  /** Page of the original publication, where the source establishes it (page footers). */
  page?: number;
  /** Set for items of a bulleted list in the source. */
  listItem?: true;
  /**
   * Set for the chair's words inside another speaker's turn: the announcement of a motion ("Deze
   * motie is voorgesteld door …", "Zij krijgt nr. 253 (29538)."), which the Handelingen print
   * inside the motion, not as a turn of the chair.
   */
  chair?: true;
  footnoteCalls?: FootnoteCall[];
}

/** A speaker turn in a debate. */
export interface Speech {
  type: 'speech';
  speaker: Speaker;
  /** The turn interrupts another speaker's contribution (interruptie). */
  interruption: boolean;
  /** Termijn (round) of the debate where the text establishes it: 1 = eerste termijn. */
  termijn?: number;
  passages: Passage[];
  /** Anchors of the motions submitted in this turn (see `ParliamentaryDocument.motions`). */
  motions?: string[];
}

/** "Voorzitter: Six Dijkstra": from here on the named member chairs the meeting. */
export interface ChairChange {
  type: 'chair-change';
  anchor: string;
  chair: Speaker;
  text: string;
}

/** A line that is neither speech nor heading: "Aanvang 10.00 uur.", "Sluiting 12.32 uur.", attendance. */
export interface ProceduralLine {
  type: 'procedural';
  passage: Passage;
  /** What the line is, where known. */
  role?: 'opening' | 'closing' | 'attendance' | 'other';
  /** Part of a report's front matter (before the first speaker): introduction, signatures, attendance. */
  frontMatter?: true;
  /**
   * Who says the line, where the source establishes it: in the Handelingen the chair's words
   * printed without a label ("Gaat u verder.", "De beraadslaging wordt gesloten.") and the chair's
   * announcement of a motion ("Deze motie is voorgesteld door …"), which the House does not print
   * as turns of their own.
   */
  speaker?: Speaker;
}

/** A numbered heading of a letter or report section (2.1.1 Motie Buijsse – …). */
export interface Heading {
  type: 'heading';
  anchor: string;
  /** 1 = chapter, 2 = section, 3 = subsection. */
  level: number;
  /** The number as printed: '2.1.1'; absent for unnumbered headings. */
  number?: string;
  title: string;
  footnoteCalls?: FootnoteCall[];
}

/** Running text outside speeches and questions (a letter's paragraphs, a report's introduction). */
export interface Paragraph {
  type: 'paragraph';
  passage: Passage;
}

/** A written question with the cabinet's answer. */
export interface Question {
  type: 'question';
  /** Numbered in document order from 1 (also where the source leaves the numbers implicit). */
  number: number;
  /** Anchor of the question: 'vraag-3'. */
  anchor: string;
  /** The party group (fractie) that asks, for a schriftelijk overleg; the member's party otherwise. */
  party?: string;
  /** Slug of the member who asked, where one member did. */
  askedBy?: string;
  passages: Passage[];
  answer: Answer;
}

export interface Answer {
  /** Anchor of the answer: 'antwoord-3'. */
  anchor: string;
  passages: Passage[];
  /** Question numbers this answer refers to ("zie het antwoord op vraag 3"). */
  refersTo: number[];
}

export type Block = Speech | ChairChange | ProceduralLine | Heading | Paragraph | Question;

/** An item of the meeting's agenda: usually a letter with its Kamerstuk. */
export interface AgendaItem {
  anchor: string;
  text: string;
  paper?: PaperNumber;
}

/** Someone present, and in which capacity. */
export interface Participant {
  slug: string;
  role: Role;
  party?: string;
  office?: string;
}

/** What became of a toezegging (commitment) in the chair's closing list. */
export type CommitmentStatus =
  /** made and confirmed (or not contradicted) */
  | 'made'
  /** reworded on the spot by the minister or chair */
  | 'changed'
  /** struck from the list ("Die toezegging kan dus weg", "Dat zeg ik niet toe") */
  | 'withdrawn'
  /** answered during the meeting, so nothing is owed */
  | 'answered';

/** A toezegging: a promise by a member of the cabinet to the House. */
export interface Commitment {
  /** Anchor of the passage that states the commitment. */
  anchor: string;
  text: string;
  /** Slug of the person who commits (minister / state secretary). */
  by?: string;
  /** Slug of the member it was made to. */
  to?: string;
  status: CommitmentStatus;
  /** The minister's reaction when the chair read it out, where there was one. */
  reaction?: { anchor: string; text: string };
}

/**
 * A later document reporting on a toezegging: a letter's section that says "In het commissiedebat …
 * van 30 januari 2025 heeft mijn voorganger uw Kamer toegezegd …", or whose heading cites a register id.
 */
export interface CommitmentReport {
  /** Anchor of the passage that says which commitment it reports on (the heading's, if none does). */
  at: string;
  /** Anchor of the section heading the report stands under. */
  section?: string;
  /** The section's title: what the report is about. */
  subject: string;
  /** ISO date of the meeting where the commitment was made, when the text states it in full. */
  meetingDate?: string;
  /** Slug of the member who asked, when the text names one ("naar aanleiding van de vraag van het lid Kathmann"). */
  member?: string;
  /** Register ids (TZ…) the section cites for the commitment. */
  registerIds: string[];
  /** The sentence that states what was committed. */
  text: string;
}

/** A reference in the text to something that lives elsewhere. */
export type ReferenceKind = 'paper' | 'motion' | 'commitment-id' | 'url' | 'question';

export interface Reference {
  kind: ReferenceKind;
  /** The words as they stand in the text: 'Kamerstuk 26 643, nr. 1311'. */
  text: string;
  /** For a paper: normalised dossier and number. */
  dossier?: string;
  number?: string;
  /** For a commitment id: 'TZ202501-151'; for a motion: its title; for a url: the url; for a question: its number. */
  id?: string;
  /** For a motion: slugs of the members whose name it carries. */
  people?: string[];
  /** Anchor of the passage, heading or footnote that holds the reference, and where in its text. */
  at: string;
  offset: number;
}

export interface Footnote {
  number: number;
  /** 'voetnoot-3' */
  anchor: string;
  text: string;
  /** Anchor of the passage or heading that calls this footnote. */
  calledFrom?: string;
}

/** Text the parser could not classify: kept and shown, never dropped, and counted. */
export interface Unclassified {
  line: number;
  text: string;
}

/** Text of the source that is an artefact of its export, not of the document: removed, but recorded. */
export interface ExportArtefact {
  line: number;
  text: string;
  /** Why it was removed: 'image alt text', 'stale footnote mark'. */
  reason: string;
}

/** What the House decided on a motion or other proposal, where the document says so. */
export type DecisionResult = 'aangenomen' | 'verworpen' | 'aangehouden' | 'ingetrokken' | 'overgenomen';

/** A motie: a proposal by members for the House to adopt, submitted in a debate or published as a Kamerstuk. */
export interface Motion {
  /** Anchor of the motion's text in this document. */
  anchor: string;
  /** Its title as the House gives it: 'Motie van het lid Kathmann over …', or the first words of its text. */
  title: string;
  /** Slugs of the members who submitted it (the first is the first submitter). */
  by: string[];
  /** The motion's text: "De Kamer, gehoord de beraadslaging, … en gaat over tot de orde van de dag." */
  text: string;
  /** The Kamerstuk it was published as, where stated (the number may be unknown at submission). */
  paper?: { dossier: string; number?: string };
  result?: DecisionResult;
  /** Anchor of the turn in which it was submitted, for a motion submitted in a debate. */
  submittedIn?: string;
}

/** A decision recorded in the document: a vote (stemming) or a procedural decision (besluit). */
export interface Decision {
  anchor: string;
  /** What was decided on, as the document says. */
  text: string;
  result?: DecisionResult;
  /** Anchor of the motion it decides on, where it is one in this document. */
  motion?: string;
  /** How each party group (fractie) voted, where the document lists it: { party: 'SP', vote: 'tegen' }. */
  votes?: { party: string; vote: string }[];
}

/**
 * The status of a transcript: an interim (ongecorrigeerd) or corrected (gecorrigeerd) verslag, or
 * a casco: the frame of a verslag published before its text (VLOS Voorpublicatie, status Casco).
 */
export type TranscriptStatus = 'ongecorrigeerd' | 'gecorrigeerd' | 'casco';

/** One parliamentary document, parsed and annotated. */
export interface ParliamentaryDocument {
  /** Stable slug: the file name of the source without extension, as a URL slug (src/ingest/source-id.ts). */
  id: string;
  kind: DocumentKind;
  title: string;
  /** ISO 8601: the date of the meeting, letter or report ('2025-01-30'; '2025-07' where only the month is known). */
  date: string;
  /**
   * Set when neither the text nor the metadata states the date: `date` is then the date in the
   * file's name ('kamerbrief-2023-07-…'), else only a year, the first of the vergaderjaar the text
   * names (or the first year it mentions), and a warning says so.
   */
  dateEstimated?: true;
  /** Other dates the text states: vastgesteld (adopted), the meeting's opening and closing times. */
  dates?: { adopted?: string; opened?: string; closed?: string };
  paper?: PaperNumber;
  /** The dossier's title: 'Informatie- en communicatietechnologie (ICT)'. */
  dossierTitle?: string;
  committee?: string;
  agenda: AgendaItem[];
  participants: Participant[];
  /** Every person the document mentions as speaker, chair, asker or signatory. */
  people: Person[];
  body: Block[];
  commitments: Commitment[];
  references: Reference[];
  footnotes: Footnote[];
  unclassified: Unclassified[];
  /** Sections that report on commitments made earlier (filled by the commitment-reports pass). */
  commitmentReports?: CommitmentReport[];
  /** Export artefacts recognised and taken out of the text (an image's alt text, stale footnote marks). */
  artefacts?: ExportArtefact[];
  /** The House's document number where the text states it: '2026D32673'. */
  documentNumber?: string;
  /** Motions submitted in the debate or published in the document. */
  motions?: Motion[];
  /** Votes and other decisions the document records. */
  decisions?: Decision[];
  /** A transcript's status, where the source states it. */
  status?: TranscriptStatus;
  /** Who sends the document (a letter's minister, an answer's minister), as the letterhead or signature says. */
  sender?: string;
  /** To whom (a letter's addressee: 'De Voorzitter van de Tweede Kamer der Staten-Generaal'). */
  addressee?: string;
  /**
   * Where the document comes from, for an official source: its identifier at the publisher
   * ('kst-35786-7'; for VLOS the MessageID of the published transcript).
   */
  sourceId?: string;
  /**
   * The lines an official publication prints above its text, as printed: 'Tweede Kamer der
   * Staten-Generaal', 'Vergaderjaar 2021-2022', 'Nr. 7', 'Voorgesteld 30 maart 2022'. A Handelingen
   * item whose file leaves the chamber and vergaderjaar out has them from its identifier (h-tk-20172018-…).
   */
  header?: string[];
  /**
   * Anchors this document published before a correction of its source, and the passage each now
   * leads to: a link to an earlier version of the text lands on the passage that replaced it.
   */
  formerAnchors?: FormerAnchor[];
}

/** An anchor published earlier, kept so that links to it still resolve (see src/ingest/anchor-history.ts). */
export interface FormerAnchor {
  anchor: string;
  /** The anchor of the passage it leads to now. */
  now: string;
  /** The words changed (gecorrigeerd); false where only the anchor did (a repeated sentence told apart anew). */
  corrected: boolean;
}
