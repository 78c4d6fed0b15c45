import type { Block, ParliamentaryDocument, Role } from '../model/document.ts';

/** An entry of a document's table of contents (inhoudsopgave). */
export interface TocEntry {
  label: string;
  anchor: string;
  children: TocEntry[];
}

const TERMIJN_NAMES = ['Eerste', 'Tweede', 'Derde', 'Vierde'];

/** 'Eerste termijn': the heading the body shows where a termijn begins, and its entry in the contents. */
export function termijnLabel(termijn: number): string {
  return `${TERMIJN_NAMES[termijn - 1] ?? `${termijn}e`} termijn`;
}

/** The id of that heading: 'termijn-2'. */
export function termijnAnchor(termijn: number): string {
  return `termijn-${termijn}`;
}

/** Headings nest by level: a level-3 heading goes under the last level-2 one. */
function headingEntries(body: Block[]): TocEntry[] {
  const roots: TocEntry[] = [];
  const stack: { level: number; entry: TocEntry }[] = [];
  for (const block of body) {
    if (block.type !== 'heading') continue;
    const entry = { label: block.number ? `${block.number} ${block.title}` : block.title, anchor: block.anchor, children: [] };
    while (stack.length > 0 && stack.at(-1)!.level >= block.level) stack.pop();
    (stack.at(-1)?.entry.children ?? roots).push(entry);
    stack.push({ level: block.level, entry });
  }
  return roots;
}

/** The table of contents: agenda, sections, termijnen, question groups, toezeggingen, footnotes. */
export function tableOfContents(doc: Pick<ParliamentaryDocument, 'agenda' | 'body' | 'commitments' | 'footnotes'>): TocEntry[] {
  const entries: TocEntry[] = [];
  if (doc.agenda.length > 0) entries.push({ label: 'Agenda', anchor: 'agenda', children: [] });
  entries.push(...headingEntries(doc.body));
  const termijnen = new Set<number>();
  for (const block of doc.body) if (block.type === 'speech' && block.termijn !== undefined) termijnen.add(block.termijn);
  for (const termijn of termijnen) entries.push({ label: termijnLabel(termijn), anchor: termijnAnchor(termijn), children: [] });
  const hasHeadings = doc.body.some((block) => block.type === 'heading');
  if (!hasHeadings) {
    const questions = doc.body.filter((block) => block.type === 'question');
    if (questions.length > 0) {
      entries.push({
        label: 'Vragen en antwoorden',
        anchor: questions[0]!.anchor,
        children: questions.map((question) => ({ label: `Vraag ${question.number}`, anchor: question.anchor, children: [] })),
      });
    }
  }
  if (doc.commitments.length > 0) entries.push({ label: 'Toezeggingen', anchor: doc.commitments[0]!.anchor, children: [] });
  if (doc.footnotes.length > 0) entries.push({ label: 'Voetnoten', anchor: 'voetnoten', children: [] });
  return entries;
}

/** One speaker's turns in a document, for the index of speakers: where each turn begins. */
export interface SpeakerTurns {
  slug: string;
  name: string;
  party?: string;
  role: Role;
  turns: { anchor: string; interruption: boolean; termijn?: number }[];
}

/**
 * Who spoke, in order of their first turn, with a link to each of their turns: in a long debate
 * the way to follow one member. The chair's turns (giving the floor) are left out.
 */
export function speakerIndex(doc: Pick<ParliamentaryDocument, 'body'>): SpeakerTurns[] {
  const speakers = new Map<string, SpeakerTurns>();
  for (const block of doc.body) {
    if (block.type !== 'speech' || block.speaker.role === 'chair' || !block.passages[0]) continue;
    const { slug, name, party, role } = block.speaker;
    let entry = speakers.get(slug);
    if (!entry) speakers.set(slug, (entry = { slug, name, ...(party ? { party } : {}), role, turns: [] }));
    entry.turns.push({ anchor: block.passages[0].anchor, interruption: block.interruption, ...(block.termijn !== undefined ? { termijn: block.termijn } : {}) });
  }
  return [...speakers.values()];
}

/** What a document page shows beside its body to find one's way: the contents and the speakers. */
export interface DocumentNavigation {
  toc: TocEntry[];
  speakers: SpeakerTurns[];
}

export function documentNavigation(doc: Pick<ParliamentaryDocument, 'agenda' | 'body' | 'commitments' | 'footnotes'>): DocumentNavigation {
  return { toc: tableOfContents(doc), speakers: speakerIndex(doc) };
}
