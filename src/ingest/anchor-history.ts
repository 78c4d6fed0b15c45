import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FormerAnchor } from '../model/document.ts';
import type { AnchorCall, AnchorHistory, PublishedPassage } from './anchors.ts';
import { SourceError } from './source.ts';
import { sourceIdOf } from './source-id.ts';

/**
 * The anchors a document has published, kept beside the sources (`content/anchors/<id>.json`) and
 * committed with them: the build reads it, and writes it back with the anchors it publishes now.
 * One file per document, so that the ingest's threads each write their own, a rebuild reads only
 * the histories of the documents it parses, and a correction shows in version control as a
 * change to that document's file. A link to an anchor that a correction took away still lands:
 * on the passage that took its place, which says that the text was corrected.
 */
export const ANCHOR_HISTORY_DIR = 'anchors';

/** `content/x.txt` → `content/anchors/x.json` (by the document's id, which its anchors belong to). */
export function anchorHistoryPath(sourcePath: string): string {
  return join(dirname(sourcePath), ANCHOR_HISTORY_DIR, `${sourceIdOf(sourcePath)}.json`);
}

/** A source's anchor history, if it has one; one that is not the shape this module writes (a merge gone wrong) is refused. */
export function readAnchorHistory(sourcePath: string): AnchorHistory | undefined {
  const path = anchorHistoryPath(sourcePath);
  // The build writes here: a symbolic link would let it write (and read) outside the content directory.
  for (const file of [dirname(path), path]) {
    if (lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) throw new SourceError(file, 'is a symbolic link; the anchor history must be a plain directory and files in the content directory');
  }
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SourceError(path, `the anchor history is not valid JSON (${(error as Error).message}); restore it from version control`);
  }
  const problem = historyProblem(data);
  if (problem) throw new SourceError(path, `the anchor history is not one Verslag wrote: ${problem}; restore it from version control`);
  return data as AnchorHistory;
}

/** A passage anchor; `-2`, `-3` are the occurrence counts of earlier builds, kept as former anchors. */
const ANCHOR = /^p[0-9a-z]{7}(?:-\d+)?$/;

function historyProblem(data: unknown): string | undefined {
  const history = data as AnchorHistory;
  if (typeof history !== 'object' || history === null || history.version !== 1 || !Array.isArray(history.passages)) return 'expected {"version": 1, "passages": [...]}';
  for (const [index, passage] of history.passages.entries()) {
    const ok =
      typeof passage === 'object' && passage !== null && ANCHOR.test(passage.anchor) &&
      (passage.words === undefined || ANCHOR.test(passage.words)) &&
      (passage.formerly === undefined || (Array.isArray(passage.formerly) && passage.formerly.every((former) => ANCHOR.test(former?.anchor) && typeof former.corrected === 'boolean')));
    if (!ok) return `passage ${index + 1} is not {"anchor": "p…", "words"?: "p…", "formerly"?: [{"anchor": "p…", "corrected": true}]}`;
  }
  return undefined;
}

/**
 * The document's anchors now (`anchors`, in reading order, with what the parser asked for), set
 * against its history: the history to keep, and every anchor published earlier that no passage
 * has now, with the passage it leads to. Such an anchor is placed where it stood: between the
 * nearest published passages that kept their anchors, on the new passage in that place (the k-th
 * of several on the k-th), or, if nothing new stands there (the passage was deleted), on the
 * passage that now follows. It is `corrected` unless the words there are the words it had.
 * Anchors published earlier stay in the history, so a link survives any number of corrections.
 */
export function recordAnchors(anchors: readonly string[], calls: readonly AnchorCall[], history: AnchorHistory | undefined): { history: AnchorHistory; formerAnchors: FormerAnchor[] } {
  const wordsOf = (index: number): string => calls[index]!.words;
  const position = new Map(anchors.map((anchor, index) => [anchor, index]));
  const formerly = anchors.map((): Omit<FormerAnchor, 'now'>[] => []);
  const old = history?.passages ?? [];
  if (anchors.length > 0) {
    const oldAnchors = new Set(old.map((passage) => passage.anchor));
    const isNew = (index: number): boolean => !oldAnchors.has(anchors[index]!);
    let kept = -1; // position now of the last published passage that kept its anchor
    let gap: PublishedPassage[] = [];
    const placeGap = (next: number): void => {
      const end = next < 0 ? anchors.length : next;
      const candidates: number[] = [];
      for (let index = kept + 1; index < end && index >= 0; index++) if (isNew(index)) candidates.push(index);
      gap.forEach((passage, k) => {
        const target = candidates.length > 0 ? candidates[Math.min(k, candidates.length - 1)]! : next >= 0 ? next : Math.max(kept, 0);
        const changed = (passage.words ?? passage.anchor) !== wordsOf(target);
        formerly[target]!.push({ anchor: passage.anchor, corrected: changed }, ...(passage.formerly ?? []).map((former) => ({ anchor: former.anchor, corrected: former.corrected || changed })));
      });
      gap = [];
    };
    for (const passage of old) {
      const now = position.get(passage.anchor);
      if (now === undefined || now <= kept) {
        // Gone, or moved before a passage that kept its place: resolved in this gap.
        if (now === undefined) gap.push(passage);
        else formerly[now]!.push(...(passage.formerly ?? []));
        continue;
      }
      placeGap(now);
      formerly[now]!.push(...(passage.formerly ?? []));
      kept = now;
    }
    placeGap(-1);
  }
  const passages: PublishedPassage[] = anchors.map((anchor, index) => {
    const words = wordsOf(index);
    // An anchor that is a passage's own again (the words restored) leads there, not here.
    const seen = new Set<string>();
    const former = formerly[index]!.filter((item) => !position.has(item.anchor) && !seen.has(item.anchor) && seen.add(item.anchor));
    return { anchor, ...(words === anchor ? {} : { words }), ...(former.length > 0 ? { formerly: former } : {}) };
  });
  const formerAnchors = passages.flatMap((passage) => (passage.formerly ?? []).map((former) => ({ anchor: former.anchor, now: passage.anchor, corrected: former.corrected })));
  // A document that has no passages now keeps what it published, for when it has them again.
  return { history: anchors.length > 0 ? { version: 1, passages } : (history ?? { version: 1, passages: [] }), formerAnchors };
}

/** The history as written to disk: one passage per line, so that a correction is a small diff. */
export function serialiseAnchorHistory(history: AnchorHistory): string {
  const lines = history.passages.map((passage) => `    ${JSON.stringify(passage)}`);
  return `{\n  "version": ${history.version},\n  "passages": [\n${lines.join(',\n')}\n  ]\n}\n`;
}
