import type { Block, Footnote, ParliamentaryDocument } from '../../src/model/document.ts';

/** A document with just the given body and footnotes, for testing one annotation pass alone. */
export function minimalDocument(body: Block[], footnotes: Footnote[] = []): ParliamentaryDocument {
  return {
    id: 'test',
    kind: 'kamerbrief',
    title: 'Test',
    date: '2025-07',
    agenda: [],
    participants: [],
    people: [],
    body,
    commitments: [],
    references: [],
    footnotes,
    unclassified: [],
  };
}

export function paragraph(anchor: string, text: string): Block {
  return { type: 'paragraph', passage: { anchor, text } };
}
