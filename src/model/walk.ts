import type { Block, ParliamentaryDocument, Passage } from './document.ts';

/** Every passage of a block, in reading order. */
export function blockPassages(block: Block): Passage[] {
  switch (block.type) {
    case 'speech':
      return block.passages;
    case 'question':
      return [...block.passages, ...block.answer.passages];
    case 'paragraph':
    case 'procedural':
      return [block.passage];
    case 'heading':
    case 'chair-change':
      return [];
  }
}

/** The readable text of the document's body in order: headings, chair changes and passages. */
export function bodyTexts(doc: ParliamentaryDocument): string[] {
  const texts: string[] = doc.agenda.map((item) => item.text);
  for (const block of doc.body) {
    if (block.type === 'heading') texts.push(block.number ? `${block.number} ${block.title}` : block.title);
    else if (block.type === 'chair-change') texts.push(block.text);
    else texts.push(...blockPassages(block).map((passage) => passage.text));
  }
  return texts;
}
