/**
 * A paragraph of the original split in two by a page break (with footnote text or a blank line
 * between the halves): '… ondersteund door data van Eurostat en' | 'nationale statistiekbureaus, …'.
 */

/** Ends a sentence (or a quotation, a parenthesis, a list lead-in). */
const SENTENCE_END = /[.!?:;…'"”’)\]]$/u;

/** Words a Dutch sentence does not end on: a paragraph ending on one was cut off ('… tussen de' | 'EU en …'). */
const FUNCTION_WORDS = new Set([
  'de', 'het', 'een', 'van', 'en', 'of', 'in', 'op', 'aan', 'met', 'voor', 'tussen', 'om', 'te', 'door',
  'bij', 'naar', 'uit', 'over', 'tot', 'dat', 'die', 'als', 'onder', 'zoals', 'waarin', 'waarbij',
]);

/** Whether `next` continues `previous`: the one does not end a sentence and the other does not start one. */
export function continuesAfterPageBreak(previous: string, next: string): boolean {
  const end = previous.trimEnd();
  if (end === '' || SENTENCE_END.test(end)) return false;
  const start = next.trimStart();
  if (/^\p{Ll}/u.test(start)) return true;
  const lastWord = /(\p{L}+)$/u.exec(end)?.[1]?.toLowerCase();
  return lastWord !== undefined && FUNCTION_WORDS.has(lastWord) && /^[\p{L}\p{N}]/u.test(start);
}
