import type { Person, Role, Speaker } from '../../model/document.ts';
import { createPeopleRegister, normaliseHonorific, type PeopleRegister } from '../debate/people.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { normaliseParty } from '../parties.ts';
import { slugify } from '../../model/slug.ts';
import { childElement, childElements, type XmlElement } from '../xml/tree.ts';
import { childText } from './text.ts';

/**
 * The people of a VLOS transcript. Every `<spreker>` carries the House's stable id (`objectid`),
 * the name as the House prints it in a label (`verslagnaam`: 'Van der Lee', 'Jasper van Dijk'
 * where a first name tells two members apart), first name, surname, party and function. The slug
 * is made from the printed name, as the text formats make it from the label, so that a member is
 * one person across text and XML sources; the id, first and full name are kept beside it.
 */
export interface VlosPeople {
  register: PeopleRegister;
  byId: Map<string, Person>;
  /** The role each `<spreker soort>` implies, by id. */
  roles: Map<string, Role>;
}

export function createVlosPeople(): VlosPeople {
  return { register: createPeopleRegister(), byId: new Map(), roles: new Map() };
}

const ROLE_BY_SOORT: Record<string, Role> = {
  'Tweede Kamerlid': 'member',
  Minister: 'minister',
  Staatssecretaris: 'state-secretary',
  'Externe spreker': 'guest',
};

/** Tussenvoegsels a printed name may start with: 'Van der Lee' reads 'Tom van der Lee' after a first name. */
const LEADING_PARTICLE = /^(?:Van|De|Den|Der|Ter|Te|Het|In|Op|Uit|Vanden|Vander)\b/;

/** The person a `<spreker>` names: registered on first sight, the same record after. */
export function personOf(people: VlosPeople, spreker: XmlElement, diagnostics: Diagnostics): Person {
  const id = spreker.attributes.objectid ?? '';
  const known = id === '' ? undefined : people.byId.get(id);
  if (known) return known;
  const name = childText(spreker, 'verslagnaam') || childText(spreker, 'weergavenaam') || childText(spreker, 'achternaam');
  if (name === '') diagnostics.warn('a speaker without a name (no verslagnaam, weergavenaam or achternaam)', spreker.line, spreker.column);
  const firstName = roepnaam(childText(spreker, 'voornaam'));
  const soort = spreker.attributes.soort ?? '';
  const role = ROLE_BY_SOORT[soort];
  if (!role) diagnostics.warn(`a speaker of unknown kind "${soort}" (${name}), read as a member`, spreker.line, spreker.column);
  const aanhef = childText(spreker, 'aanhef');
  const party = childText(spreker, 'fractie');
  const functie = childText(spreker, 'functie');
  const cabinet = role === 'minister' || role === 'state-secretary';
  let slug = slugify(name || id || 'onbekend');
  const holder = people.register.bySlug.get(slug);
  if (holder && holder.id !== id) {
    // Two people printed alike in one transcript: the first name tells them apart.
    slug = slugify(`${firstName ?? id} ${name}`);
    diagnostics.warn(`two speakers are printed as "${name}"; the second is ${slug}`, spreker.line, spreker.column);
  }
  const person: Person = {
    slug,
    name: name || slug,
    ...(/^(?:de heer|mevrouw)$/i.test(aanhef) ? { honorific: normaliseHonorific(aanhef) } : {}),
    ...(party ? { party: normaliseParty(party) } : {}),
    ...(cabinet && functie ? { office: capitalise(functie) } : {}),
    ...(id ? { id } : {}),
    ...(firstName ? { firstName, fullName: fullName(firstName, name) } : {}),
  };
  people.register.bySlug.set(slug, person);
  if (id) people.byId.set(id, person);
  people.roles.set(id || slug, role ?? 'member');
  return person;
}

/**
 * Registers the speakers of every turn first, in order, so that where two people are printed
 * alike (2014: Minister Rutte and the member Rutte of the attendance list) the one who speaks
 * keeps the slug of the printed label, as a text source of the same debate would give it.
 */
export function registerTurnSpeakers(people: VlosPeople, element: XmlElement, diagnostics: Diagnostics): void {
  for (const child of childElements(element)) {
    if (child.name === 'woordvoerder' || child.name === 'interrumpant') {
      const spreker = childElement(child, 'spreker');
      if (spreker) personOf(people, spreker, diagnostics);
    }
    registerTurnSpeakers(people, child, diagnostics);
  }
}

/** The role a person speaks in: the chair if the turn says so, else what their `<spreker soort>` is. */
export function roleOf(people: VlosPeople, person: Person, chairs: boolean): Role {
  if (chairs) return 'chair';
  return people.roles.get(person.id ?? person.slug) ?? 'member';
}

export function speakerFor(person: Person, role: Role): Speaker {
  return {
    slug: person.slug,
    name: person.name,
    ...(person.party && role !== 'minister' && role !== 'state-secretary' ? { party: person.party } : {}),
    role,
    ...(person.office && (role === 'minister' || role === 'state-secretary') ? { office: person.office } : {}),
  };
}

/** 'Jellejetta (Jetta)' → 'Jetta': the name a person goes by. */
function roepnaam(voornaam: string): string | undefined {
  const called = /\(([^()]+)\)\s*$/.exec(voornaam);
  const name = (called ? called[1]! : voornaam).trim();
  return name === '' ? undefined : name;
}

/** 'Tom' + 'Van der Lee' → 'Tom van der Lee'; a printed name that holds the first name already stays. */
function fullName(firstName: string, name: string): string {
  if (name.startsWith(`${firstName} `)) return name;
  return `${firstName} ${LEADING_PARTICLE.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name}`;
}

/** 'minister van Financiën' → 'Minister van Financiën', as the text formats write an office. */
function capitalise(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}
