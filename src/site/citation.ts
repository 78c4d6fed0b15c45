import type { DocumentKind, Person, Role } from '../model/document.ts';

/**
 * What a reference needs, per kind of passage: a speech names its speaker with party or office, a
 * question its number and who asked it, an answer or a letter its sender, a toezegging the member
 * of the cabinet who made it (not the chair who read it out). Pure, so that the build (which
 * writes who said what into the page) and the "Citeer" script (which puts it together with the
 * passage's link) share one formulation.
 */

/** A person as a citation names them. */
export interface CitedPerson {
  name: string;
  party?: string;
  /** 'Staatssecretaris Koninkrijksrelaties en Digitalisering' */
  office?: string;
  role?: Role;
}

/** An office as it reads inside a sentence: 'Minister van Justitie' → 'minister van Justitie'. */
export const inRunningText = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** 'Krul (CDA)', 'Szabó (staatssecretaris Koninkrijksrelaties en Digitalisering)', 'Valize (PVV, voorzitter)'. */
export function citedPerson(person: CitedPerson): string {
  const office = person.office ? inRunningText(person.office) : person.role === 'minister' ? 'minister' : person.role === 'state-secretary' ? 'staatssecretaris' : undefined;
  const details = [person.party, office, person.role === 'chair' ? 'voorzitter' : undefined].filter(Boolean);
  return details.length > 0 ? `${person.name} (${details.join(', ')})` : person.name;
}

/** Who a question is from: 'Vraag 3 van de GroenLinks-PvdA-fractie', 'Vraag 2 van het lid Dassen (Volt)'. */
export function citedQuestion(number: number | string, asker?: CitedPerson, party?: string): string {
  if (asker) return `Vraag ${number} van het lid ${citedPerson({ ...asker, party: asker.party ?? party })}`;
  return party ? `Vraag ${number} van de ${party}-fractie` : `Vraag ${number}`;
}

/** 'Antwoord op vraag 3 van Aerdts (staatssecretaris …)', or without a known sender 'Antwoord op vraag 3'. */
export function citedAnswer(number: number | string, sender?: string): string {
  return sender ? `Antwoord op vraag ${number} van ${sender}` : `Antwoord op vraag ${number}`;
}

/** 'Toezegging van Szabó (staatssecretaris …) aan Kathmann (GroenLinks-PvdA)'. */
export function citedCommitment(by?: CitedPerson, to?: CitedPerson): string {
  return ['Toezegging', by && `van ${citedPerson(by)}`, to && `aan ${citedPerson(to)}`].filter(Boolean).join(' ');
}

/** The document a passage stands in, as the page states it. */
export interface CitedDocument {
  title: string;
  /** 'commissiedebat', 'kamerbrief' (lower case, as in running text). */
  kind: string;
  /** 'Kamerstuk 26 643, nr. 1311', or the House's document number '2026D32673'. */
  number?: string;
  /** '30 januari 2025' */
  date: string;
  /** The permanent link of the document's page. */
  url: string;
}

/**
 * The text "Citeer" copies: who, the document, its number, date and page of the original, and the
 * permanent link of the passage.
 * 'Krul (CDA), "Opkomende en toekomstige technologieën", commissiedebat, Kamerstuk 26 643, nr. 1311, 30 januari 2025. https://…/#pq60aa4q'
 */
export function citationText(document: CitedDocument, passage: { who?: string; page?: string | number; anchor: string }): string {
  const parts = [passage.who, `"${document.title}"`, document.kind, document.number, document.date, passage.page ? `p. ${passage.page}` : undefined];
  return `${parts.filter(Boolean).join(', ')}. ${document.url}#${passage.anchor}`;
}

/** The member of the cabinet who sends a letter or the answers to questions, where the document names one. */
export function documentSender(document: { kind: DocumentKind; participants: { slug: string; role: Role }[] }): string | undefined {
  if (document.kind !== 'kamerbrief' && document.kind !== 'antwoorden') return undefined;
  return document.participants.find((participant) => participant.role === 'minister' || participant.role === 'state-secretary')?.slug;
}

/** A signature's office and name: 'De Minister van Binnenlandse Zaken en Koninkrijksrelaties, H.G.J. Bruins Slot'. */
const SIGNED = /^(?:De|de) ((?:Minister-president|minister-president|Minister|minister|Staatssecretaris|staatssecretaris)\b[^,]*), (.+)$/u;

/** The sender as the model has it from a signature, as a citation names a person: its name, with the office it signs in. */
export function signatory(sender: string): CitedPerson {
  const signed = SIGNED.exec(sender);
  return signed ? { name: signed[2]!, office: signed[1]! } : { name: sender };
}

/**
 * Who sends a document, as a citation names them: the member of the cabinet among a letter's or
 * answers' participants, else the sender its signature names (a Kamerstuk letter's
 * 'De Minister van …, H.G.J. Bruins Slot'); undefined where the document names none.
 */
export function citedSender(document: { kind: DocumentKind; participants: { slug: string; role: Role }[]; people: Pick<Person, 'slug' | 'name' | 'party' | 'office'>[]; sender?: string }): CitedPerson | undefined {
  const slug = documentSender(document);
  const person = slug ? document.people.find((candidate) => candidate.slug === slug) : undefined;
  if (person) {
    const role = document.participants.find((participant) => participant.slug === slug)?.role;
    return { name: person.name, ...(person.party ? { party: person.party } : {}), ...(person.office ? { office: person.office } : {}), ...(role ? { role } : {}) };
  }
  return document.sender ? signatory(document.sender) : undefined;
}

/**
 * A person's name as citation_author, which Zotero splits into first and last name at the last
 * space unless a comma says where: 'H.G.J. Bruins Slot' → 'Bruins Slot, H.G.J.'; 'Aerdts' stays.
 */
export function referenceAuthor(person: CitedPerson): string {
  const initials = /^((?:\p{Lu}\.)+)\s*(\S.*)$/u.exec(person.name);
  return initials ? `${initials[2]}, ${initials[1]}` : person.name;
}
