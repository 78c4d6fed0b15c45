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
} from '../../model/document.ts';
import { createAnchorAllocator, type AnchorAllocator } from '../anchors.ts';
import { SourceError, type SourceDocument } from '../source.ts';
import { parseClockTime } from '../text/dates.ts';
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
}

/** Lines of the meeting itself, between or after speeches. */
const CLOSING = /^Sluiting \d{1,2}[.:]\d{2} uur\.?$/;
const OPENING = /^Aanvang \d{1,2}[.:]\d{2} uur\.?$/;
const SUSPENSION = /^De vergadering wordt\b.*\bgeschorst\.$/;

export function buildDebate(input: DebateInput): ParliamentaryDocument {
  const { source, paragraphs } = input;
  const firstLabel = paragraphs.findIndex((paragraph) => paragraph.kind === 'label');
  if (firstLabel < 0) {
    throw new SourceError(source.path, 'no speaker turns found: a debate report needs speaker labels such as "De voorzitter:"', paragraphs[0]?.line ?? 1);
  }
  const anchors = createAnchorAllocator();
  const people = createPeopleRegister();
  const front = readFrontMatter(paragraphs.slice(0, firstLabel), anchors, people);
  const body = new BodyBuilder(source, anchors, people, front.chair);
  body.blocks.push(...front.blocks);
  for (const paragraph of paragraphs.slice(firstLabel)) body.add(paragraph);
  body.finish();
  completeSpeakers(body.blocks, people);

  assignTermijnen(body.blocks);
  markInterruptions(body.blocks, [...people.bySlug.values()]);

  const kind = front.kind ?? source.metadata.kind ?? input.defaultKind;
  const date = front.date ?? source.metadata.date;
  if (date === undefined) throw new SourceError(source.path, 'the text states no meeting date and the metadata gives none', paragraphs[0]?.line ?? 1);
  const paper = front.dossier && front.number ? { dossier: front.dossier, number: front.number } : (input.paper ?? source.metadata.paper);
  const dates = {
    ...(front.adopted ? { adopted: front.adopted } : {}),
    ...(front.opened ?? body.opened ? { opened: front.opened ?? body.opened } : {}),
    ...(body.closed ? { closed: body.closed } : {}),
  };
  const committee = front.committee ?? source.metadata.committee;
  return {
    id: source.id,
    kind,
    title: source.metadata.title ?? front.dossierTitle ?? (kind === 'algemeen-overleg' ? 'Verslag van een algemeen overleg' : 'Verslag van een commissiedebat'),
    date,
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
    unclassified: [],
  };
}

/** Builds the body block by block: speeches, chair changes, procedural lines. */
class BodyBuilder {
  readonly blocks: Block[] = [];
  /** The role each person spoke in (first seen), for the participants list. */
  readonly roles = new Map<string, Role>();
  opened?: string;
  closed?: string;
  private readonly source: SourceDocument;
  private readonly anchors: AnchorAllocator;
  private readonly people: PeopleRegister;
  private chair: string | undefined;
  private speech: { block: Speech; line: number } | undefined;

  constructor(source: SourceDocument, anchors: AnchorAllocator, people: PeopleRegister, chair: string | undefined) {
    this.source = source;
    this.anchors = anchors;
    this.people = people;
    this.chair = chair;
  }

  add(paragraph: DebateParagraph): void {
    if (paragraph.kind === 'label') return this.startSpeech(paragraph);
    if (paragraph.kind === 'chair-change') return this.changeChair(paragraph);
    if (paragraph.kind === 'text') {
      const procedural = proceduralRole(paragraph.text);
      if (procedural) return this.addProcedural(paragraph, procedural);
    }
    if (!this.speech) {
      // Text after a procedural line and before the next label: kept, as running text.
      this.blocks.push({ type: 'paragraph', passage: { anchor: this.anchors.passage(paragraph.text, ''), text: paragraph.text, ...pageOf(paragraph) } });
      return;
    }
    const speech = this.speech.block;
    speech.passages.push({
      anchor: this.anchors.passage(paragraph.text, speech.speaker.slug),
      text: paragraph.text,
      ...pageOf(paragraph),
      ...(paragraph.kind === 'bullet' ? { listItem: true as const } : {}),
    });
  }

  finish(): void {
    this.closeSpeech();
  }

  private startSpeech(paragraph: DebateParagraph): void {
    this.closeSpeech();
    const label = parseSpeakerLabel(paragraph.text);
    if (!label) throw new SourceError(this.source.path, `not a speaker label: "${paragraph.text}"`, paragraph.line);
    const block: Speech = { type: 'speech', speaker: this.speakerOf(label, paragraph), interruption: false, passages: [] };
    this.blocks.push(block);
    this.speech = { block, line: paragraph.line };
  }

  private closeSpeech(): void {
    if (this.speech && this.speech.block.passages.length === 0) {
      throw new SourceError(this.source.path, 'speaker label with no text after it', this.speech.line);
    }
    this.speech = undefined;
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

  private addProcedural(paragraph: DebateParagraph, role: NonNullable<ProceduralLine['role']>): void {
    this.closeSpeech();
    if (role === 'closing') this.closed = parseClockTime(paragraph.text);
    if (role === 'opening') this.opened ??= parseClockTime(paragraph.text);
    this.blocks.push({ type: 'procedural', passage: { anchor: this.anchors.passage(paragraph.text, ''), text: paragraph.text, ...pageOf(paragraph) }, role });
  }

  /** The person behind a label; "De voorzitter" is whoever chairs at this point of the meeting. */
  private speakerOf(label: SpeakerLabel, paragraph: DebateParagraph): Speaker {
    if (label.kind === 'chair') {
      const chair = this.chair === undefined ? undefined : this.people.bySlug.get(this.chair);
      if (!chair) throw new SourceError(this.source.path, '"De voorzitter" speaks, but no chair has been named ("Voorzitter: …")', paragraph.line);
      return this.spoke(chair, 'chair');
    }
    if (label.kind === 'member') {
      return this.spoke(registerPerson(this.people, label.name, { honorific: label.honorific, party: label.party }), 'member');
    }
    const person = registerPerson(this.people, label.name);
    return this.spoke(person, label.title === 'Minister' ? 'minister' : 'state-secretary');
  }

  private spoke(person: Person, role: Role): Speaker {
    if (!this.roles.has(person.slug) || this.roles.get(person.slug) === 'chair') this.roles.set(person.slug, role);
    return speakerFor(person, role);
  }
}

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
