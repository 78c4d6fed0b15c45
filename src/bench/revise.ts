/**
 * A small correction to a source, as an editor would make: one word in the middle of the text
 * replaced by another of the same length ("het" → "dit"), so that a debate's line wrapping and
 * page footers stay where they were and the document still ingests. Used to measure (and test)
 * an incremental ingest after one changed document.
 */
export function reviseSource(text: string): string {
  const middle = Math.floor(text.length / 2);
  const at = text.indexOf(' het ', middle);
  const found = at >= 0 ? at : text.lastIndexOf(' het ', middle);
  if (found < 0) throw new Error('no " het " to revise in this source');
  return `${text.slice(0, found)} dit ${text.slice(found + 5)}`;
}
