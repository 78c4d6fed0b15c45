import { hash } from 'node:crypto';
import { normaliseSpaces } from './text/spaces.ts';

/**
 * Anchors for passages. An anchor is derived from the passage's own words (and an optional scope
 * such as the speaker's slug), never from its position, so a citation `…/#p3k9x2a` keeps pointing
 * at the same words when the source is edited elsewhere. Identical passages within one scope (a
 * chair's "Dank u wel." said twenty times) are told apart by their occurrence: `-2`, `-3`.
 */
export interface AnchorAllocator {
  /** Anchor for a passage of body text. */
  passage(text: string, scope?: string): string;
  /** Reserve a fixed anchor (vraag-3, voetnoot-12); throws if it is already taken. */
  fixed(anchor: string): string;
}

const HASH_LENGTH = 7;
const HASH_VALUES = 36n ** BigInt(HASH_LENGTH);

export function createAnchorAllocator(): AnchorAllocator {
  const taken = new Set<string>();
  const claim = (anchor: string): string => {
    taken.add(anchor);
    return anchor;
  };
  return {
    passage(text, scope = '') {
      const base = `p${passageHash(`${scope}\u0000${normaliseForAnchor(text)}`)}`;
      if (!taken.has(base)) return claim(base);
      for (let occurrence = 2; ; occurrence++) {
        const candidate = `${base}-${occurrence}`;
        if (!taken.has(candidate)) return claim(candidate);
      }
    },
    fixed(anchor) {
      if (taken.has(anchor)) throw new Error(`anchor "${anchor}" is used twice in one document`);
      return claim(anchor);
    },
  };
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
