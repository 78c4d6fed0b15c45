/** Handling of documents exported from Word: bookmarks, inline footnotes, alt-text tails. */
export { cleanWordExport } from './export.ts';
export type { CleanedWordExport, CleanOptions, FootnoteCallSite, FootnoteText } from './export.ts';
export { collectFootnotes, recordCallers, takeFootnoteCalls } from './footnotes.ts';
export { wordDocumentMetadata } from './metadata.ts';
export { wordParagraphs } from './paragraphs.ts';
export type { WordParagraph } from './paragraphs.ts';
