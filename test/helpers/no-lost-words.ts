import { expect } from 'vitest';

/** Letters and digits only, lower case: hyphenation, line breaks and punctuation do not count. */
function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Asserts that every word of `source` appears in `modelTexts`, in order. The parts of the source
 * matched by `structure` (speaker labels, page footers, bookmarks, footnote markers …) are exempt:
 * they cut the source into chunks, and each chunk must appear whole, after the previous one.
 */
export function expectNoLostWords(source: string, structure: RegExp[], modelTexts: string[]): void {
  let remaining = [source];
  for (const pattern of structure) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    remaining = remaining.flatMap((part) => part.split(global).filter((piece) => typeof piece === 'string'));
  }
  const model = letters(modelTexts.join(' '));
  let position = 0;
  for (const chunk of remaining) {
    const wanted = letters(chunk);
    if (wanted === '') continue;
    const found = model.indexOf(wanted, position);
    expect(found, `source text missing from the model (or out of order): «${chunk.trim().slice(0, 160)}»`).toBeGreaterThanOrEqual(0);
    position = found + wanted.length;
  }
}

/**
 * Asserts that each of `texts` appears in `page`, whole and in order (letters and digits only, lower
 * case): what a model holds is all on the page, in the model's reading order.
 */
export function expectTextsInOrder(page: string, texts: string[], where: string): void {
  const haystack = letters(page);
  let position = 0;
  for (const text of texts) {
    const wanted = letters(text);
    if (wanted === '') continue;
    const found = haystack.indexOf(wanted, position);
    expect(found, `text missing from ${where} (or out of order): «${text.trim().slice(0, 160)}»`).toBeGreaterThanOrEqual(0);
    position = found + wanted.length;
  }
}
