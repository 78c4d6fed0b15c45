import { hash } from 'node:crypto';
import type { FormerAnchor } from '../model/document.ts';
import { normaliseSpaces } from './text/spaces.ts';

/**
 * Anchors for passages. An anchor is derived from the passage's own words and scope (the
 * speaker's slug), never from its position, so a citation `…/#p3k9x2a` keeps pointing at the same
 * words when the source is edited elsewhere. Words said more than once in one scope (a
 * minister's "Dat zeg ik toe.", a chair's "Dank u wel.") are told apart by the passage before
 * them, not by a count that shifts when another is inserted earlier: the first gets the anchor
 * of its words, each other one an anchor of its words and the anchor of the passage before it.
 *
 * Which occurrence is "the first" is remembered: the anchors a document has published are kept
 * beside its source (its AnchorHistory, see anchor-history.ts), and the occurrence whose
 * predecessor is the one recorded keeps the anchor, wherever an identical passage is inserted.
 */
export interface AnchorAllocator {
  /** Anchor for a passage of body text. */
  passage(text: string, scope?: string): string;
  /** Reserve a fixed anchor (vraag-3, voetnoot-12); throws if it is already taken. */
  fixed(anchor: string): string;
}

/** The anchors a document has published, in reading order, as kept in `content/anchors/<id>.json`. */
export interface AnchorHistory {
  version: 1;
  passages: PublishedPassage[];
}

export interface PublishedPassage {
  anchor: string;
  /** The anchor of its words alone, where the passage's own anchor also holds its predecessor's. */
  words?: string;
  /** Anchors published earlier for what is now this passage. */
  formerly?: Omit<FormerAnchor, 'now'>[];
}

/** A passage as the parser asked for its anchor: the anchor of its words and scope. */
export interface AnchorCall {
  words: string;
}

/**
 * One parse's anchors: what the parser asked for (in order), and, when the pipeline parses again
 * with the anchors settled (see `settleAnchors`), the anchors to give. The pipeline opens a
 * session around a parse (`withAnchorSession`), so that the parsers need not pass it along.
 */
export interface AnchorSession {
  calls: AnchorCall[];
  issued: string[];
  plan?: readonly string[];
}

let session: AnchorSession | undefined;

/** Runs a parse with its passage anchors recorded in (and, with a plan, taken from) `current`. Parsing is synchronous. */
export function withAnchorSession<T>(current: AnchorSession, parse: () => T): T {
  const outer = session;
  session = current;
  try {
    return parse();
  } finally {
    session = outer;
  }
}

const HASH_LENGTH = 7;
const HASH_VALUES = 36n ** BigInt(HASH_LENGTH);

export function createAnchorAllocator(): AnchorAllocator {
  const taken = new Set<string>();
  const assigner = anchorAssigner(taken);
  const current = session;
  return {
    passage(text, scope = '') {
      const words = wordsAnchor(text, scope);
      let anchor: string;
      if (current?.plan) {
        anchor = current.plan[current.issued.length] ?? '';
        if (!anchor) throw new Error(`the parse asked for more passage anchors than its first run (${current.plan.length})`);
        taken.add(anchor);
      } else {
        anchor = assigner(words, !taken.has(words));
      }
      current?.calls.push({ words });
      current?.issued.push(anchor);
      return anchor;
    },
    fixed(anchor) {
      if (taken.has(anchor)) throw new Error(`anchor "${anchor}" is used twice in one document`);
      taken.add(anchor);
      return anchor;
    },
  };
}

/** The anchor of a passage's words in its scope. Changing this changes every anchor ever cited. */
function wordsAnchor(text: string, scope: string): string {
  return `p${passageHash(`${scope}\u0000${normaliseForAnchor(text)}`)}`;
}

/**
 * Gives anchors in reading order: a passage that is `primary` gets the anchor of its words, any
 * other the anchor of its words and of the anchor before it (unique, as that one is). A clash of
 * two 7-character digests (one in billions) is settled by hashing again.
 */
function anchorAssigner(taken: Set<string>): (words: string, primary: boolean) => string {
  let previous = '';
  return (words, primary) => {
    let anchor = words;
    if (!primary || taken.has(anchor)) {
      let salt = '';
      do {
        anchor = `p${passageHash(`${words}\u0000${previous}${salt}`)}`;
        salt += '\u0000';
      } while (taken.has(anchor));
    }
    taken.add(anchor);
    previous = anchor;
    return anchor;
  };
}

/**
 * The anchors the passages of a parse should have, given the anchors the document published
 * (none for a new document). Words said once keep the anchor of their words. Of words said more
 * than once, the anchor of the words goes to the occurrence whose predecessor is the one the
 * history records for it; if none is, to the first; each other occurrence gets an anchor that
 * holds its predecessor's. So a repeated sentence inserted earlier gets a new anchor and the
 * published ones stay where they were.
 */
export function settleAnchors(calls: readonly AnchorCall[], history: AnchorHistory | undefined): string[] {
  const counts = new Map<string, number>();
  for (const { words } of calls) counts.set(words, (counts.get(words) ?? 0) + 1);
  // The anchor before each anchor of words the history holds.
  const recordedBefore = new Map<string, string>();
  history?.passages.forEach((passage, index) => recordedBefore.set(passage.anchor, history.passages[index - 1]?.anchor ?? ''));
  // Words whose recorded predecessor no occurrence has: their first occurrence keeps the anchor.
  const unmatched = new Set<string>();
  for (;;) {
    const taken = new Set<string>();
    const assign = anchorAssigner(taken);
    const anchors: string[] = [];
    for (const { words } of calls) {
      const before = recordedBefore.get(words);
      const decided = counts.get(words) === 1 || before === undefined || unmatched.has(words);
      anchors.push(assign(words, decided ? !taken.has(words) : (anchors.at(-1) ?? '') === before));
    }
    const missed = [...recordedBefore.keys()].filter((words) => (counts.get(words) ?? 0) > 1 && !unmatched.has(words) && !taken.has(words));
    if (missed.length === 0) return anchors;
    for (const words of missed) unmatched.add(words);
  }
}

/** Whitespace and case differences do not change a passage's identity. */
function normaliseForAnchor(text: string): string {
  return normaliseSpaces(text.normalize('NFC')).toLowerCase();
}

/**
 * A short base-36 digest: 7 characters give 78 billion values, ample for one document. It is the
 * first 64 bits of the SHA-1 modulo 36^7; changing this changes every anchor ever cited.
 */
function passageHash(text: string): string {
  const first64Bits = BigInt(`0x${hash('sha1', text).slice(0, 16)}`);
  return (first64Bits % HASH_VALUES).toString(36).padStart(HASH_LENGTH, '0');
}
