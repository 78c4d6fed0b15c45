import type { SourceFormatModule } from '../format.ts';
import type {
  Block,
  Footnote,
  Heading,
  PaperNumber,
  ParliamentaryDocument,
  Passage,
  Person,
  Question,
  Unclassified,
} from '../../model/document.ts';
import { createAnchorAllocator, type AnchorAllocator } from '../anchors.ts';
import { deriveTitle, documentDate } from '../derive.ts';
import { Diagnostics } from '../diagnostics.ts';
import { normaliseDossier } from '../../model/papers.ts';
import { slugify } from '../../model/slug.ts';
import { SourceError, type SourceDocument } from '../source.ts';
import { parseDutchDate } from '../text/dates.ts';
import { normaliseParty } from '../parties.ts';
import { isGroupIntroduction, isMemberText } from '../written/member-voice.ts';
import { continuesAfterPageBreak } from '../written/page-breaks.ts';
import { toPlainText } from '../written/plain-text.ts';
import { footnoteNumbersIn, parseFootnoteTextLine, takeFootnoteCalls } from '../written/superscript-footnotes.ts';

/**
 * Verslag van een schriftelijk overleg (seed 002): a header (dossier, Nr., Vastgesteld), the
 * committee's introduction and signatures, an Inhoudsopgave, then per fractie its questions, each
 * answered under "Antwoord van het kabinet". Questions are not numbered in the source; they are
 * numbered here in document order. Footnotes are superscript digits, their texts placed mid-flow.
 */

/** "22 112 Nieuwe Commissievoorstellen …": the dossier and its title. */
const DOSSIER_LINE = /^(\d{2} ?\d{3}(?:-[\dA-Z]+)?) +(\S.*)$/;
/** "Nr. 4312 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG" */
const NUMBER_LINE = /^Nr\. ?(\d+)\b/;
const ADOPTED_LINE = /^Vastgesteld\s+(.+)$/;
/**
 * The heading of the cabinet's answer under each question: "Antwoord van het kabinet", or as other
 * reports print it, "Reactie van de staatssecretaris", "Reactie van de minister", "Antwoord van de
 * regering", "Reactie van het kabinet", "Reactie van de bewindspersoon".
 */
const ANSWER_LABEL = /^(?:Antwoord|Reactie) van (?:het kabinet|de regering|de bewindspersoon|de (?:minister|staatssecretaris)(?: van [\p{L} ,'-]+| voor [\p{L} ,'-]+)?)\s*$/iu;
const ANSWER_LABEL_LINE = new RegExp(ANSWER_LABEL.source, 'imu');
const TABLE_OF_CONTENTS = /^Inhoudsopgave\s*$/;
/** "I Vragen en opmerkingen vanuit de fracties en reactie van bewindspersoon" */
const CHAPTER_HEADING = /^([IVX]+) +(\p{Lu}[^.?!]*)$/u;
/** "Vragen en opmerkingen van de leden van de PVV-fractie" (the Inhoudsopgave leaves out 'de'). */
const GROUP_HEADING = /^Vragen en opmerkingen van de leden van (?:de )?(\S+)-fractie$/;
/** "De vaste commissie voor Digitale Zaken heeft een aantal vragen …" */
const COMMITTEE = /\b((?:vaste|algemene) commissie voor [^,.]+?) heeft\b/;

/** A run of non-blank lines of the source. */
interface SourceBlock {
  line: number;
  lines: string[];
}

/** The source, read block by block into what the body is made of (footnote texts taken out). */
type Item =
  | { kind: 'text'; raw: string; line: number }
  | { kind: 'signature'; raw: string; line: number; name: string }
  | { kind: 'contents'; raw: string; line: number }
  | { kind: 'chapter'; number: string; title: string; line: number }
  | { kind: 'group'; title: string; party: string; line: number }
  | { kind: 'answer-label'; line: number; text: string };

interface FootnoteText {
  number: number;
  raw: string;
  line: number;
}

interface Header {
  dossier?: string;
  number?: string;
  dossierTitle?: string;
  adopted?: string;
}

interface ReadSource {
  header: Header;
  items: Item[];
  footnoteTexts: FootnoteText[];
  /** Source line of each footnote call, for error messages. */
  callLines: Map<number, number>;
}

export function parseWrittenConsultation(source: SourceDocument, diagnostics = new Diagnostics(source.path)): ParliamentaryDocument {
  if (source.text.trim() === '') throw new SourceError(source.path, 'the file is empty', 1);
  const read = readSource(source);
  const anchors = createAnchorAllocator();
  const calls: CallSite[] = [];
  const unclassified: Unclassified[] = [];
  const body = buildBody(joinPageBreaks(read.items), anchors, calls, diagnostics, unclassified);
  const footnotes = matchFootnotes(read, calls, anchors, diagnostics, unclassified);

  const dated = documentDate(source, read.header.adopted ?? source.metadata.date, diagnostics);
  const { dossier, number } = read.header;
  const paper: PaperNumber | undefined = dossier && number ? { dossier, number } : source.metadata.paper;
  const introduction = read.items.find((item) => item.kind === 'text');
  const committee = (introduction && COMMITTEE.exec(introduction.raw)?.[1]) ?? source.metadata.committee;

  return {
    id: source.id,
    kind: 'schriftelijk-overleg',
    title: deriveTitle(source, [{ title: read.header.dossierTitle, what: "the dossier's title" }], 'schriftelijk-overleg', dated.date, diagnostics),
    ...dated,
    ...(read.header.adopted ? { dates: { adopted: read.header.adopted } } : {}),
    ...(paper ? { paper } : {}),
    ...(read.header.dossierTitle ? { dossierTitle: read.header.dossierTitle } : {}),
    ...(committee ? { committee } : {}),
    agenda: [],
    participants: [],
    people: signatories(read.items),
    body,
    commitments: [],
    references: [],
    footnotes,
    unclassified,
  };
}

/** Blank lines separate blocks; each block keeps the 1-based line it starts on. */
function splitBlocks(text: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let current: SourceBlock | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      current = undefined;
      return;
    }
    if (!current) blocks.push((current = { line: index + 1, lines: [] }));
    current.lines.push(line);
  });
  return blocks;
}

/** Sorts the blocks into header, front matter, table of contents, body and footnote texts. */
function readSource(source: SourceDocument): ReadSource {
  const header: Header = {};
  const items: Item[] = [];
  const footnoteTexts: FootnoteText[] = [];
  const callLines = new Map<number, number>();
  let mode: 'front' | 'contents' | 'body' = 'front';
  const contentsKeys = new Set<string>();

  for (const block of splitBlocks(source.text)) {
    if (parseFootnoteTextLine(block.lines[0]!)) {
      footnoteTexts.push(...readFootnoteTexts(block));
      continue;
    }
    block.lines.forEach((line, index) => {
      for (const number of footnoteNumbersIn(line)) if (!callLines.has(number)) callLines.set(number, block.line + index);
    });
    const raw = block.lines.join(' ');
    const single = block.lines.length === 1 ? raw.trim() : undefined;

    if (mode === 'front' && single !== undefined && readHeaderLine(single, header)) continue;
    if (mode === 'front' && single !== undefined && TABLE_OF_CONTENTS.test(single)) {
      mode = 'contents';
      items.push({ kind: 'contents', raw: single, line: block.line });
      continue;
    }
    const heading = single === undefined ? undefined : readHeading(single, block.line);
    if (mode === 'contents') {
      // The Inhoudsopgave ends where its first entry comes round again as the body's heading.
      const key = heading && headingKey(heading);
      if (key !== undefined && !contentsKeys.has(key)) {
        contentsKeys.add(key);
        items.push({ kind: 'contents', raw: single!, line: block.line });
        continue;
      }
      mode = 'body';
    }
    if (heading) {
      mode = 'body';
      items.push(heading);
    } else if (single !== undefined && ANSWER_LABEL.test(single)) {
      mode = 'body';
      items.push({ kind: 'answer-label', line: block.line, text: single.trim() });
    } else if (mode === 'front' && isSignature(block)) {
      items.push({ kind: 'signature', raw, line: block.line, name: block.lines.at(-1)!.trim() });
    } else {
      items.push({ kind: 'text', raw, line: block.line });
    }
  }
  return { header, items, footnoteTexts, callLines };
}

/** The dossier line, the "Nr." line and the "Vastgesteld" line become the document's fields. */
function readHeaderLine(line: string, header: Header): boolean {
  const dossier = header.dossier === undefined ? DOSSIER_LINE.exec(line) : null;
  if (dossier) {
    header.dossier = normaliseDossier(dossier[1]!);
    header.dossierTitle = dossier[2]!.trim();
    return true;
  }
  const number = header.dossier !== undefined && header.number === undefined ? NUMBER_LINE.exec(line) : null;
  if (number) {
    header.number = number[1]!;
    return true;
  }
  const adopted = ADOPTED_LINE.exec(line);
  const date = adopted ? parseDutchDate(adopted[1]!) : undefined;
  if (date && header.adopted === undefined) {
    header.adopted = date;
    return true;
  }
  return false;
}

function readHeading(line: string, lineNumber: number): Item | undefined {
  const group = GROUP_HEADING.exec(line);
  if (group) return { kind: 'group', title: line, party: normaliseParty(group[1]!), line: lineNumber };
  const chapter = CHAPTER_HEADING.exec(line);
  if (chapter) return { kind: 'chapter', number: chapter[1]!, title: chapter[2]!.trim(), line: lineNumber };
  return undefined;
}

/** What identifies a heading across the Inhoudsopgave and the body, whose wordings differ slightly. */
function headingKey(item: Item): string | undefined {
  if (item.kind === 'chapter') return `chapter ${item.number}`;
  if (item.kind === 'group') return `group ${item.party}`;
  return undefined;
}

/** "De voorzitter van de commissie," + "Kathmann": a function ending in a comma, then a name. */
function isSignature(block: SourceBlock): boolean {
  return block.lines.length === 2 && /,$/.test(block.lines[0]!) && /^\p{Lu}[\p{L} .'-]*$/u.test(block.lines[1]!.trim());
}

/** A footnote block: each line that starts with a superscript number starts a footnote; others continue it. */
function readFootnoteTexts(block: SourceBlock): FootnoteText[] {
  const texts: FootnoteText[] = [];
  block.lines.forEach((line, index) => {
    const start = parseFootnoteTextLine(line);
    if (start) texts.push({ number: start.number, raw: start.text, line: block.line + index });
    else texts.at(-1)!.raw += ` ${line}`;
  });
  return texts;
}

/** Rejoins the halves of paragraphs that a page break (and the footnote text placed there) cut in two. */
function joinPageBreaks(items: Item[]): Item[] {
  const joined: Item[] = [];
  for (const item of items) {
    const previous = joined.at(-1);
    if (item.kind === 'text' && previous?.kind === 'text' && continuesAfterPageBreak(previous.raw, item.raw)) {
      joined[joined.length - 1] = { ...previous, raw: `${previous.raw} ${item.raw}` };
    } else {
      joined.push(item);
    }
  }
  return joined;
}

/** Where a footnote is called: the anchor of the passage or heading that calls it. */
interface CallSite {
  number: number;
  anchor: string;
}

/** Builds the body: front matter and headings as they come, question–answer pairs per fractie. */
function buildBody(items: Item[], anchors: AnchorAllocator, calls: CallSite[], diagnostics: Diagnostics, unclassified: Unclassified[]): Block[] {
  const body: Block[] = [];
  const passage = (raw: string): Passage => {
    const { text, calls: found } = takeFootnoteCalls(toPlainText(raw));
    const anchor = anchors.passage(text, '');
    for (const call of found) calls.push({ number: call.number, anchor });
    return { anchor, text, ...(found.length ? { footnoteCalls: found } : {}) };
  };
  const paragraph = (raw: string): Block => ({ type: 'paragraph', passage: passage(raw) });

  let party: string | undefined;
  let chapters = 0;
  let groups = 0;
  /** The question whose answer is being read, with the line of its label. */
  let open: { question: Question; line: number } | undefined;
  /** Text since the last heading or label, not yet assigned. */
  let pending: Extract<Item, { kind: 'text' }>[] = [];

  const closeAnswer = (): void => {
    if (!open) return;
    if (open.question.answer.passages.length === 0) diagnostics.warn('an answer heading with no answer text after it: the question stays unanswered', open.line);
    open = undefined;
  };
  const flushPending = (): void => {
    if (open) open.question.answer.passages.push(...pending.map((item) => passage(item.raw)));
    else body.push(...pending.map((item) => paragraph(item.raw)));
    pending = [];
    closeAnswer();
  };

  for (const item of items) {
    switch (item.kind) {
      case 'text':
        pending.push(item);
        break;
      case 'signature':
        flushPending();
        body.push(paragraph(item.raw));
        break;
      case 'contents':
        flushPending();
        body.push({ type: 'procedural', passage: passage(item.raw), role: 'other' });
        break;
      case 'chapter':
      case 'group': {
        flushPending();
        if (item.kind === 'chapter') {
          chapters += 1;
          groups = 0;
        } else {
          groups += 1;
          party = item.party;
        }
        const { text, calls: found } = takeFootnoteCalls(toPlainText(item.title));
        const anchor = anchors.fixed(item.kind === 'chapter' ? `s-${chapters}` : `s-${chapters}-${groups}`);
        for (const call of found) calls.push({ number: call.number, anchor });
        const heading: Heading = {
          type: 'heading',
          anchor,
          level: item.kind === 'chapter' ? 1 : 2,
          ...(item.kind === 'chapter' ? { number: item.number } : {}),
          title: text,
          ...(found.length ? { footnoteCalls: found } : {}),
        };
        body.push(heading);
        break;
      }
      case 'answer-label': {
        const questionStart = questionStartIndex(pending, open !== undefined);
        if (questionStart === pending.length) {
          // No question to pair it with: the heading is kept as unclassified text, its answer as running text.
          unclassified.push({ line: item.line, text: item.text });
          flushPending();
          break;
        }
        const before = pending.slice(0, questionStart);
        const asked = pending.slice(questionStart);
        pending = before;
        flushPending();
        const number = body.filter((block) => block.type === 'question').length + 1;
        const question: Question = {
          type: 'question',
          number,
          anchor: anchors.fixed(`vraag-${number}`),
          ...(party ? { party } : {}),
          passages: asked.map((text) => passage(text.raw)),
          answer: { anchor: anchors.fixed(`antwoord-${number}`), passages: [], refersTo: [] },
        };
        body.push(question);
        open = { question, line: item.line };
        break;
      }
    }
  }
  flushPending();
  return body;
}

/**
 * Where the question starts among the paragraphs before an answer label: the last paragraph is
 * always (part of) the question; the members' paragraphs before it join it. After a previous
 * answer, the first paragraph stays that answer's; at a fractie's start, its introduction
 * ("hebben met interesse kennisgenomen …") stays a paragraph of its own.
 */
function questionStartIndex(pending: { raw: string }[], afterAnswer: boolean): number {
  if (pending.length === 0 || (afterAnswer && pending.length === 1)) return pending.length;
  let start = pending.length - 1;
  const earliest = afterAnswer ? 1 : 0;
  while (start > earliest) {
    const previous = pending[start - 1]!.raw;
    if (!isMemberText(previous) || (!afterAnswer && isGroupIntroduction(previous))) break;
    start -= 1;
  }
  return start;
}

/**
 * Pairs each footnote text with its call. What does not pair is reported and kept: a second text
 * of one number as unclassified text, a call without text as a footnote with no text (so the call
 * still leads somewhere), a text without a call as a footnote that nothing calls.
 */
function matchFootnotes(read: ReadSource, calls: CallSite[], anchors: AnchorAllocator, diagnostics: Diagnostics, unclassified: Unclassified[]): Footnote[] {
  const texts = new Map<number, { number: number; text: string }>();
  for (const text of read.footnoteTexts) {
    if (texts.has(text.number)) {
      diagnostics.warn(`footnote ${text.number} has two texts: the second is kept as unclassified text`, text.line);
      unclassified.push({ line: text.line, text: toPlainText(text.raw) });
      continue;
    }
    texts.set(text.number, { number: text.number, text: toPlainText(text.raw) });
  }
  for (const call of calls) {
    if (texts.has(call.number)) continue;
    diagnostics.warn(`footnote ${call.number} is called but its text is missing`, read.callLines.get(call.number));
    texts.set(call.number, { number: call.number, text: '' });
  }
  return [...texts.values()]
    .sort((a, b) => a.number - b.number)
    .map((text) => {
      const call = calls.find((site) => site.number === text.number);
      if (!call) diagnostics.warn(`footnote ${text.number} has text but is never called`, read.footnoteTexts.find((note) => note.number === text.number)?.line);
      return { number: text.number, anchor: anchors.fixed(`voetnoot-${text.number}`), text: text.text, ...(call ? { calledFrom: call.anchor } : {}) };
    });
}

/** The committee's chair and griffier who sign the report. */
function signatories(items: Item[]): Person[] {
  const people: Person[] = [];
  for (const item of items) {
    if (item.kind !== 'signature') continue;
    const slug = slugify(item.name);
    if (!people.some((person) => person.slug === slug)) people.push({ slug, name: item.name });
  }
  return people;
}

/** Source format 'written-consultation': verslag van een schriftelijk overleg: questions per fractie, "Antwoord van het kabinet", superscript footnotes. */
export const writtenConsultation: SourceFormatModule = {
  name: 'written-consultation',
  description: 'verslag van een schriftelijk overleg: questions per fractie, each answered under "Antwoord van het kabinet" (or "Reactie van de staatssecretaris" and the like), superscript footnotes',
  extensions: ['.txt'],
  // The report's title line, or the cabinet's answer heading under each question.
  detect: (source) => /VERSLAG VAN EEN SCHRIFTELIJK OVERLEG/.test(source.text) || ANSWER_LABEL_LINE.test(source.text),
  parse: parseWrittenConsultation,
};
