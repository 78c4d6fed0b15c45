import type { SourceFormatModule } from '../format.ts';
import type {
  Block,
  Participant,
  ParliamentaryDocument,
  Passage,
  Person,
  Question,
  Role,
} from '../../model/document.ts';
import { createAnchorAllocator, type AnchorAllocator } from '../anchors.ts';
import { Diagnostics } from '../diagnostics.ts';
import { normaliseParty } from '../parties.ts';
import { slugify } from '../../model/slug.ts';
import { SourceError, type SourceDocument } from '../source.ts';
import {
  cleanWordExport,
  collectFootnotes,
  recordCallers,
  takeFootnoteCalls,
  wordDocumentMetadata,
  wordParagraphs,
  type WordParagraph,
} from '../word/index.ts';

/** A question starts with its number alone on a line: `7`. */
const QUESTION_NUMBER = /^\s*(\d{1,3})\s*$/;
/** The label between question and answer, sometimes with a trailing space. */
const ANSWER_LABEL = /^\s*Antwoord\s*$/;
/** The House's document number: `2026D32673`. */
const DOCUMENT_NUMBER = /^\s*(\d{4}D\d{4,6})\s*$/;
/** The signatory's name with initials: `W.J.M. Aerdts`. */
const SIGNATORY_NAME = /^\s*((?:\p{Lu}\.\s?)+)\s*(\p{Lu}[\p{L}'’ -]*?)\s*$/u;
/** The line under the name: `Staatssecretaris van Economische Zaken en Klimaat`. */
const SIGNATORY_OFFICE = /^\s*((Minister|Staatssecretaris)\b.*?)\s*$/;
/**
 * Who asked: "de vragen die het lid Dassen (VOLT) … heeft gesteld"; the name is capitalised words,
 * possibly with tussenvoegsels ("Van der Werf", "Six Dijkstra").
 */
const ASKING_MEMBER =
  /\bhet lid ((?:(?:van|de|der|den|ter|te|in 't)\s)*\p{Lu}[\p{L}'’-]*(?:\s(?:(?:van|de|der|den|ter|te)\s)*\p{Lu}[\p{L}'’-]*)*) \(([^)]+)\)/u;

/**
 * Parses written answers to an MP's questions exported from Word (source format 'answers-word'):
 * the covering letter (salutation, introduction, signatory, document number), then numbered
 * questions each followed by "Antwoord" and the answer.
 *
 * Where a question has no "Antwoord" label, the question ends with its first paragraph whose text
 * ends in a question mark (footnote calls aside); what follows is the answer.
 */
export function parseAnswersWord(source: SourceDocument, diagnostics = new Diagnostics(source.path)): ParliamentaryDocument {
  if (source.text.trim() === '') throw new SourceError(source.path, 'the document is empty', 1);
  const metadata = wordDocumentMetadata(source, 'antwoorden', diagnostics);
  const cleaned = cleanWordExport(source.path, source.text, { altTextTail: true }, diagnostics);
  const paragraphs = wordParagraphs(cleaned.lines);
  const anchors = createAnchorAllocator();
  const callers = new Map<number, string>();
  const passage = (raw: string): Passage => {
    const { text, footnoteCalls } = takeFootnoteCalls(raw);
    const made: Passage = { anchor: anchors.passage(text), text, ...(footnoteCalls.length > 0 ? { footnoteCalls } : {}) };
    recordCallers(callers, footnoteCalls, made.anchor);
    return made;
  };

  const firstQuestion = paragraphs.findIndex((paragraph) => questionNumber(paragraph) === 1);
  const letter = readCoveringLetter(firstQuestion < 0 ? paragraphs : paragraphs.slice(0, firstQuestion), passage);
  const asker = letter.asker;
  const questions = firstQuestion < 0 ? [] : readQuestions(diagnostics, paragraphs.slice(firstQuestion), asker, anchors, passage);

  const people: Person[] = [];
  const participants: Participant[] = [];
  if (asker) {
    people.push({ slug: asker.slug, name: asker.name, party: asker.party });
    participants.push({ slug: asker.slug, role: 'member', party: asker.party });
  }
  if (letter.signatory) {
    const { slug, name, office, role } = letter.signatory;
    people.push({ slug, name, office });
    participants.push({ slug, role, office });
  }
  return {
    ...metadata,
    agenda: [],
    participants,
    people,
    body: [...letter.blocks, ...questions],
    commitments: [],
    references: [],
    footnotes: collectFootnotes(cleaned.footnoteTexts, callers, anchors),
    unclassified: [],
    artefacts: cleaned.artefacts,
    ...(letter.documentNumber ? { documentNumber: letter.documentNumber } : {}),
  };
}

interface Asker {
  slug: string;
  name: string;
  party: string;
}

interface Signatory {
  slug: string;
  name: string;
  office: string;
  role: Role;
}

interface CoveringLetter {
  blocks: Block[];
  asker?: Asker;
  signatory?: Signatory;
  documentNumber?: string;
}

/**
 * The letter before the first question: salutation and introduction (which names the member who
 * asked), the signatory (name with initials over the office) and the document number. All of it
 * stays in the body; the signatory and the asker also become people.
 */
function readCoveringLetter(paragraphs: WordParagraph[], passage: (raw: string) => Passage): CoveringLetter {
  const letter: CoveringLetter = { blocks: [] };
  paragraphs.forEach((paragraph, index) => {
    const documentNumber = DOCUMENT_NUMBER.exec(paragraph.text);
    if (documentNumber) {
      letter.documentNumber ??= documentNumber[1];
      letter.blocks.push({ type: 'procedural', passage: passage(paragraph.text), role: 'other' });
      return;
    }
    const name = SIGNATORY_NAME.exec(paragraph.text);
    const office = paragraphs[index + 1] && SIGNATORY_OFFICE.exec(paragraphs[index + 1]!.text);
    if (name && office && !letter.signatory) letter.signatory = signatory(name[2]!, office[1]!, office[2]!);
    const member = ASKING_MEMBER.exec(paragraph.text);
    if (member && !letter.asker)
      letter.asker = { slug: slugify(member[1]!), name: member[1]!, party: normaliseParty(member[2]!) };
    letter.blocks.push({ type: 'paragraph', passage: passage(paragraph.text) });
  });
  return letter;
}

function signatory(name: string, office: string, title: string): Signatory {
  return { slug: slugify(name), name, office, role: title === 'Minister' ? 'minister' : 'state-secretary' };
}

function questionNumber(paragraph: WordParagraph): number | undefined {
  const match = QUESTION_NUMBER.exec(paragraph.text);
  return match ? Number(match[1]) : undefined;
}

/**
 * Splits the paragraphs from question 1 on into questions. A bare number starts a question only
 * when it is the next number (1, 2, 3 …); any other bare number is text of the current answer.
 */
function readQuestions(
  diagnostics: Diagnostics,
  paragraphs: WordParagraph[],
  asker: Asker | undefined,
  anchors: AnchorAllocator,
  passage: (raw: string) => Passage,
): Question[] {
  const groups: { number: number; line: number; paragraphs: WordParagraph[] }[] = [];
  for (const paragraph of paragraphs) {
    const number = questionNumber(paragraph);
    if (number === groups.length + 1) groups.push({ number, line: paragraph.line, paragraphs: [] });
    else groups.at(-1)!.paragraphs.push(paragraph);
  }
  return groups.map((group) => {
    const { question, answer } = splitQuestionAndAnswer(diagnostics, group);
    const questionAnchor = anchors.fixed(`vraag-${group.number}`);
    const questionPassages = question.map((paragraph) => passage(paragraph.text));
    const answerAnchor = anchors.fixed(`antwoord-${group.number}`);
    return {
      type: 'question',
      number: group.number,
      anchor: questionAnchor,
      ...(asker ? { party: asker.party, askedBy: asker.slug } : {}),
      passages: questionPassages,
      answer: { anchor: answerAnchor, passages: answer.map((paragraph) => passage(paragraph.text)), refersTo: [] },
    };
  });
}

function splitQuestionAndAnswer(
  diagnostics: Diagnostics,
  group: { number: number; line: number; paragraphs: WordParagraph[] },
): { question: WordParagraph[]; answer: WordParagraph[] } {
  const label = group.paragraphs.findIndex((paragraph) => ANSWER_LABEL.test(paragraph.text));
  let split: { question: WordParagraph[]; answer: WordParagraph[] };
  if (label >= 0) {
    split = { question: group.paragraphs.slice(0, label), answer: group.paragraphs.slice(label + 1) };
  } else {
    // No label: the question is everything up to its first paragraph that ends in '?'.
    const last = group.paragraphs.findIndex((paragraph) => takeFootnoteCalls(paragraph.text).text.endsWith('?'));
    if (last < 0) diagnostics.warn(`question ${group.number} has no "Antwoord" label and no sentence ending in "?": read as a question without answer`, group.line);
    split = last < 0 ? { question: group.paragraphs, answer: [] } : { question: group.paragraphs.slice(0, last + 1), answer: group.paragraphs.slice(last + 1) };
  }
  if (split.question.length === 0) diagnostics.warn(`question ${group.number} has no text`, group.line);
  return split;
}

/** Source format 'answers-word': antwoorden op vragen exported from Word: numbered questions, "Antwoord". */
export const answersWord: SourceFormatModule = {
  name: 'answers-word',
  description: 'antwoorden op vragen exported from Word: numbered questions, "Antwoord"',
  extensions: ['.txt'],
  // Bare question numbers followed by 'Antwoord' lines.
  detect: (source) => /^1\s*\n(?:.*\n){1,4}?Antwoord\s*$/m.test(source.text),
  parse: parseAnswersWord,
};
