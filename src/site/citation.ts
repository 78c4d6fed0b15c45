import type { DocumentKind, Role } from '../model/document.ts';

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
