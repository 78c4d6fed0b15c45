/**
 * The normalised input of the debate builder: what every format layer (Markdown export, PDF text,
 * reader's copy) reduces its source to. One paragraph is a speaker label, a chair-change line, a
 * heading (a reader's copy's agenda item title), a bulleted item, plain text, or a line meant as a
 * label that does not read as one, with the 1-based source line where it starts and, where the
 * source establishes it, the page of the original publication.
 */
export type DebateParagraphKind = 'label' | 'chair-change' | 'heading' | 'bullet' | 'text' | 'malformed-label';

export interface DebateParagraph {
  kind: DebateParagraphKind;
  /** Plain text: markup, line breaks and the bullet sign removed, single spaces, trimmed. */
  text: string;
  line: number;
  page?: number;
}

/** Punctuation that closes a paragraph: a sentence end, colon, semicolon, closing quote or bracket. */
const PARAGRAPH_END = /[.?!…:;»”"'’)\]]$/u;

/** A sentence end, possibly followed by closing quotes or brackets: "… zo.", "… «verzenden»." */
const SENTENCE_END = /[.?!…][»”"'’)]*$/u;

export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/**
 * Whether the text after a break (a page break of the original, a blank line of the export) still
 * belongs to the paragraph before it: the paragraph stopped without closing punctuation and the
 * break falls inside a clause, because the word before it or the word after it is written in lower
 * case ("… de volgende stap AI is" / "die AI kan verbeteren", "… samen-" / "leving impact",
 * "… programma kwantumveilige" / "Cryptografie Nederland"). A name or a number on both sides
 * ("Azarkan" / "De voorzitter van …", "Vergaderjaar 2024–2025" / "26 643") is not joined.
 */
export function continuesAcrossBreak(before: string, after: string): boolean {
  const previous = before.trimEnd();
  const next = after.trimStart();
  if (previous === '' || next === '' || PARAGRAPH_END.test(previous)) return false;
  if (/[\p{L}\p{N}]-$/u.test(previous) || /^\p{Ll}/u.test(next)) return true;
  return /^\p{Ll}/u.test(lastWord(previous));
}

/** Joins two pieces of one paragraph that a line or page break separated, undoing hyphenation. */
export function joinAcrossBreak(before: string, after: string): string {
  const previous = before.trimEnd();
  const next = after.trim();
  if (!/[\p{L}\p{N}]-$/u.test(previous)) return `${previous} ${next}`;
  const fragment = lastWord(previous).slice(0, -1);
  const nextWord = firstWord(next);
  if (ELIDED_BEFORE.test(nextWord)) return `${previous} ${next}`;
  return keepsHyphen(fragment, nextWord) ? `${previous}${next}` : `${previous.slice(0, -1)}${next}`;
}

/** "door- en doorgaan": a hyphen before a conjunction marks a left-out word part, not a word break. */
const ELIDED_BEFORE = /^(?:en|of|tot)[,.;:]?$/;

/** Vowel pairs that would read as one sound if written together: Dutch keeps a hyphen there (auto-industrie). */
const CLASHING_VOWELS = new Set(['aa', 'ae', 'ai', 'au', 'ee', 'ei', 'eu', 'ie', 'ij', 'oe', 'oi', 'oo', 'ou', 'ui', 'uu']);

/**
 * A hyphen at a line end is a real hyphen, to be kept when the word is joined again, when
 * - the part before it ends in a capital or digit: an abbreviation or number (IPv6-adressen, ISIDOOR-oefeningen);
 * - the part after it starts with a capital (Internet-of-Thingsapparatuur, Noord-Holland);
 * - the part before it is a name with a capital inside (GroenLinks-fractie, MijnOverheid-domein);
 * - the part before it already holds a hyphen (face-to-facecontact);
 * - the letters meeting at the hyphen are vowels that would clash (auto-industrie).
 * Otherwise the hyphen only broke the word (geschie-/denis → geschiedenis, Staatssecre-/taris).
 */
export function keepsHyphen(fragment: string, nextWord: string): boolean {
  const before = fragment.replace(/^[^\p{L}\p{N}]+/u, '');
  const after = nextWord.replace(/[^\p{L}\p{N}-]+$/u, '');
  if (before === '' || after === '') return true;
  if (/[\p{Lu}\p{N}]$/u.test(before) || /^\p{Lu}/u.test(after)) return true;
  if (/.\p{Lu}/u.test(before) || before.includes('-')) return true;
  return CLASHING_VOWELS.has(`${before.slice(-1)}${after.slice(0, 1)}`.toLowerCase());
}

export function firstWord(text: string): string {
  return text.trimStart().split(/\s+/, 1)[0] ?? '';
}

export function lastWord(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.slice(trimmed.lastIndexOf(' ') + 1);
}
