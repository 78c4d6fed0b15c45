import type { DocumentKind, PaperNumber, ParliamentaryDocument, Participant, Person } from '../model/document.ts';

/** What the corpus index keeps of one document: enough for lists and cross-links, not its text. */
export interface DocumentSummary {
  id: string;
  kind: DocumentKind;
  title: string;
  date: string;
  paper?: PaperNumber;
  committee?: string;
  participants: Participant[];
  people: Person[];
}

/** The corpus: every document's summary and one record per person across all documents. */
export interface CorpusIndex {
  documents: DocumentSummary[];
  people: Person[];
}

export function summarise(doc: ParliamentaryDocument): DocumentSummary {
  const { id, kind, title, date, paper, committee, participants, people } = doc;
  return { id, kind, title, date, paper, committee, participants, people };
}

/** Merges the people of all documents by slug; a later document fills what an earlier one lacked. */
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

export function buildCorpusIndex(docs: ParliamentaryDocument[]): CorpusIndex {
  const documents = docs.map(summarise).sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
  return { documents, people: mergePeople(documents) };
}
