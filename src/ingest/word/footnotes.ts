import type { Footnote, FootnoteCall } from '../../model/document.ts';
import type { AnchorAllocator } from '../anchors.ts';
import { normaliseSpaces } from '../text/spaces.ts';
import type { FootnoteText } from './export.ts';

/**
 * A run of footnote calls as Word writes them: `[footnoteRef:5]`, or several in a row separated by
 * commas (`[footnoteRef:42],[footnoteRef:43]`) — the comma belongs to the superscript, not the sentence.
 */
const CALL_RUN = /\[footnoteRef:\d+\](?:\s*,\s*\[footnoteRef:\d+\])*/g;
const CALL_NUMBER = /\[footnoteRef:(\d+)\]/g;

/**
 * Plain passage text from one Word paragraph: footnote calls taken out (recorded with the offset
 * where they stood), whitespace collapsed and trimmed.
 */
export function takeFootnoteCalls(raw: string): { text: string; footnoteCalls: FootnoteCall[] } {
  let stripped = '';
  const calls: FootnoteCall[] = [];
  let copiedUpTo = 0;
  for (const run of raw.matchAll(CALL_RUN)) {
    stripped += raw.slice(copiedUpTo, run.index);
    for (const call of run[0].matchAll(CALL_NUMBER)) calls.push({ number: Number(call[1]), offset: stripped.length });
    copiedUpTo = run.index + run[0].length;
  }
  stripped += raw.slice(copiedUpTo);
  return calls.length === 0 ? { text: normaliseSpaces(stripped), footnoteCalls: [] } : collapseWhitespace(stripped, calls);
}

/** Collapses whitespace runs to one space and trims, moving the call offsets along. */
function collapseWhitespace(text: string, calls: FootnoteCall[]): { text: string; footnoteCalls: FootnoteCall[] } {
  // A call's new offset is the length of the text before it, collapsed the same way.
  const collapse = (part: string): string => part.replace(/\s+/g, ' ').replace(/^ /, '');
  const trimmed = collapse(text).trimEnd();
  return {
    text: trimmed,
    footnoteCalls: calls.map((call) => ({ number: call.number, offset: Math.min(collapse(text.slice(0, call.offset)).length, trimmed.length) })),
  };
}

/**
 * The document's footnotes in number order, each with the anchor of the passage or heading that
 * calls it. `callers` maps footnote number → anchor of its caller, as the parser placed the calls.
 */
export function collectFootnotes(texts: FootnoteText[], callers: ReadonlyMap<number, string>, anchors: AnchorAllocator): Footnote[] {
  return [...texts]
    .sort((a, b) => a.number - b.number)
    .map((footnote) => {
      // cleanWordExport reported a text without a call; it stays a footnote that nothing calls.
      const calledFrom = callers.get(footnote.number);
      return { number: footnote.number, anchor: anchors.fixed(`voetnoot-${footnote.number}`), text: footnote.text, ...(calledFrom ? { calledFrom } : {}) };
    });
}

/** Remembers which anchor calls which footnote. */
export function recordCallers(callers: Map<number, string>, calls: FootnoteCall[], anchor: string): void {
  for (const call of calls) callers.set(call.number, anchor);
}
