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

/** Where a termijn heading goes: before the body's `index`th block. */
export interface TermijnStart {
  index: number;
  termijn: number;
  /** 'termijn-2'; a later agenda item's own second termijn 'termijn-2-2', so that every id is unique. */
  anchor: string;
}

/**
 * Where the body shows a termijn heading: at the first turn of each termijn, and again after a
 * section heading (an agenda item: a sitting's next debate has a first termijn of its own).
 * Blocks are the body's, reduced to what this needs, so that the model and the rendered tree
 * (src/markdown/remark-verslag.ts) place them alike.
 */
export function termijnStarts(blocks: { termijn?: number | undefined; section?: boolean }[]): TermijnStart[] {
  const starts: TermijnStart[] = [];
  const seen = new Map<number, number>();
  let current: number | undefined;
  blocks.forEach((block, index) => {
    if (block.section) current = undefined;
    if (block.termijn === undefined || block.termijn === current) return;
    current = block.termijn;
    const count = (seen.get(current) ?? 0) + 1;
    seen.set(current, count);
    starts.push({ index, termijn: current, anchor: count === 1 ? termijnAnchor(current) : `${termijnAnchor(current)}-${count}` });
  });
  return starts;
}

/**
 * The body's headings and termijnen in reading order: headings nest by level (a level-3 heading
 * goes under the last level-2 one), a termijn under the heading it begins in (its agenda item).
 */
function bodyEntries(body: Block[]): TocEntry[] {
  const roots: TocEntry[] = [];
  const stack: { level: number; entry: TocEntry }[] = [];
  const starts = new Map(termijnStarts(body.map((block) => ({ termijn: block.type === 'speech' ? block.termijn : undefined, section: block.type === 'heading' }))).map((start) => [start.index, start]));
  body.forEach((block, index) => {
    const start = starts.get(index);
    if (start) (stack.at(-1)?.entry.children ?? roots).push({ label: termijnLabel(start.termijn), anchor: start.anchor, children: [] });
    if (block.type !== 'heading') return;
    const entry = { label: block.number ? `${block.number} ${block.title}` : block.title, anchor: block.anchor, children: [] };
    while (stack.length > 0 && stack.at(-1)!.level >= block.level) stack.pop();
    (stack.at(-1)?.entry.children ?? roots).push(entry);
    stack.push({ level: block.level, entry });
  });
  return roots;
}

/** The table of contents: agenda, sections, termijnen, question groups, toezeggingen, footnotes. */
export function tableOfContents(doc: Pick<ParliamentaryDocument, 'agenda' | 'body' | 'commitments' | 'footnotes'>): TocEntry[] {
  const entries: TocEntry[] = [];
  if (doc.agenda.length > 0) entries.push({ label: 'Agenda', anchor: 'agenda', children: [] });
  entries.push(...bodyEntries(doc.body));
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
