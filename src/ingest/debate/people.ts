import escapeRegExp from 'escape-string-regexp';
import type { Person, Role } from '../../model/document.ts';
import { slugify } from '../slug.ts';

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

/**
 * One pattern for a set of people: any of their names at the start of a text, not followed by more
 * letters. The longest names come first (equal lengths in the set's order), so the first alternative
 * that matches is the longest name that does. Compiled once per set, not once per name and tried
 * name by name at every honorific; a thread sees thousands of sets, so the memo is bounded.
 */
interface NameMatcher {
  pattern: RegExp;
  /** The people in the pattern's order: alternative i is capture group i + 1. */
  people: Person[];
}
const nameMatchers = new Map<string, NameMatcher>();
const MATCHER_LIMIT = 1_000;

function nameMatcher(people: readonly Person[]): NameMatcher {
  const key = people.map((person) => person.name).join('\u0000');
  let matcher = nameMatchers.get(key);
  if (!matcher) {
    const ordered = [...people].sort((a, b) => b.name.length - a.name.length);
    const names = ordered.map((person) => `(${escapeRegExp(person.name)})`).join('|');
    matcher = { pattern: new RegExp(`^(?:${names})(?![\\p{L}])`, 'iu'), people: ordered };
    if (nameMatchers.size >= MATCHER_LIMIT) nameMatchers.clear();
    nameMatchers.set(key, matcher);
  }
  return matcher;
}

function namedAt(matcher: NameMatcher, text: string): Person | undefined {
  const match = matcher.pattern.exec(text);
  if (!match) return undefined;
  const group = match.findIndex((value, index) => index > 0 && value !== undefined);
  return matcher.people[group - 1];
}

/** The known person whose name stands at the very start of `text` (the longest name wins). */
export function personNamedAt(people: readonly Person[], text: string): Person | undefined {
  return people.length === 0 ? undefined : namedAt(nameMatcher(people), text);
}

/** Known people named after an honorific or "het lid" in `text`, in order: "van het lid Krul", "mevrouw Buitenweg". */
export function peopleAddressedIn(people: Person[], text: string): Person[] {
  const found: Person[] = [];
  if (people.length === 0) return found;
  const matcher = nameMatcher(people);
  for (const match of text.matchAll(/\b(?:het lid|de heer|mevrouw|meneer|heer)\s+/giu)) {
    const person = namedAt(matcher, text.slice(match.index + match[0].length));
    if (person) found.push(person);
  }
  return found;
}
