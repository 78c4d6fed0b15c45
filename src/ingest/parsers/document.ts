import type { SourceFormatModule } from '../format.ts';
import type { Block, DocumentKind, Footnote, Motion, ParliamentaryDocument, Person } from '../../model/document.ts';
import { createAnchorAllocator } from '../anchors.ts';
import { createPeopleRegister, registerPerson } from '../debate/people.ts';
import { NAME } from '../debate/speaker-labels.ts';
import { deriveTitle, documentDate } from '../derive.ts';
import { Diagnostics } from '../diagnostics.ts';
import { normaliseDossier } from '../../model/papers.ts';
import { takeCalls, trailingFootnotes } from '../reader/footnotes.ts';
import { isHeadingLine, KAMER, readerLines, readHeader, type ReaderLine } from '../reader/lines.ts';
import { SourceError, type SourceDocument } from '../source.ts';
import { parseDateLine, VERGADERJAAR } from '../text/dates.ts';

/**
 * Any document as copied from its official page (source format 'document', the fallback: tried
 * last, it reads every text). Its letterhead, where it has one: the Kamer and vergaderjaar lines,
 * the dossier ("28 844 Project Amsterdam …" or the number alone, its title on the next line),
 * "Nr. 269", the document-title line ("BRIEF VAN DE MINISTER …", "MOTIE VAN HET LID …"), the
 * addressee ("Aan de Voorzitter van de Tweede Kamer der Staten-Generaal") and the place and date
 * ("Den Haag, 7 juli 2023", "Voorgesteld 30 maart 2022"). Then the body: short lines are headings
 * ("2. De probleemstelling" numbered), the rest paragraphs; a motion's text ("De Kamer, …") is a
 * Motion; the signature closes it (an office line such as "De Minister van Financiën," and names);
 * the footnote texts at the end are attached to their calls (src/ingest/reader/footnotes.ts).
 */
export function parseDocument(source: SourceDocument, diagnostics = new Diagnostics(source.path)): ParliamentaryDocument {
  if (source.text.trim() === '') throw new SourceError(source.path, 'the file is empty', 1);
  const all = readerLines(source.text);
  const { footnotes: noteTexts, start: notesStart } = trailingFootnotes(all);
  const lines = all.slice(0, notesStart);
  const letterhead = readLetterhead(lines);
  const signature = readSignature(lines, letterhead.end);
  const bodyLines = lines.slice(letterhead.end, signature.start);

  const anchors = createAnchorAllocator();
  const people = createPeopleRegister();
  const signatories: Person[] = signature.names.map((name) => registerPerson(people, name));
  const blocks: Block[] = [];
  const procedural = (line: ReaderLine, frontMatter: boolean): void => {
    blocks.push({ type: 'procedural', passage: { anchor: anchors.passage(line.text, ''), text: line.text }, role: 'other', ...(frontMatter ? { frontMatter: true as const } : {}) });
  };
  for (const line of letterhead.lines) procedural(line, true);

  // Footnote calls first, so that headings and paragraphs are read without their markers.
  const numbers = noteTexts.map((note) => note.number);
  const taken = takeCalls(bodyLines.map((line) => line.text), numbers);
  const callers = new Map<number, string>();
  const motions: Motion[] = [];
  let motion: { record: Motion; texts: string[] } | undefined;
  let firstHeading: ReaderLine | undefined;
  bodyLines.forEach((line, index) => {
    const text = taken.texts[index]!;
    const calls = taken.calls[index]!;
    const footnoteCalls = calls.length > 0 ? { footnoteCalls: calls } : {};
    const heading = motion ? undefined : headingOf(text);
    if (heading) {
      firstHeading ??= line;
      const anchor = anchors.passage(text, '');
      blocks.push({ type: 'heading', anchor, level: heading.level, ...(heading.number ? { number: heading.number } : {}), title: heading.title, ...footnoteCalls });
      for (const call of calls) callers.set(call.number, anchor);
      return;
    }
    const passage = { anchor: anchors.passage(text, ''), text, ...footnoteCalls };
    blocks.push({ type: 'paragraph', passage });
    for (const call of calls) callers.set(call.number, passage.anchor);
    if (!motion && /^De Kamer,$/.test(text)) {
      motion = { record: { anchor: passage.anchor, title: '', by: signatories.map((person) => person.slug), text: '' }, texts: [] };
      motions.push(motion.record);
    }
    if (motion) {
      motion.texts.push(text);
      motion.record.text = motion.texts.join('\n\n');
      if (/\ben gaat over tot de orde van de dag\.?$/.test(text)) motion = undefined;
    }
  });
  for (const line of signature.lines) procedural(line, false);

  const footnotes: Footnote[] = noteTexts.map((note) => {
    const calledFrom = callers.get(note.number);
    return { number: note.number, anchor: anchors.fixed(`voetnoot-${note.number}`), text: note.text, ...(calledFrom ? { calledFrom } : {}) };
  });
  for (const number of taken.missing) {
    const note = noteTexts.find((text) => text.number === number)!;
    diagnostics.warn(`footnote ${number}: no call of it found in the text; the footnote is kept without one`, note.line);
  }
  if (noteTexts.length === 0 && all.length > 0 && /^\d{1,3} \S/.test(all.at(-1)!.text)) {
    // A numbered last line that starts no run from 1: not taken for a footnote, but say so.
    diagnostics.warn(`the last line looks like a footnote text but no run of footnotes numbered from 1 ends the document`, all.at(-1)!.line);
  }

  const kind = source.metadata.kind ?? letterhead.kind ?? kindFromName(source.id) ?? 'kamerstuk';
  const dated = documentDate(source, letterhead.date ?? source.metadata.date, diagnostics);
  const title = deriveTitle(
    source,
    [
      { title: letterhead.documentTitle?.text, line: letterhead.documentTitle?.line, what: 'the document-title line' },
      { title: firstHeading?.text, line: firstHeading?.line, what: 'the first heading' },
    ],
    kind,
    dated.date,
    diagnostics,
  );
  const paper = letterhead.dossier && letterhead.number ? { dossier: letterhead.dossier, number: letterhead.number } : source.metadata.paper;
  for (const record of motions) {
    record.title = letterhead.documentTitle?.text ?? 'Motie';
    if (paper) record.paper = paper;
  }
  return {
    id: source.id,
    kind,
    title,
    ...dated,
    ...(paper ? { paper } : {}),
    ...(letterhead.dossierTitle ? { dossierTitle: letterhead.dossierTitle } : {}),
    ...(source.metadata.committee ? { committee: source.metadata.committee } : {}),
    agenda: [],
    participants: [],
    people: [...people.bySlug.values()],
    body: blocks,
    commitments: [],
    references: [],
    footnotes,
    // Every line is a heading, paragraph, letterhead or signature line: the fallback places all text.
    unclassified: [],
    ...(motions.length > 0 ? { motions } : {}),
    ...(signature.sender ? { sender: signature.sender } : {}),
    ...(letterhead.addressee ? { addressee: letterhead.addressee } : {}),
  };
}

interface Letterhead {
  /** The letterhead's lines, kept as front matter. */
  lines: ReaderLine[];
  /** Index in the lines of the first line of the body. */
  end: number;
  dossier?: string;
  dossierTitle?: string;
  number?: string;
  documentTitle?: ReaderLine;
  kind?: DocumentKind;
  date?: string;
  addressee?: string;
}

/** "28 844 Project Amsterdam …", "36 600 VII Vaststelling …", "21 501-30", "35786". */
const DOSSIER = /^(\d{2} ?\d{3}(?:-[\dA-Z]+| [IVXL]+\b)?)(?: (\D.*))?$/;
/** "Nr. 269", or with the document's title on the same line: "Nr. 971 BRIEF VAN DE STAATSSECRETARIS …". */
const NUMBER = /^Nr\. ?(\d+)(?: (\S.*))?$/;
const ADDRESSEE = /^Aan de (?:V|v)oorzitter van de (?:Tweede|Eerste) Kamer\b/;

/** A document-title line and the kind it names. */
const TITLE_KINDS: [RegExp, DocumentKind][] = [
  [/^MOTIE\b/i, 'motie'],
  [/^BRIEF VAN\b/i, 'kamerbrief'],
  [/^MEMORIE VAN TOELICHTING\b/i, 'memorie-van-toelichting'],
  [/^VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\b/i, 'schriftelijk-overleg'],
  [/^VERSLAG VAN EEN COMMISSIEDEBAT\b/i, 'commissiedebat'],
  [/^VERSLAG VAN EEN ALGEMEEN OVERLEG\b/i, 'algemeen-overleg'],
  [/^VERSLAG VAN EEN WETGEVINGSOVERLEG\b/i, 'wetgevingsoverleg'],
  [/^ANTWOORD(?:EN)?\b/i, 'antwoorden'],
  [/^Procedurevergadering\b/, 'procedurevergadering'],
  [/^\d+e vergadering\b/, 'plenaire-vergadering'],
];

function kindOfTitle(title: string): DocumentKind | undefined {
  return TITLE_KINDS.find(([pattern]) => pattern.test(title))?.[1];
}

/** Mostly capitals: a Kamerstuk's document-title line ("BRIEF VAN DE MINISTER VAN FINANCIËN"). */
function isCapitalised(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters.replace(/\P{Lu}/gu, '').length / letters.length > 0.8;
}

function readLetterhead(lines: ReaderLine[]): Letterhead {
  const head: Letterhead = { lines: [], end: 0 };
  let index = 0;
  const take = (): ReaderLine => {
    const line = lines[index++]!;
    head.lines.push(line);
    return line;
  };
  while (index < lines.length && index < 2 && (KAMER.test(lines[index]!.text) || VERGADERJAAR.test(lines[index]!.text))) take();
  const dossier = index < lines.length ? DOSSIER.exec(lines[index]!.text) : null;
  if (dossier) {
    take();
    head.dossier = normaliseDossier(dossier[1]!);
    if (dossier[2]) head.dossierTitle = dossier[2];
    else if (index < lines.length && !NUMBER.test(lines[index]!.text)) head.dossierTitle = take().text;
    // A letter on more than one dossier lists them all; the first is the one its number belongs to.
    while (index < lines.length && DOSSIER.exec(lines[index]!.text)?.[2]) take();
    const number = index < lines.length ? NUMBER.exec(lines[index]!.text) : null;
    if (number) {
      const line = take();
      head.number = number[1]!;
      if (number[2]) head.documentTitle = { text: number[2], line: line.line };
    }
    if (!head.documentTitle && index < lines.length && (isCapitalised(lines[index]!.text) || kindOfTitle(lines[index]!.text))) head.documentTitle = take();
  } else if (head.lines.length > 0) {
    // No dossier: a Handelingen item or a meeting, whose first line after the Kamer's is its title.
    const header = readHeader(lines);
    if (header.title !== undefined && index < lines.length) {
      const line = take();
      head.documentTitle = { text: header.title, line: line.line };
      // "13 Sluiting": an agenda item of a plenary sitting, numbered, as the Handelingen print it.
      if (/^\d{1,3} \p{Lu}/u.test(line.text)) head.kind = 'plenaire-vergadering';
    }
    head.date = header.date;
  }
  if (head.documentTitle) head.kind = kindOfTitle(head.documentTitle.text) ?? head.kind;
  // The addressee and the place and date may follow the title, before the body.
  for (let look = index; look < Math.min(lines.length, index + 4); look++) {
    const text = lines[look]!.text;
    const date = parseDateLine(text);
    if (ADDRESSEE.test(text)) head.addressee = text;
    else if (date) head.date ??= date;
    else continue;
    while (index <= look) take();
  }
  head.end = index;
  return head;
}

interface Signature {
  /** Index in the lines where the signature starts (the body ends there). */
  start: number;
  lines: ReaderLine[];
  /** The people who sign: "Van der Graaf", "Maatoug", "Arib". */
  names: string[];
  /** The office and name of who sends it: "De Minister van Financiën, Dijsselbloem". */
  sender?: string;
}

const SIGNATORY = new RegExp(`^${NAME}$`, 'u');
/** "De Minister van Binnenlandse Zaken en Koninkrijksrelaties,", "De Staatssecretaris van Financiën,". */
const OFFICE_LINE = /^(?:De|de) (?:Minister|minister|Staatssecretaris|staatssecretaris|Minister-president)\b.*,$/;
/** Office and name on one line: "De Minister van Binnenlandse Zaken en Koninkrijksrelaties, H.G.J. Bruins Slot". */
const SIGNED_LINE = new RegExp(`^((?:De|de) (?:Minister|minister|Staatssecretaris|staatssecretaris|Minister-president)\\b[^,]*), ((?:\\p{Lu}\\.)*\\s*${NAME})$`, 'u');

/** The signature that closes the body: names alone on their lines, after an office line where a minister signs. */
function readSignature(lines: ReaderLine[], bodyStart: number): Signature {
  const signed = lines.length - 1 > bodyStart ? SIGNED_LINE.exec(lines.at(-1)!.text) : null;
  if (signed) {
    const name = signed[2]!.replace(/^(?:\p{Lu}\.)*\s*/u, '');
    return { start: lines.length - 1, lines: lines.slice(-1), names: [name], sender: lines.at(-1)!.text };
  }
  let start = lines.length;
  while (start - 1 > bodyStart && SIGNATORY.test(lines[start - 1]!.text) && lines[start - 1]!.text.split(' ').length <= 5) start--;
  const names = lines.slice(start).map((line) => line.text);
  let sender: string | undefined;
  if (start - 1 > bodyStart && OFFICE_LINE.test(lines[start - 1]!.text)) {
    start--;
    sender = `${lines[start]!.text} ${names.join(', ')}`.trim();
  }
  return { start, lines: lines.slice(start), names, ...(sender ? { sender } : {}) };
}

/** "2. De probleemstelling" (level 1), "2.1 Digitale Rijksdienst" (level 2), "Artikel V" or any short line (level 2). */
function headingOf(text: string): { level: number; number?: string; title: string } | undefined {
  const numbered = /^(\d+)\.(?: |$)(.*)$|^(\d+\.\d+(?:\.\d+)?)\.? (.*)$/.exec(text);
  if (numbered && isHeadingLine(numbered[2] ?? numbered[4] ?? '')) {
    return numbered[1] ? { level: 1, number: numbered[1], title: numbered[2]! } : { level: numbered[3]!.split('.').length, number: numbered[3]!, title: numbered[4]! };
  }
  return isHeadingLine(text) ? { level: 2, title: text } : undefined;
}

/** The kind a file's name suggests: 'kamerbrief-2023-07-…' → kamerbrief. */
function kindFromName(id: string): DocumentKind | undefined {
  const prefix = /^([a-z]+(?:-[a-z]+)*?)-\d/.exec(id)?.[1];
  const kinds: Record<string, DocumentKind> = {
    kamerbrief: 'kamerbrief', brief: 'kamerbrief', commissiedebat: 'commissiedebat', 'algemeen-overleg': 'algemeen-overleg',
    'schriftelijk-overleg': 'schriftelijk-overleg', antwoorden: 'antwoorden', motie: 'motie', kamervragen: 'kamervragen',
    'memorie-van-toelichting': 'memorie-van-toelichting', wetgevingsoverleg: 'wetgevingsoverleg', 'plenaire-vergadering': 'plenaire-vergadering',
  };
  return prefix ? kinds[prefix] : undefined;
}

/** Source format 'document': any text (not XML, which only its own formats read); registered last, so it reads what no other format does. */
export const genericDocument: SourceFormatModule = {
  name: 'document',
  description: 'any other document as copied from its official page: letterhead (dossier, Nr., title, addressee, date), headings as short lines, paragraphs, motions, signature, footnotes by their markers',
  extensions: ['.txt'],
  detect: (source) => !source.text.trimStart().startsWith('<'),
  parse: parseDocument,
};
