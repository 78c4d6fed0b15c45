import escapeRegExp from 'escape-string-regexp';
import type { Person, Role } from '../../model/document.ts';
import { slugify } from '../../model/slug.ts';

/**
 * The people of one debate, keyed by slug, in the order the document first names them. Each
 * record is filled in as the text tells more (the attendance list gives offices, labels give
 * honorifics and parties); what is known is never overwritten.
 */
export interface PeopleRegister {
  bySlug: Map<string, Person>;
}

export function createPeopleRegister(): PeopleRegister {
  return { bySlug: new Map() };
}

export type PersonDetails = Partial<Omit<Person, 'slug' | 'name'>>;

export function registerPerson(register: PeopleRegister, name: string, details: PersonDetails = {}): Person {
  const slug = slugify(name);
  const known = register.bySlug.get(slug);
  const person: Person = known ?? { slug, name };
  for (const key of ['honorific', 'party', 'office'] as const) {
    const value = details[key];
    if (value !== undefined && person[key] === undefined) person[key] = value;
  }
  if (!known) register.bySlug.set(slug, person);
  return person;
}

/** 'de heer' / 'meneer' / 'Mevrouw' → 'De heer' / 'Mevrouw'. */
export function normaliseHonorific(text: string): string {
  return /^(?:de heer|meneer)$/i.test(text) ? 'De heer' : 'Mevrouw';
}

/** The cabinet role an office implies: 'Minister van …' → minister, 'Staatssecretaris …' → state-secretary. */
export function cabinetRole(office: string): Role | undefined {
  if (/^Minister\b/.test(office)) return 'minister';
  if (/^Staatssecretaris\b/.test(office)) return 'state-secretary';
  return undefined;
}

/** A name at the start of a text, not followed by more letters; compiled once per name (hot: every honorific in a chair's or commitment's words). */
const namePatterns = new Map<string, RegExp>();
/** A thread sees the names of thousands of documents: the memo is emptied when it grows past this. */
const NAME_PATTERN_LIMIT = 10_000;
function namePattern(name: string): RegExp {
  let pattern = namePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`^${escapeRegExp(name)}(?![\\p{L}])`, 'iu');
    if (namePatterns.size >= NAME_PATTERN_LIMIT) namePatterns.clear();
    namePatterns.set(name, pattern);
  }
  return pattern;
}

/**
 * An ASCII character in lower case, as a pattern that ignores case compares it; -1 for any other
 * character, which case folding may equate with an ASCII one (ſ with s, the Kelvin sign with k).
 */
function asciiFolded(code: number): number {
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  return code < 0x80 ? code : -1;
}

/** Whether `name` may stand at the start of `text`: false only where their first characters are ASCII and differ, ignoring case. */
function mayStartWith(text: string, name: string): boolean {
  const a = asciiFolded(text.charCodeAt(0));
  const b = asciiFolded(name.charCodeAt(0));
  return a < 0 || b < 0 || a === b;
}

const NON_ASCII = /[^\x00-\x7f]/;
const LETTER_AT = /\p{L}/uy;

/**
 * Whether `name` stands at the start of `text`, as `namePattern` tells. Where both are ASCII there,
 * ignoring case is comparing lower case, which spares compiling a pattern for every name a thread
 * meets; other characters fold in ways only the pattern knows.
 */
function startsWithName(text: string, name: string): boolean {
  const head = text.slice(0, name.length);
  if (head.length === name.length && !NON_ASCII.test(head) && !NON_ASCII.test(name)) {
    if (head.toLowerCase() !== name.toLowerCase()) return false;
    LETTER_AT.lastIndex = name.length;
    return !LETTER_AT.test(text);
  }
  return namePattern(name).test(text);
}

/** The known person whose name stands at the very start of `text` (the longest name wins). */
export function personNamedAt(people: Iterable<Person>, text: string): Person | undefined {
  let best: Person | undefined;
  for (const person of people) {
    // The first characters are compared first: most names cannot match.
    if (!mayStartWith(text, person.name)) continue;
    if (startsWithName(text, person.name) && (!best || person.name.length > best.name.length)) best = person;
  }
  return best;
}

/** Known people named after an honorific or "het lid" in `text`, in order: "van het lid Krul", "mevrouw Buitenweg". */
export function peopleAddressedIn(people: Person[], text: string): Person[] {
  const found: Person[] = [];
  for (const match of text.matchAll(/\b(?:het lid|de heer|mevrouw|meneer|heer)\s+/giu)) {
    const person = personNamedAt(people, text.slice(match.index + match[0].length));
    if (person) found.push(person);
  }
  return found;
}
