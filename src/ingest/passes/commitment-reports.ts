import type { CommitmentReport, Footnote, Heading, ParliamentaryDocument, Passage } from '../../model/document.ts';
import { slugify } from '../../model/slug.ts';
import { parseDutchDate } from '../text/dates.ts';

/** The verb a letter uses to recall a commitment: "heeft … toegezegd", "is uw Kamer toegezegd". */
const RECALLS_COMMITMENT = /\btoegezegd\b/;
const REGISTER_ID = /\bTZ\d{6}-\d{3}\b/g;
/** "naar aanleiding van de vraag van het lid Kathmann", "genoemd in het debat door het lid Kathmann" (not "de motie van het lid"). */
const ASKING_MEMBER = /\b(?:(?:vraag|vragen|verzoek) van|door) het lid ((?:[Vv]an (?:der |den |de )?)?\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/u;

function sentenceAround(text: string, index: number): string {
  const previous = text.lastIndexOf('. ', index);
  const end = text.indexOf('. ', index);
  return text.slice(previous < 0 ? 0 : previous + 2, end < 0 ? text.length : end + 1).trim();
}

/** A section: a heading and the passages under it, up to the next heading. */
interface Section {
  heading: Heading;
  passages: Passage[];
}

function sections(doc: ParliamentaryDocument): Section[] {
  const found: Section[] = [];
  for (const block of doc.body) {
    if (block.type === 'heading') found.push({ heading: block, passages: [] });
    else if (block.type === 'paragraph') found.at(-1)?.passages.push(block.passage);
  }
  return found;
}

function registerIds(anchors: string[], footnotes: Footnote[]): string[] {
  const cited = footnotes.filter((footnote) => footnote.calledFrom !== undefined && anchors.includes(footnote.calledFrom));
  return [...new Set(cited.flatMap((footnote) => footnote.text.match(REGISTER_ID) ?? []))];
}

function report(section: Section, footnotes: Footnote[]): CommitmentReport | undefined {
  const recalling = section.passages.find((passage) => RECALLS_COMMITMENT.test(passage.text));
  const ids = registerIds([section.heading.anchor, ...(recalling ? [recalling.anchor] : [])], footnotes);
  if (!recalling && ids.length === 0) return undefined;
  const sentence = recalling ? sentenceAround(recalling.text, recalling.text.search(RECALLS_COMMITMENT)) : section.heading.title;
  const member = recalling ? ASKING_MEMBER.exec(recalling.text)?.[1] : undefined;
  return {
    at: recalling?.anchor ?? section.heading.anchor,
    section: section.heading.anchor,
    subject: section.heading.title,
    meetingDate: parseDutchDate(sentence),
    member: member ? slugify(member) : undefined,
    registerIds: ids,
    text: sentence,
  };
}

/**
 * The commitment-reports pass: finds the sections of a letter that report on a toezegging, with
 * what they say of it (meeting date, asking member, register ids), so the site can connect the
 * report to the commitment where it was made.
 */
export function annotateCommitmentReports(doc: ParliamentaryDocument): ParliamentaryDocument {
  const reports = sections(doc)
    .map((section) => report(section, doc.footnotes))
    .filter((found): found is CommitmentReport => found !== undefined);
  return { ...doc, commitmentReports: reports };
}
