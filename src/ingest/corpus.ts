import type { Commitment, ParliamentaryDocument, Person } from '../model/document.ts';
import { blockPassages } from '../model/walk.ts';
import type { ContributionSummary, QuestionSummary, DocumentSummary, CommitmentLink, CorpusIndex } from '../model/corpus.ts';

const EXCERPT_LENGTH = 220;

/** The first words of a text, cut at a word boundary. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(' ', length);
  return `${text.slice(0, cut > length / 2 ? cut : length)} …`;
}

export function summarise(doc: ParliamentaryDocument, modelDigest: string): DocumentSummary {
  const contributions = new Map<string, ContributionSummary>();
  const questions: QuestionSummary[] = [];
  const chairs: string[] = [];
  for (const block of doc.body) {
    if (block.type === 'speech') {
      const first = block.passages[0];
      if (!first) continue;
      const { slug, role, party } = block.speaker;
      if (role === 'chair' && !chairs.includes(slug)) chairs.push(slug);
      const key = `${slug}\u0000${role}`;
      const known = contributions.get(key);
      if (known) {
        known.turns++;
        if (block.interruption) known.interruptions++;
      } else {
        contributions.set(key, { speaker: slug, role, party, turns: 1, interruptions: block.interruption ? 1 : 0, anchor: first.anchor, excerpt: excerpt(first.text) });
      }
    } else if (block.type === 'chair-change' && !chairs.includes(block.chair.slug)) {
      chairs.push(block.chair.slug);
    } else if (block.type === 'question') {
      const text = blockPassages(block)[0]?.text ?? '';
      questions.push({ number: block.number, anchor: block.anchor, party: block.party, askedBy: block.askedBy, excerpt: excerpt(text) });
    }
  }
  const textAt = anchoredTexts(doc);
  const references = doc.references
    .filter((reference) => reference.kind === 'paper' || reference.kind === 'motion' || reference.kind === 'commitment-id')
    .map(({ offset, ...reference }) => {
      const sentence = sentenceAround(textAt.get(reference.at), offset);
      return sentence ? { ...reference, sentence } : reference;
    });
  return {
    id: doc.id,
    kind: doc.kind,
    title: doc.title,
    date: doc.date,
    paper: doc.paper,
    committee: doc.committee,
    dossierTitle: doc.dossierTitle,
    dates: doc.dates,
    ...(doc.status ? { status: doc.status } : {}),
    participants: doc.participants,
    people: doc.people,
    ...(doc.sender ? { sender: doc.sender } : {}),
    chairs,
    contributions: [...contributions.values()],
    questions,
    commitments: doc.commitments,
    commitmentReports: doc.commitmentReports ?? [],
    references,
    agenda: doc.agenda.flatMap((item) => (item.paper ? [{ text: item.text, paper: item.paper }] : [])),
    motions: doc.motions ?? [],
    modelDigest,
  };
}

/** The text at each anchor a reference can sit at: passages, headings, agenda items, footnotes. */
function anchoredTexts(doc: ParliamentaryDocument): Map<string, string> {
  const texts = new Map<string, string>();
  for (const item of doc.agenda) texts.set(item.anchor, item.text);
  for (const block of doc.body) {
    if (block.type === 'heading') texts.set(block.anchor, block.title);
    for (const passage of blockPassages(block)) texts.set(passage.anchor, passage.text);
  }
  for (const note of doc.footnotes) texts.set(note.anchor, note.text);
  return texts;
}

const SENTENCE_LENGTH = 400;

/** The sentence of `text` around character `offset`, cut to a readable length: what a citing page quotes. */
export function sentenceAround(text: string | undefined, offset: number): string | undefined {
  if (!text) return undefined;
  // A sentence ends at . ? ! followed by a space and a capital; "nr. 1311" and "d.d. 16" do not end one.
  const ends = [...text.matchAll(/[.?!](?=\s+[A-Z\u00C0-\u024F“"'(])/gu)].map((match) => match.index + 1);
  const start = Math.max(0, ...ends.filter((end) => end <= offset));
  const end = ends.find((position) => position > offset) ?? text.length;
  const sentence = text.slice(start, end).trim();
  return sentence.length > SENTENCE_LENGTH ? excerpt(sentence, SENTENCE_LENGTH) : sentence;
}

/**
 * Merges the people of all documents by slug; a later document fills what an earlier one lacked,
 * so that the official id, first and full name an XML source gives survive a text source's record.
 */
export function mergePeople(documents: DocumentSummary[]): Person[] {
  const bySlug = new Map<string, Person>();
  for (const doc of [...documents].sort((a, b) => a.date.localeCompare(b.date))) {
    for (const person of doc.people) {
      const known = bySlug.get(person.slug);
      // Newer documents win for party and office: people change parties and posts.
      bySlug.set(person.slug, known ? { ...known, ...definedFields(person) } : { ...person });
    }
  }
  return [...bySlug.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}

function definedFields(person: Person): Partial<Person> {
  return Object.fromEntries(Object.entries(person).filter(([, value]) => value !== undefined));
}

/** Content words of a text, for comparing what a report and a commitment are about. */
function contentWords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 4));
}

function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared;
}

/**
 * Connects each commitment report to the commitment it reports on: the meetings held on the
 * report's meeting date, their commitments to the member the report names, and of those the one
 * whose words it shares most. Debates are indexed by date, so the work stays linear in the corpus.
 */
export function linkCommitmentReports(documents: DocumentSummary[]): CommitmentLink[] {
  const meetingsByDate = new Map<string, DocumentSummary[]>();
  for (const doc of documents) {
    if (doc.commitments.length === 0) continue;
    meetingsByDate.set(doc.date, [...(meetingsByDate.get(doc.date) ?? []), doc]);
  }
  const links: CommitmentLink[] = [];
  for (const doc of documents) {
    for (const report of doc.commitmentReports) {
      if (!report.meetingDate) continue;
      const reportWords = contentWords(`${report.subject} ${report.text}`);
      let best: { meeting: DocumentSummary; commitment: Commitment; score: number } | undefined;
      for (const meeting of meetingsByDate.get(report.meetingDate) ?? []) {
        for (const commitment of meeting.commitments) {
          if (report.member && commitment.to && commitment.to !== report.member) continue;
          const score = overlap(reportWords, contentWords(commitment.text));
          if (score > 0 && (!best || score > best.score)) best = { meeting, commitment, score };
        }
      }
      if (best) links.push({ commitment: { document: best.meeting.id, anchor: best.commitment.anchor }, report: { document: doc.id, at: report.at } });
    }
  }
  return links;
}

export function buildCorpusIndex(summaries: DocumentSummary[]): CorpusIndex {
  const documents = [...summaries].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return { documents, people: mergePeople(documents), commitmentLinks: linkCommitmentReports(documents) };
}
