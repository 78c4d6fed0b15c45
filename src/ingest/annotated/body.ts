import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import type {
  AgendaItem,
  Answer,
  Block,
  Commitment,
  CommitmentStatus,
  Footnote,
  FootnoteCall,
  Passage,
  Person,
  ProceduralLine,
  Question,
  Reference,
  ReferenceKind,
  Speaker,
  Speech,
} from '../../model/document.ts';
import { createAnchorAllocator, type AnchorAllocator } from '../anchors.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { ROLES } from './frontmatter.ts';
import { slugify } from '../../model/slug.ts';

/**
 * The body of Verslag's annotated Markdown (the directives src/markdown/write.ts writes), read back
 * into the model's blocks, agenda, footnotes, references and commitments. What an editor may get
 * wrong (an unknown directive or attribute, a speaker who is not in `people`, a passage without an
 * id) is reported with its line and read as well as it can be; no text is left out.
 */
export interface Body {
  agenda: AgendaItem[];
  body: Block[];
  footnotes: Footnote[];
  references: Reference[];
  commitments: Commitment[];
}

type Directive = ContainerDirective | LeafDirective | TextDirective;

/** Each directive the writer uses, and its attributes. */
const DIRECTIVES: Record<string, { type: Directive['type']; attributes: readonly string[] }> = {
  agenda: { type: 'containerDirective', attributes: [] },
  'agenda-item': { type: 'leafDirective', attributes: ['id', 'dossier', 'number'] },
  speech: { type: 'containerDirective', attributes: ['speaker', 'name', 'party', 'role', 'office', 'unresolved', 'interruption', 'termijn', 'motions'] },
  // `corrected` and `formerly` (earlier anchors of a passage) are derived again from the anchor history (content/anchors/).
  'chair-change': { type: 'leafDirective', attributes: ['id', 'speaker', 'name', 'party', 'role', 'office', 'unresolved', 'corrected', 'formerly'] },
  passage: {
    type: 'containerDirective',
    attributes: ['id', 'page', 'list', 'chair', 'commitment', 'by', 'to', 'reaction', 'procedural', 'front-matter', 'speaker', 'name', 'party', 'role', 'office', 'unresolved', 'corrected', 'formerly'],
  },
  // The text no structure held, shown on the page; the frontmatter's `unclassified` is what is read.
  unclassified: { type: 'containerDirective', attributes: [] },
  heading: { type: 'leafDirective', attributes: ['id', 'level', 'number'] },
  question: { type: 'containerDirective', attributes: ['id', 'number', 'party', 'asker'] },
  answer: { type: 'containerDirective', attributes: ['id', 'question', 'refers'] },
  footnotes: { type: 'containerDirective', attributes: [] },
  footnote: { type: 'containerDirective', attributes: ['id', 'number', 'from'] },
  ref: { type: 'textDirective', attributes: ['kind', 'dossier', 'number', 'id', 'people'] },
  fn: { type: 'textDirective', attributes: ['number'] },
};

const STATUSES: readonly CommitmentStatus[] = ['made', 'changed', 'withdrawn', 'answered'];
const PROCEDURAL_ROLES: readonly NonNullable<ProceduralLine['role']>[] = ['opening', 'closing', 'attendance', 'other'];
const REFERENCE_KINDS: readonly ReferenceKind[] = ['paper', 'motion', 'commitment-id', 'url', 'question'];

/** Text with the references and footnote calls inside it, as read from phrasing content. */
interface Spans {
  text: string;
  references: Omit<Reference, 'at'>[];
  calls: FootnoteCall[];
}

/** A commitment as its passage states it, before its reaction's text is known. */
interface PendingCommitment {
  commitment: Commitment;
  reaction?: string;
  line?: number;
}

export function readBody(tree: Root, people: readonly Person[], diagnostics: Diagnostics): Body {
  return new BodyReader(people, diagnostics).read(tree);
}

const lineOf = (node: Nodes): number | undefined => node.position?.start.line;

function isDirective(node: Nodes): node is Directive {
  return node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective';
}

class BodyReader {
  private readonly people: Map<string, Person>;
  private readonly anchors: AnchorAllocator = createAnchorAllocator();
  /** Ids written in the file, each taken by its first directive; a later directive with the same id gets one of its own. */
  private readonly written = new Map<string, Directive>();
  private readonly result: Body = { agenda: [], body: [], footnotes: [], references: [], commitments: [] };
  private readonly pending: PendingCommitment[] = [];
  private readonly passageTexts = new Map<string, string>();
  /** Question numbers in order, for questions whose number the file does not give. */
  private questions = 0;

  private readonly diagnostics: Diagnostics;

  constructor(people: readonly Person[], diagnostics: Diagnostics) {
    this.people = new Map(people.map((person) => [person.slug, person]));
    this.diagnostics = diagnostics;
  }

  read(tree: Root): Body {
    this.reserveIds(tree);
    this.blocks(tree.children);
    for (const { commitment, reaction, line } of this.pending) {
      if (reaction !== undefined) {
        const text = this.passageTexts.get(reaction);
        if (text === undefined) this.warn(`reaction="${reaction}" names no passage of this document: the commitment is kept without its reaction`, line);
        else commitment.reaction = { anchor: reaction, text };
      }
      this.result.commitments.push(commitment);
    }
    return this.result;
  }

  private warn(message: string, line?: number): void {
    this.diagnostics.warn(message, line);
  }

  /** Takes every id the file writes before reading, so that an anchor derived for a passage without one cannot take it. */
  private reserveIds(node: Nodes): void {
    if (isDirective(node) && DIRECTIVES[node.name]?.type === node.type) {
      const id = node.attributes?.id;
      if (id && !this.written.has(id)) {
        this.written.set(id, node);
        this.anchors.fixed(id);
      }
    }
    if ('children' in node) for (const child of node.children) this.reserveIds(child as Nodes);
  }

  /**
   * The directive's id; where it has none, or an earlier directive has its id, the anchor the
   * parsers would give it: `fixed` (vraag-3, voetnoot-2) or one derived from its text.
   */
  private anchor(node: Directive, text: string, scope = '', fixed?: string): string {
    const id = node.attributes?.id;
    if (id && this.written.get(id) === node) return id;
    if (id) this.warn(`the id "${id}" is used twice: this ${node.name} gets an id of its own`, lineOf(node));
    return fixed !== undefined ? this.fixedAnchor(fixed) : this.anchors.passage(text, scope);
  }

  /** `vraag-3`, or, where the file already uses it, an anchor derived from it. */
  private fixedAnchor(name: string): string {
    try {
      return this.anchors.fixed(name);
    } catch {
      return this.anchors.passage(name);
    }
  }

  /** The directive's attributes, after reporting those it does not have. */
  private attributes(node: Directive): Record<string, string> {
    const attributes = (node.attributes ?? {}) as Record<string, string | null | undefined>;
    const known = DIRECTIVES[node.name]?.attributes ?? [];
    const result: Record<string, string> = {};
    for (const [key, value] of Object.entries(attributes)) {
      if (value === null || value === undefined) continue;
      if (!known.includes(key)) {
        this.warn(`unknown attribute "${key}" on ${node.name} ignored (known: ${known.join(', ') || 'none'})`, lineOf(node));
        continue;
      }
      result[key] = value;
    }
    return result;
  }

  private integer(node: Directive, attributes: Record<string, string>, key: string): number | undefined {
    const value = attributes[key];
    if (value === undefined) return undefined;
    if (/^\d+$/.test(value)) return Number(value);
    this.warn(`${key}="${value}" on ${node.name} is not a whole number: ignored`, lineOf(node));
    return undefined;
  }

  private flag(node: Directive, attributes: Record<string, string>, key: string): boolean {
    const value = attributes[key];
    if (value === undefined) return false;
    if (value !== '' && value !== 'true') this.warn(`${key} on ${node.name} is a flag (written bare, as {${key}}): read as set`, lineOf(node));
    return true;
  }

  private oneOf<T extends string>(node: Directive, attributes: Record<string, string>, key: string, values: readonly T[]): T | undefined {
    const value = attributes[key];
    if (value === undefined) return undefined;
    if ((values as readonly string[]).includes(value)) return value as T;
    this.warn(`${key}="${value}" on ${node.name} is not one of ${values.join(', ')}: ignored`, lineOf(node));
    return undefined;
  }

  /** Top-level content, and the content of a directive that is not Verslag's, block by block. */
  private blocks(nodes: readonly RootContent[]): void {
    for (let index = 0; index < nodes.length; index++) {
      const node = nodes[index]!;
      if (!isDirective(node)) {
        this.plainBlock(node);
        continue;
      }
      if (DIRECTIVES[node.name]?.type !== node.type) {
        this.unknownDirective(node);
        continue;
      }
      switch (node.name) {
        case 'agenda':
          this.agenda(node as ContainerDirective);
          break;
        case 'speech':
          this.result.body.push(this.speech(node as ContainerDirective));
          break;
        case 'chair-change':
          this.result.body.push(this.chairChange(node as LeafDirective));
          break;
        case 'passage':
          this.result.body.push(this.topPassage(node as ContainerDirective));
          break;
        case 'heading':
          this.result.body.push(this.heading(node as LeafDirective));
          break;
        case 'question': {
          const next = nodes[index + 1];
          const answer = next?.type === 'containerDirective' && next.name === 'answer' ? next : undefined;
          if (answer) index++;
          this.result.body.push(this.question(node as ContainerDirective, answer));
          break;
        }
        case 'footnotes':
          this.footnotes(node as ContainerDirective);
          break;
        case 'unclassified':
          break;
        case 'answer':
          this.warn('an answer that follows no question: its passages are kept as paragraphs', lineOf(node));
          this.blocks((node as ContainerDirective).children);
          break;
        default:
          // agenda-item, footnote, ref, fn outside their place.
          this.warn(`${node.name} outside its place (${placeOf(node.name)}): its text is kept as a paragraph`, lineOf(node));
          this.keepAsParagraph(node);
      }
    }
  }

  /** Markdown that is not a directive: a plain paragraph is a paragraph of the document; other Markdown is kept as text. */
  private plainBlock(node: RootContent): void {
    if (node.type !== 'paragraph') {
      this.warn(`Markdown ${node.type} is not part of the annotated format: its text is kept as a paragraph`, lineOf(node));
    }
    const text = plainText(node);
    if (text.trim() === '') return;
    const passage = this.passageOf(node.type === 'paragraph' ? node.children : [{ type: 'text', value: text }], undefined, '');
    this.result.body.push({ type: 'paragraph', passage });
  }

  private unknownDirective(node: Directive): void {
    const known = Object.keys(DIRECTIVES).filter((name) => DIRECTIVES[name]!.type === node.type);
    this.warn(`unknown directive "${node.name}" (known here: ${known.join(', ')}): its text is kept`, lineOf(node));
    if (node.type === 'containerDirective') this.blocks(node.children);
    else this.keepAsParagraph(node);
  }

  private keepAsParagraph(node: Directive): void {
    if (node.type === 'containerDirective') {
      this.blocks(node.children);
      return;
    }
    const passage = this.passageOf(node.children, undefined, '');
    if (passage.text.trim() !== '') this.result.body.push({ type: 'paragraph', passage });
  }

  /** Reads phrasing content, appending to `spans`; offsets count from the start of `spans.text`. */
  private phrasing(nodes: readonly PhrasingContent[], spans: Spans): void {
    for (const node of nodes) {
      if (node.type === 'text') {
        spans.text += node.value;
      } else if (node.type === 'textDirective' && node.name === 'ref') {
        const attributes = this.attributes(node);
        const reference: Omit<Reference, 'at'> = { kind: 'paper', text: '', offset: spans.text.length };
        const index = spans.references.length;
        spans.references.push(reference);
        this.phrasing(node.children, spans);
        reference.text = spans.text.slice(reference.offset);
        const kind = this.oneOf(node, attributes, 'kind', REFERENCE_KINDS);
        if (kind === undefined) {
          if (attributes.kind === undefined) this.warn('a ref without kind: its text is kept, not as a reference', lineOf(node));
          spans.references.splice(index, 1);
          continue;
        }
        reference.kind = kind;
        if (attributes.dossier !== undefined) reference.dossier = attributes.dossier;
        if (attributes.number !== undefined) reference.number = attributes.number;
        if (attributes.id !== undefined) reference.id = attributes.id;
        if (attributes.people !== undefined) reference.people = attributes.people.split(' ').filter((slug) => slug !== '');
      } else if (node.type === 'textDirective' && node.name === 'fn') {
        const number = this.integer(node, this.attributes(node), 'number');
        if (number === undefined) {
          this.warn('a footnote call without a number: ignored', lineOf(node));
          continue;
        }
        spans.calls.push({ number, offset: spans.text.length });
      } else if (node.type === 'textDirective') {
        this.warn(`unknown directive "${node.name}" (known here: ref, fn): its text is kept`, lineOf(node));
        this.phrasing(node.children, spans);
      } else {
        this.warn(`Markdown ${node.type} is not part of the annotated format: its text is kept as plain text`, lineOf(node));
        spans.text += plainText(node);
      }
    }
  }

  private spansOf(nodes: readonly PhrasingContent[]): Spans {
    const spans: Spans = { text: '', references: [], calls: [] };
    this.phrasing(nodes, spans);
    return spans;
  }

  private addReferences(spans: Spans, at: string, shift = 0): void {
    for (const reference of spans.references) this.result.references.push({ ...reference, offset: reference.offset - shift, at });
  }

  /** A passage's text from its paragraph; an editor's second paragraph is joined to the first. */
  private passageSpans(node: ContainerDirective): Spans {
    const spans: Spans = { text: '', references: [], calls: [] };
    node.children.forEach((child, index) => {
      if (index > 0) {
        this.warn(`a passage holds one paragraph: its paragraph on line ${lineOf(child)} is joined to the one before (write a passage of its own to keep it apart)`, lineOf(child));
        spans.text += ' ';
      }
      if (child.type === 'paragraph') this.phrasing(child.children, spans);
      else {
        this.warn(`${isDirective(child) ? `directive "${child.name}"` : `Markdown ${child.type}`} inside a passage: its text is kept as plain text`, lineOf(child));
        spans.text += plainText(child);
      }
    });
    return spans;
  }

  /** A passage: from a passage directive, or from plain Markdown paragraph content (then `node` is undefined and its anchor is derived). */
  private passageOf(content: readonly PhrasingContent[], node: ContainerDirective | undefined, scope: string): Passage {
    const spans = node ? this.passageSpans(node) : this.spansOf(content);
    const anchor = node ? this.anchor(node, spans.text, scope) : this.anchors.passage(spans.text, scope);
    const passage: Passage = { anchor, text: spans.text };
    if (node) {
      const attributes = this.attributes(node);
      const page = this.integer(node, attributes, 'page');
      if (page !== undefined) passage.page = page;
      if (this.flag(node, attributes, 'list')) passage.listItem = true;
      if (this.flag(node, attributes, 'chair')) passage.chair = true;
      this.commitment(node, attributes, passage);
    }
    if (spans.calls.length > 0) passage.footnoteCalls = spans.calls;
    this.addReferences(spans, anchor);
    this.passageTexts.set(anchor, passage.text);
    return passage;
  }

  private commitment(node: ContainerDirective, attributes: Record<string, string>, passage: Passage): void {
    const status = this.oneOf(node, attributes, 'commitment', STATUSES);
    if (status === undefined) {
      const stray = ['by', 'to', 'reaction'].filter((key) => attributes[key] !== undefined);
      if (stray.length > 0 && attributes.commitment === undefined) this.warn(`${stray.join(', ')} on a passage that is no commitment (no commitment="…"): ignored`, lineOf(node));
      return;
    }
    const commitment: Commitment = { anchor: passage.anchor, text: passage.text, status };
    if (attributes.by !== undefined) commitment.by = this.personSlug(attributes.by, 'by', node);
    if (attributes.to !== undefined) commitment.to = this.personSlug(attributes.to, 'to', node);
    this.pending.push({ commitment, ...(attributes.reaction !== undefined ? { reaction: attributes.reaction } : {}), line: lineOf(node) });
  }

  /** A slug that should name someone in `people`; kept as written, with a warning, where it does not. */
  private personSlug(slug: string, attribute: string, node: Directive): string {
    if (!this.people.has(slug)) this.warn(`${attribute}="${slug}" names no person in the frontmatter's people`, lineOf(node));
    return slug;
  }

  /**
   * Who speaks: the `speaker` attribute names the person; the turn's name and party are that
   * person's, so an editor who moves a turn to someone else changes `speaker` (name and party
   * follow; where they still say someone else, the person's record wins, with a warning).
   */
  private speaker(node: Directive, attributes: Record<string, string>): Speaker {
    const role = this.oneOf(node, attributes, 'role', ROLES);
    if (role === undefined && attributes.role === undefined) this.warn(`${node.name} without role: read as member`, lineOf(node));
    let slug = attributes.speaker;
    if (slug === undefined || slug === '') {
      this.warn(`${node.name} without speaker="…": the speaker is unresolved`, lineOf(node));
      slug = attributes.name ? slugify(attributes.name) : 'onbekend';
    }
    const person = this.people.get(slug);
    const unresolved = this.flag(node, attributes, 'unresolved');
    const speaker: Speaker = { slug, name: attributes.name ?? person?.name ?? slug, role: role ?? 'member' };
    if (attributes.party !== undefined) speaker.party = attributes.party;
    else if (attributes.name === undefined && person?.party !== undefined) speaker.party = person.party;
    if (attributes.office !== undefined) speaker.office = attributes.office;
    if (unresolved) speaker.unresolved = true;
    if (!person) {
      if (!unresolved) this.warn(`speaker="${slug}" names no person in the frontmatter's people: add the person there, or name one who is`, lineOf(node));
      return speaker;
    }
    const disagree = [
      speaker.name !== person.name ? `name "${speaker.name}"` : undefined,
      person.party !== undefined && speaker.party !== undefined && speaker.party !== person.party ? `party "${speaker.party}"` : undefined,
    ].filter((item) => item !== undefined);
    if (disagree.length > 0) {
      this.warn(
        `speaker="${slug}" is ${person.name}${person.party ? ` (${person.party})` : ''}, but the ${node.name} says ${disagree.join(' and ')}: ` +
          'the speaker attribute decides, so the person\'s name and party are used',
        lineOf(node),
      );
      speaker.name = person.name;
      if (person.party !== undefined) speaker.party = person.party;
      else delete speaker.party;
    }
    return speaker;
  }

  private speech(node: ContainerDirective): Speech {
    const attributes = this.attributes(node);
    const speaker = this.speaker(node, attributes);
    const speech: Speech = { type: 'speech', speaker, interruption: this.flag(node, attributes, 'interruption'), passages: this.passages(node, speaker.slug) };
    const termijn = this.integer(node, attributes, 'termijn');
    if (termijn !== undefined) speech.termijn = termijn;
    if (attributes.motions !== undefined) speech.motions = attributes.motions.split(' ').filter((anchor) => anchor !== '');
    return speech;
  }

  /** The passages of a speech, question or answer: its passage directives, and plain paragraphs an editor wrote. */
  private passages(node: ContainerDirective, scope: string): Passage[] {
    const passages: Passage[] = [];
    for (const child of node.children) {
      if (child.type === 'containerDirective' && child.name === 'passage') passages.push(this.passageOf([], child, scope));
      else if (child.type === 'paragraph') passages.push(this.passageOf(child.children, undefined, scope));
      else {
        this.warn(`${isDirective(child) ? `directive "${child.name}"` : `Markdown ${child.type}`} inside a ${node.name}: its text is kept as a passage`, lineOf(child));
        const text = plainText(child);
        if (text.trim() !== '') passages.push(this.passageOf([{ type: 'text', value: text }], undefined, scope));
      }
    }
    return passages;
  }

  private chairChange(node: LeafDirective): Block {
    const attributes = this.attributes(node);
    const spans = this.spansOf(node.children);
    return { type: 'chair-change', anchor: this.anchor(node, spans.text), chair: this.speaker(node, attributes), text: spans.text };
  }

  private topPassage(node: ContainerDirective): Block {
    const attributes = this.attributes(node);
    const passage = this.passageOf([], node, '');
    if (attributes.procedural === undefined) {
      const stray = ['front-matter', 'speaker', 'name', 'party', 'role', 'office', 'unresolved'].filter((key) => attributes[key] !== undefined);
      if (stray.length > 0) this.warn(`${stray.join(', ')} on a passage that is not procedural: ignored`, lineOf(node));
      return { type: 'paragraph', passage };
    }
    const line: ProceduralLine = { type: 'procedural', passage };
    const role = attributes.procedural === '' ? undefined : this.oneOf(node, attributes, 'procedural', PROCEDURAL_ROLES);
    if (role !== undefined) line.role = role;
    if (this.flag(node, attributes, 'front-matter')) line.frontMatter = true;
    // Who says the line (the chair's unlabelled words in the Handelingen).
    if (attributes.speaker !== undefined) line.speaker = this.speaker(node, attributes);
    return line;
  }

  private heading(node: LeafDirective): Block {
    const attributes = this.attributes(node);
    const spans = this.spansOf(node.children);
    const number = attributes.number;
    // The label is the number, a space and the title.
    let shift = 0;
    if (number !== undefined) {
      if (spans.text.startsWith(`${number} `)) shift = number.length + 1;
      else this.warn(`a heading numbered "${number}" whose text does not start with that number: the whole text is its title`, lineOf(node));
    }
    const anchor = this.anchor(node, spans.text);
    const level = this.integer(node, attributes, 'level');
    if (level === undefined || level < 1) this.warn('a heading without a level of 1 or more: read as level 2', lineOf(node));
    const heading: Block = { type: 'heading', anchor, level: level !== undefined && level >= 1 ? level : 2, title: spans.text.slice(shift) };
    if (number !== undefined) heading.number = number;
    if (spans.calls.length > 0) heading.footnoteCalls = spans.calls.map((call) => ({ ...call, offset: call.offset - shift }));
    this.addReferences(spans, anchor, shift);
    return heading;
  }

  private question(node: ContainerDirective, answerNode: ContainerDirective | undefined): Question {
    const attributes = this.attributes(node);
    this.questions++;
    let number = this.integer(node, attributes, 'number');
    if (number === undefined) {
      this.warn(`a question without a number: numbered ${this.questions}, its place in the document`, lineOf(node));
      number = this.questions;
    }
    const question: Question = {
      type: 'question',
      number,
      anchor: this.anchor(node, `vraag-${number}`, '', `vraag-${number}`),
      passages: this.passages(node, ''),
      answer: this.answer(answerNode, number, node),
    };
    if (attributes.party !== undefined) question.party = attributes.party;
    if (attributes.asker !== undefined) question.askedBy = this.personSlug(attributes.asker, 'asker', node);
    return question;
  }

  private answer(node: ContainerDirective | undefined, number: number, questionNode: ContainerDirective): Answer {
    if (!node) {
      this.warn(`question ${number} is not followed by its answer (an :::answer container): it is read with an empty answer`, lineOf(questionNode));
      return { anchor: this.fixedAnchor(`antwoord-${number}`), passages: [], refersTo: [] };
    }
    const attributes = this.attributes(node);
    const question = this.integer(node, attributes, 'question');
    if (question !== undefined && question !== number) this.warn(`the answer after question ${number} says question="${question}": it is read as the answer to ${number}`, lineOf(node));
    const refersTo = (attributes.refers ?? '').split(' ').filter((item) => item !== '');
    const numbers = refersTo.filter((item) => /^\d+$/.test(item)).map(Number);
    if (numbers.length < refersTo.length) this.warn(`refers="${attributes.refers}" on an answer: only question numbers are read`, lineOf(node));
    return { anchor: this.anchor(node, `antwoord-${number}`, '', `antwoord-${number}`), passages: this.passages(node, ''), refersTo: numbers };
  }

  private agenda(node: ContainerDirective): void {
    for (const child of node.children) {
      if (child.type !== 'leafDirective' || child.name !== 'agenda-item') {
        this.warn(`${isDirective(child) ? `directive "${child.name}"` : `Markdown ${child.type}`} inside the agenda, which holds agenda-items: its text is kept as an agenda item`, lineOf(child));
      }
      const attributes = child.type === 'leafDirective' && child.name === 'agenda-item' ? this.attributes(child) : {};
      const spans = child.type === 'paragraph' || child.type === 'leafDirective' ? this.spansOf(child.children) : { text: plainText(child), references: [], calls: [] };
      const anchor = isDirective(child) ? this.anchor(child, spans.text) : this.anchors.passage(spans.text);
      const item: AgendaItem = { anchor, text: spans.text };
      if (attributes.dossier !== undefined && attributes.number !== undefined) item.paper = { dossier: attributes.dossier, number: attributes.number };
      this.addReferences(spans, anchor);
      this.result.agenda.push(item);
    }
  }

  private footnotes(node: ContainerDirective): void {
    for (const child of node.children) {
      if (child.type !== 'containerDirective' || child.name !== 'footnote') {
        this.warn(`${isDirective(child) ? `directive "${child.name}"` : `Markdown ${child.type}`} inside the footnotes, which hold footnotes: its text is kept as a paragraph`, lineOf(child));
        this.blocks([child]);
        continue;
      }
      const attributes = this.attributes(child);
      const number = this.integer(child, attributes, 'number');
      if (number === undefined) {
        this.warn('a footnote without a number: its text is kept as a paragraph', lineOf(child));
        this.blocks(child.children);
        continue;
      }
      const spans = this.passageSpans(child);
      const anchor = this.anchor(child, `voetnoot-${number}`, '', `voetnoot-${number}`);
      const footnote: Footnote = { number, anchor, text: spans.text };
      if (attributes.from !== undefined) footnote.calledFrom = attributes.from;
      this.addReferences(spans, anchor);
      this.result.footnotes.push(footnote);
    }
  }
}

/** Where a directive belongs, for a message. */
function placeOf(name: string): string {
  switch (name) {
    case 'agenda-item':
      return 'inside :::agenda';
    case 'footnote':
      return 'inside :::footnotes';
    default:
      return 'inside a passage or heading';
  }
}

/** The characters of any Markdown node, without its markup. */
function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if (node.type === 'break') return '\n';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join(node.type === 'list' || node.type === 'blockquote' || node.type === 'root' ? '\n' : '');
  return '';
}
