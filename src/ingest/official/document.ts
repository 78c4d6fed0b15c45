import type { DocumentKind, Motion, PaperNumber, ParliamentaryDocument, Paragraph, ProceduralLine } from '../../model/document.ts';
import { registerPerson, type PeopleRegister } from '../debate/people.ts';
import type { SourceDocument } from '../source.ts';
import { parseDutchDate } from '../text/dates.ts';
import type { Diagnostics } from '../diagnostics.ts';
import type { BodyReader } from './body.ts';
import { dateWhenUnstated } from './publication.ts';

/** What a Kamerstuk's reader (op-xsd or kamerwrk) found, for `kamerstukDocument`. */
export interface KamerstukParts {
  kind: DocumentKind;
  title: string;
  /** The date the publication states in its header or metadata, if any (else the letter's date line, else `dateWhenUnstated`). */
  date?: string;
  vergaderjaar?: { from: string; to: string };
  paper?: PaperNumber;
  dossierTitle?: string;
  sourceId: string;
  /** The lines printed above the text (see ParliamentaryDocument.header). */
  header: string[];
  reader: BodyReader;
  people: PeopleRegister;
  motions?: Motion[];
}

/** A place and date line under the addressee: 'Den Haag, 7 juli 2023'. */
const PLACE_AND_DATE = /^[\p{Lu}][\p{L}' -]+, (\d{1,2} \p{L}+ \d{4})$/u;
const ADDRESSEE = /^Aan de\b/;

/**
 * The model of a Kamerstuk: a letter's addressee and place-and-date lines become its front
 * matter (and `addressee`), its signature its `sender` and a person with their office.
 */
export function kamerstukDocument(source: SourceDocument, diagnostics: Diagnostics, parts: KamerstukParts): ParliamentaryDocument {
  const { reader, people } = parts;
  let addressee: string | undefined;
  let dated: string | undefined;
  for (const [index, block] of reader.blocks.slice(0, 3).entries()) {
    if (block.type !== 'paragraph') break;
    const text = block.passage.text;
    if (ADDRESSEE.test(text) && addressee === undefined) addressee = text;
    else if (PLACE_AND_DATE.test(text) && dated === undefined) dated = parseDutchDate(text);
    else break;
    reader.blocks[index] = frontMatter(block);
  }
  const signature = reader.signatures[0];
  if (signature) {
    const office = signature.office?.replace(/^De /, '').replace(/,$/, '');
    registerPerson(people, signature.surname ?? signature.name, office ? { office } : {});
  }
  const sender = signature ? [signature.office, signature.name].filter(Boolean).join(' ') : undefined;
  return {
    id: source.id,
    kind: source.metadata.kind ?? parts.kind,
    title: source.metadata.title ?? parts.title,
    date: parts.date ?? dated ?? dateWhenUnstated(source, diagnostics, parts.vergaderjaar),
    ...(parts.paper ?? source.metadata.paper ? { paper: parts.paper ?? source.metadata.paper } : {}),
    ...(parts.dossierTitle ? { dossierTitle: parts.dossierTitle } : {}),
    ...(source.metadata.committee ? { committee: source.metadata.committee } : {}),
    agenda: [],
    participants: [],
    people: [...people.bySlug.values()],
    body: reader.blocks,
    commitments: [],
    references: [],
    footnotes: reader.footnotes(),
    unclassified: [],
    ...(parts.motions && parts.motions.length > 0 ? { motions: parts.motions } : {}),
    ...(sender ? { sender } : {}),
    ...(addressee ? { addressee } : {}),
    sourceId: parts.sourceId,
    ...(parts.header.length > 0 ? { header: parts.header } : {}),
  };
}

function frontMatter(block: Paragraph): ProceduralLine {
  return { type: 'procedural', passage: block.passage, role: 'other', frontMatter: true };
}
