import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import escapeRegExp from 'escape-string-regexp';
import type { ParliamentaryDocument, Speech } from '../../model/document.ts';
import { ingestDocument } from '../../ingest/pipeline.ts';
import { readSource } from '../../ingest/read-source.ts';
import { isMemberText } from '../../ingest/written/member-voice.ts';
import { PERSON_TOKENS } from './tokens.ts';

/**
 * The words the generated corpus is made of: the default corpus's own sentences, sorted by who
 * says them (a member in a debate, the cabinet, the chair, a fractie in writing, a letter), with
 * the people of the default corpus replaced by placeholders so that each generated document can
 * put its own people in. Read from the parsed models, so hyphenation, markup and footnote marks
 * are already gone.
 */
export interface Material {
  debate: {
    member: string[];
    memberQuestions: string[];
    cabinet: string[];
    /** What the chair says besides running the meeting (welcomes, time keeping). */
    chair: string[];
  };
  written: {
    /** Sentences in which the members speak ("Deze leden vragen …"): a question paragraph starts with one. */
    memberVoice: string[];
    member: string[];
    memberQuestions: string[];
    /** The cabinet's answers; none of them reads as the members' voice (the parser would take it for a question). */
    answer: string[];
  };
  answers: { question: string[]; answer: string[] };
  letter: { sentence: string[]; heading: string[] };
  footnotes: string[];
  /** What a letter, an agenda item or a commitment is about: "de voortgang van …", "onderzoeksrapport Deepfakes …". */
  subjects: string[];
}

const DEFAULT_CONTENT = fileURLToPath(new URL('../../../content/', import.meta.url));

let cached: Material | undefined;

/** The material of the default corpus (read once per process). */
export function defaultMaterial(): Material {
  cached ??= readMaterial(DEFAULT_CONTENT);
  return cached;
}

export function readMaterial(contentDir: string): Material {
  const docs = readdirSync(contentDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ingestDocument(readSource(join(contentDir, name))));
  const tokenise = nameTokeniser(docs);
  const sentences = (texts: string[]): string[] => unique(texts.flatMap(splitSentences).map(tokenise).filter(isUsableSentence));

  const speeches = docs.flatMap((doc) => doc.body.filter((block): block is Speech => block.type === 'speech'));
  const spoken = (roles: string[]) => sentences(speeches.filter((s) => roles.includes(s.speaker.role)).flatMap((s) => s.passages.filter((p) => !p.listItem).map((p) => p.text)));
  const member = spoken(['member']);
  const chair = spoken(['chair']).filter((sentence) => !CHAIR_MACHINERY.test(sentence));

  const written = docs.filter((doc) => doc.kind === 'schriftelijk-overleg');
  const writtenQuestions = sentences(questionsOf(written).flatMap((q) => q.passages.map((p) => p.text)));
  const writtenAnswers = sentences(questionsOf(written).flatMap((q) => q.answer.passages.map((p) => p.text)));
  const answersDocs = docs.filter((doc) => doc.kind === 'antwoorden');
  const letters = docs.filter((doc) => doc.kind === 'kamerbrief');
  const notMemberVoice = (sentence: string) => !isMemberText(sentence);

  return {
    debate: {
      member: member.filter((sentence) => !sentence.endsWith('?')),
      memberQuestions: member.filter((sentence) => sentence.endsWith('?')),
      cabinet: spoken(['minister', 'state-secretary']),
      chair,
    },
    written: {
      memberVoice: writtenQuestions.filter((sentence) => isMemberText(sentence) && !sentence.endsWith('?') && !/kennis ?genomen/.test(sentence)),
      // Not "kennisgenomen": a paragraph with it reads as a fractie's introduction, not as a question.
      member: writtenQuestions.filter((sentence) => !sentence.endsWith('?') && !/kennis ?genomen/.test(sentence)),
      memberQuestions: writtenQuestions.filter((sentence) => sentence.endsWith('?')),
      answer: [...writtenAnswers, ...sentences(questionsOf(answersDocs).flatMap((q) => q.answer.passages.map((p) => p.text)))].filter(notMemberVoice),
    },
    answers: {
      question: sentences(questionsOf(answersDocs).flatMap((q) => q.passages.map((p) => p.text))).filter((s) => s.endsWith('?')),
      answer: sentences(questionsOf(answersDocs).flatMap((q) => q.answer.passages.map((p) => p.text))).filter(notMemberVoice),
    },
    letter: {
      sentence: sentences(letters.flatMap((doc) => doc.body.flatMap((block) => (block.type === 'paragraph' && !block.passage.listItem ? [block.passage.text] : [])))),
      heading: unique(letters.flatMap((doc) => doc.body.flatMap((block) => (block.type === 'heading' && (block.level ?? 1) >= 2 ? [block.title] : [])))
        .map(tokenise)
        .filter((title) => isClean(title) && title.length < 120 && !/^Moties? /.test(title))),
    },
    footnotes: unique(docs.flatMap((doc) => doc.footnotes.map((footnote) => footnote.text)).map(tokenise).filter((text) => isClean(text) && !/https?:/.test(text))),
    subjects: subjectsOf(docs, tokenise),
  };
}

/** The chair's words that run the meeting (interruptions, termijnen, the floor): the script writes those itself. */
const CHAIR_MACHINERY = /interruptie|vraag|termijn|inbreng|bijdrage|voorzitter|schors|woord|toezegging|zegt toe|geef|gesloten|sluit/i;

function questionsOf(docs: ParliamentaryDocument[]) {
  return docs.flatMap((doc) => doc.body.flatMap((block) => (block.type === 'question' ? [block] : [])));
}

/**
 * Subjects: the "inzake …" of agenda items, the "over …" of commitments, the letters' section
 * titles in lower case. A subject is used after "over" or "inzake" in a generated sentence.
 */
function subjectsOf(docs: ParliamentaryDocument[], tokenise: (text: string) => string): string[] {
  const found: string[] = [];
  for (const doc of docs) {
    for (const item of doc.agenda) {
      const subject = /\binzake (.+?)(?: \(Kamerstuk[^)]*\))?[;.]?$/.exec(item.text)?.[1];
      if (subject) found.push(subject);
    }
    for (const commitment of doc.commitments) {
      const subject = /\b(?:informeren|brief|Kamer) over (.+?)(?:, naar aanleiding|;|\.$)/.exec(commitment.text)?.[1];
      if (subject) found.push(subject);
    }
  }
  return unique(found.map(tokenise)).filter((subject) => isClean(subject) && !/[\uE000-\uE0FF]/.test(subject) && subject.length < 160);
}

/** Sentence ends followed by a capital; "d.d. 16 augustus" and "nr. 1311" stay whole. */
function splitSentences(text: string): string[] {
  return text.split(/(?<=[.?!…])\s+(?=[\p{Lu}‘“"'(])/u).map((sentence) => sentence.trim());
}

/**
 * A sentence the generator can put anywhere without changing how a parser reads the text around
 * it: it starts with a capital and ends a sentence (so it never ends in a label's colon), and holds
 * no markup, bracket or footnote mark of any source format.
 */
function isUsableSentence(sentence: string): boolean {
  return (
    sentence.length >= 20 &&
    sentence.length <= 420 &&
    /^[\p{Lu}‘“"]/u.test(sentence) &&
    /[.?!]$/.test(sentence) &&
    isClean(sentence) &&
    !/https?:|www\.|Tweede Kamer, vergaderjaar|Antwoord van het kabinet|VERSLAG VAN|\.\.\./.test(sentence)
  );
}

/** No markup or brackets of any source format, no superscript digits, no dashes a line could start with. */
function isClean(text: string): boolean {
  return !/[[\]*_<>#|\\`{}~⁰¹²³⁴⁵⁶⁷⁸⁹\uFFFD]|\s[–-]\s|^[–-]/.test(text);
}

/**
 * Replaces the names of the default corpus's people with placeholders (see tokens.ts): members
 * and cabinet members, with and without an honorific before them; the fractie of "de leden van de
 * PVV-fractie".
 */
function nameTokeniser(docs: ParliamentaryDocument[]): (text: string) => string {
  const cabinet = new Set<string>();
  const members = new Set<string>();
  for (const doc of docs) {
    for (const person of doc.people) {
      if (person.name.length < 3) continue;
      (person.office ? cabinet : members).add(person.name);
    }
  }
  for (const name of cabinet) members.delete(name);
  const names = [...cabinet, ...members].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}])(?:(de heer|De heer|mevrouw|Mevrouw|meneer|Meneer) )?(${names.join('|')})(?![\\p{L}])`, 'gu');
  return (text) =>
    text
      .replace(pattern, (_match, honorific: string | undefined, name: string) => {
        const isCabinet = cabinet.has(name);
        if (!honorific) return isCabinet ? PERSON_TOKENS.cabinetName : PERSON_TOKENS.memberName;
        const capital = /^[DM]/.test(honorific);
        if (isCabinet) return capital ? PERSON_TOKENS.cabinetAddressedCapital : PERSON_TOKENS.cabinetAddressed;
        return capital ? PERSON_TOKENS.memberAddressedCapital : PERSON_TOKENS.memberAddressed;
      })
      .replace(/\b(?:[\p{L}\d]+(?:-[\p{Lu}][\p{L}]*)?)-fractie\b/gu, `${PERSON_TOKENS.party}-fractie`);
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
