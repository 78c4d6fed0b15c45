import type { Block, ParliamentaryDocument } from '../model/document.ts';

/** An entry of a document's table of contents (inhoudsopgave). */
export interface TocEntry {
  label: string;
  anchor: string;
  children: TocEntry[];
}

const TERMIJN_NAMES = ['Eerste', 'Tweede', 'Derde', 'Vierde'];

function termijnLabel(termijn: number): string {
  return `${TERMIJN_NAMES[termijn - 1] ?? `${termijn}e`} termijn`;
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
  const termijnen = new Map<number, string>();
  for (const block of doc.body) {
    if (block.type === 'speech' && block.termijn !== undefined && !termijnen.has(block.termijn) && block.passages[0]) {
      termijnen.set(block.termijn, block.passages[0].anchor);
    }
  }
  for (const [termijn, anchor] of termijnen) entries.push({ label: termijnLabel(termijn), anchor, children: [] });
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
