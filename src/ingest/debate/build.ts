import type {
  Block,
  DocumentKind,
  PaperNumber,
  ParliamentaryDocument,
  Participant,
  Person,
  ProceduralLine,
  Role,
  Speaker,
  Speech,
  Unclassified,
} from '../../model/document.ts';
import { createAnchorAllocator, type AnchorAllocator } from '../anchors.ts';
import { deriveTitle, documentDate } from '../derive.ts';
import type { Diagnostics } from '../diagnostics.ts';
import type { SourceDocument } from '../source.ts';
import { parseClockTime } from '../text/dates.ts';
import { MotionCollector } from './motions.ts';
import { pageOf, readFrontMatter } from './header.ts';
import type { DebateParagraph } from './paragraphs.ts';
import { cabinetRole, createPeopleRegister, registerPerson, type PeopleRegister } from './people.ts';
import { parseChairChange, parseSpeakerLabel, type SpeakerLabel } from './speaker-labels.ts';
import { assignTermijnen, markInterruptions } from './turns.ts';

/**
 * The format-independent part of the debate parsers: from a report's normalised paragraphs to
 * the document model. The format layers (Markdown export, PDF text) only find the paragraphs.
 */
export interface DebateInput {
  source: SourceDocument;
  paragraphs: DebateParagraph[];
  /** The kind when neither the text nor the metadata says it. */
  defaultKind: DocumentKind;
  /** A Kamerstuk the format layer read from the text outside the paragraphs (page footers). */
  paper?: PaperNumber;
  /** What the format layer read from a reader's copy's header lines (the title line, the date line, the kind). */
  header?: { title?: string; titleLine?: number; date?: string; kind?: DocumentKind };
  diagnostics: Diagnostics;
}

/** Lines of the meeting itself, between or after speeches. */
const CLOSING = /^Sluiting \d{1,2}[.:]\d{2} uur\.?$/;
const OPENING = /^Aanvang \d{1,2}[.:]\d{2} uur\.?$/;
const SUSPENSION = /^De vergadering wordt\b.*\bgeschorst\.$/;

export function buildDebate(input: DebateInput): ParliamentaryDocument {
  const { source, paragraphs, diagnostics } = input;
  let firstLabel = paragraphs.findIndex((paragraph) => paragraph.kind === 'label' || paragraph.kind === 'malformed-label');
  if (firstLabel < 0) {
    diagnostics.warn('no speaker turns found: read as front matter and running text', paragraphs[0]?.line ?? 1);
    firstLabel = paragraphs.length;
  }
  const anchors = createAnchorAllocator();
  const people = createPeopleRegister();
  const front = readFrontMatter(paragraphs.slice(0, firstLabel), anchors, people);
  const body = new BodyBuilder(source, anchors, people, front.chair, diagnostics);
  body.blocks.push(...front.blocks);
  const rest = paragraphs.slice(firstLabel);
  rest.forEach((paragraph, index) => body.add(paragraph, rest[index + 1]));
  body.finish();
  completeSpeakers(body.blocks, people);

  assignTermijnen(body.blocks);
  markInterruptions(body.blocks, [...people.bySlug.values()]);

  const kind = front.kind ?? source.metadata.kind ?? input.header?.kind ?? input.defaultKind;
  const dated = documentDate(source, front.date ?? input.header?.date ?? source.metadata.date, diagnostics);
  const paper = front.dossier && front.number ? { dossier: front.dossier, number: front.number } : (input.paper ?? source.metadata.paper);
  const dates = {
    ...(front.adopted ? { adopted: front.adopted } : {}),
    ...(front.opened ?? body.opened ? { opened: front.opened ?? body.opened } : {}),
    ...(body.closed ? { closed: body.closed } : {}),
  };
  const committee = front.committee ?? source.metadata.committee;
  const title = deriveTitle(
    source,
    [
      { title: front.dossierTitle, what: "the dossier's title" },
      { title: input.header?.title, line: input.header?.titleLine, what: 'the title line' },
      { title: body.firstHeading?.text, line: body.firstHeading?.line, what: 'the first heading' },
    ],
    kind,
    dated.date,
    diagnostics,
  );
  const motions = body.motions.records;
  return {
    id: source.id,
    kind,
    title,
    ...dated,
    ...(Object.keys(dates).length > 0 ? { dates } : {}),
    ...(paper ? { paper } : {}),
    ...(front.dossierTitle ? { dossierTitle: front.dossierTitle } : {}),
    ...(committee ? { committee } : {}),
    agenda: front.agenda,
    participants: participantsOf(people, front.present, front.chair, body.roles),
    people: [...people.bySlug.values()],
    body: body.blocks,
    commitments: [],
    references: [],
    footnotes: [],
    unclassified: body.unclassified,
    ...(motions.length > 0 ? { motions } : {}),
  };
}

/** "Deze motie is voorgesteld door …": the chair's announcement of a motion, not a turn of its own. */
const ANNOUNCES_MOTION = /^Deze motie is voorgesteld door\b/;
/** The lines of the announcement: who moved it, that it is seconded, its number. */
const ANNOUNCEMENT = /^(?:Deze motie is voorgesteld door\b|Naar mij blijkt\b|Zij krijgt nr\.)/;

/** Builds the body block by block: speeches, chair changes, procedural lines. */
class BodyBuilder {
  readonly blocks: Block[] = [];
  /** The role each person spoke in (first seen), for the participants list. */
  readonly roles = new Map<string, Role>();
  readonly unclassified: Unclassified[] = [];
  readonly motions: MotionCollector;
  opened?: string;
  closed?: string;
  firstHeading?: { text: string; line: number };
  private readonly source: SourceDocument;
  private readonly anchors: AnchorAllocator;
  private readonly people: PeopleRegister;
  private readonly diagnostics: Diagnostics;
  private chair: string | undefined;
  private speech: { block: Speech; line: number; label: string } | undefined;
  /** After the chair's announcement of a motion: the chair's words up to the next label are procedural lines. */
  private announcing = false;
  private unresolvedChairReported = false;

  constructor(source: SourceDocument, anchors: AnchorAllocator, people: PeopleRegister, chair: string | undefined, diagnostics: Diagnostics) {
    this.source = source;
    this.anchors = anchors;
    this.people = people;
    this.chair = chair;
    this.diagnostics = diagnostics;
    this.motions = new MotionCollector(people);
  }

  add(paragraph: DebateParagraph, next: DebateParagraph | undefined): void {
    if (paragraph.kind === 'label') return this.startSpeech(paragraph, next);
    if (paragraph.kind === 'chair-change') return this.changeChair(paragraph);
    if (paragraph.kind === 'heading') return this.addHeading(paragraph);
    if (paragraph.kind === 'malformed-label') {
      // Meant as a label but unreadable: kept and shown as unclassified; what follows is nobody's turn.
      this.closeSpeech();
      this.unclassified.push({ line: paragraph.line, text: paragraph.text });
      return;
    }
    if (this.announcing) {
      if (ANNOUNCEMENT.test(paragraph.text) && this.speech) {
        // The chair's words inside the mover's turn, marked as the chair's (the Handelingen's motie-info).
        const passage = { anchor: this.anchors.passage(paragraph.text, 'voorzitter'), text: paragraph.text, chair: true as const, ...pageOf(paragraph) };
        this.speech.block.passages.push(passage);
        this.motions.announce(paragraph.text);
        return;
      }
      this.announcing = false;
      // The mover goes on with another motion in the same turn; anything else the chair says is no one's turn.
      if (!this.motions.startsMotion(paragraph.text)) this.closeSpeech();
    }
    if (paragraph.kind === 'text') {
      const procedural = proceduralRole(paragraph.text);
      if (procedural) return void this.addProcedural(paragraph, procedural);
    }
    if (!this.speech) {
      // Text after a procedural line and before the next label: kept, as running text.
      this.blocks.push({ type: 'paragraph', passage: { anchor: this.anchors.passage(paragraph.text, ''), text: paragraph.text, ...pageOf(paragraph) } });
      return;
    }
    const speech = this.speech.block;
    const passage = {
      anchor: this.anchors.passage(paragraph.text, speech.speaker.slug),
      text: paragraph.text,
      ...pageOf(paragraph),
      ...(paragraph.kind === 'bullet' ? { listItem: true as const } : {}),
    };
    speech.passages.push(passage);
    this.motions.read(speech, passage);
  }

  finish(): void {
    this.closeSpeech();
  }

  private startSpeech(paragraph: DebateParagraph, next: DebateParagraph | undefined): void {
    const label = parseSpeakerLabel(paragraph.text)!;
    if (label.kind === 'chair' && next?.kind === 'text' && ANNOUNCES_MOTION.test(next.text) && this.motions.awaitsAnnouncement) {
      // As the official Handelingen mark it (motie-info), the chair's announcement belongs to the motion in the mover's turn.
      this.announcing = true;
      return;
    }
    this.closeSpeech();
    this.announcing = false;
    this.openSpeech(this.speakerOf(label, paragraph), paragraph.line, paragraph.text);
  }

  private openSpeech(speaker: Speaker, line: number, label: string): void {
    const block: Speech = { type: 'speech', speaker, interruption: false, passages: [] };
    this.blocks.push(block);
    this.speech = { block, line, label };
  }

  /** A label with no text after it is not a turn: it is kept as unclassified text. */
  private closeSpeech(): void {
    this.motions.close();
    if (this.speech && this.speech.block.passages.length === 0) {
      this.blocks.splice(this.blocks.lastIndexOf(this.speech.block), 1);
      this.unclassified.push({ line: this.speech.line, text: this.speech.label });
    }
    this.speech = undefined;
  }

  private addHeading(paragraph: DebateParagraph): void {
    this.closeSpeech();
    this.announcing = false;
    this.firstHeading ??= { text: paragraph.text, line: paragraph.line };
    // An agenda item's title: a section of the meeting, as a VLOS transcript's <activiteit> is.
    this.blocks.push({ type: 'heading', anchor: this.anchors.passage(paragraph.text, ''), level: 1, title: paragraph.text });
  }

  private changeChair(paragraph: DebateParagraph): void {
    this.closeSpeech();
    const person = registerPerson(this.people, parseChairChange(paragraph.text)!);
    this.chair = person.slug;
    this.blocks.push({
      type: 'chair-change',
      anchor: this.anchors.passage(paragraph.text, ''),
      chair: speakerFor(person, 'chair'),
      text: paragraph.text,
    });
  }

  private addProcedural(paragraph: DebateParagraph, role: NonNullable<ProceduralLine['role']>): ProceduralLine['passage'] {
    this.closeSpeech();
    if (role === 'closing') this.closed = parseClockTime(paragraph.text);
    if (role === 'opening') this.opened ??= parseClockTime(paragraph.text);
    const passage = { anchor: this.anchors.passage(paragraph.text, ''), text: paragraph.text, ...pageOf(paragraph) };
    this.blocks.push({ type: 'procedural', passage, role });
    return passage;
  }

  /** The person behind a label; "De voorzitter" is whoever chairs at this point of the meeting. */
  private speakerOf(label: SpeakerLabel, paragraph: DebateParagraph): Speaker {
    if (label.kind === 'chair') {
      const chair = this.chair === undefined ? undefined : this.people.bySlug.get(this.chair);
      if (chair) return this.spoke(chair, 'chair');
      if (!this.unresolvedChairReported) {
        this.diagnostics.warn('"De voorzitter" speaks, but no chair has been named ("Voorzitter: …"): the chair\'s turns stay unresolved', paragraph.line);
        this.unresolvedChairReported = true;
      }
      return { ...UNRESOLVED_CHAIR };
    }
    if (label.kind === 'member') {
      // A label without a party ("De heer Eichelsheim:") is someone the committee hears, not a member.
      return this.spoke(registerPerson(this.people, label.name, { honorific: label.honorific, party: label.party }), label.party ? 'member' : 'guest');
    }
    const office = label.title === 'Minister-president' ? { office: 'Minister-president' } : {};
    return this.spoke(registerPerson(this.people, label.name, office), label.role);
  }

  private spoke(person: Person, role: Role): Speaker {
    if (!this.roles.has(person.slug) || this.roles.get(person.slug) === 'chair') this.roles.set(person.slug, role);
    return speakerFor(person, role);
  }
}

/** "De voorzitter" where the text names no one who chairs: the role is known, the person is not. */
const UNRESOLVED_CHAIR: Speaker = { slug: 'voorzitter', name: 'De voorzitter', role: 'chair', unresolved: true };

/** A party learnt later (the chair's own label, further on) is added to the speakers named before it. */
function completeSpeakers(blocks: Block[], people: PeopleRegister): void {
  for (const block of blocks) {
    const speaker = block.type === 'speech' ? block.speaker : block.type === 'chair-change' ? block.chair : undefined;
    const party = speaker && people.bySlug.get(speaker.slug)?.party;
    if (speaker && party) speaker.party = party;
  }
}

function speakerFor(person: Person, role: Role): Speaker {
  return { slug: person.slug, name: person.name, ...(person.party ? { party: person.party } : {}), role };
}

function proceduralRole(text: string): ProceduralLine['role'] | undefined {
  if (CLOSING.test(text)) return 'closing';
  if (OPENING.test(text)) return 'opening';
  if (SUSPENSION.test(text)) return 'other';
  return undefined;
}

/**
 * Who was present and as what: the attendance list's members and cabinet, then anyone else who
 * spoke. The member named as chair in the front matter is 'chair'; cabinet members take their
 * role from their office (or their label); everyone else is a 'member'.
 */
function participantsOf(people: PeopleRegister, present: string[], chair: string | undefined, roles: Map<string, Role>): Participant[] {
  const slugs = [...new Set([...present, ...(chair ? [chair] : []), ...roles.keys()])];
  return slugs.map((slug) => {
    const person = people.bySlug.get(slug)!;
    const spokenRole = roles.get(slug);
    const role: Role =
      slug === chair ? 'chair' : (person.office ? cabinetRole(person.office) : undefined) ?? (spokenRole === 'chair' ? 'member' : spokenRole) ?? 'member';
    return { slug, role, ...(person.party ? { party: person.party } : {}), ...(person.office ? { office: person.office } : {}) };
  });
}
