import type { AgendaItem, DocumentKind, Heading, ProceduralLine } from '../../model/document.ts';
import type { AnchorAllocator } from '../anchors.ts';
import { findPaper, paperInBrackets } from '../papers.ts';
import { normaliseDossier } from '../../model/papers.ts';
import { DUTCH_DATE, parseClockTime, parseDutchDate } from '../text/dates.ts';
import type { DebateParagraph } from './paragraphs.ts';
import { normaliseHonorific, registerPerson, type PeopleRegister } from './people.ts';
import { NAME, parseChairChange } from './speaker-labels.ts';

/**
 * The front matter of a committee report, everything before the first speaker label:
 *
 *   Vergaderjaar 2024–2025 / 26 643 / Informatie- en communicatietechnologie (ICT) / Nr. 1311 /
 *   VERSLAG VAN EEN COMMISSIEDEBAT / Vastgesteld 11 maart 2025 /
 *   De vaste commissie voor … heeft op 30 januari 2025 overleg gevoerd met de heer Szabó, …, over: /
 *   – de brief … (Kamerstuk 26 643, nr. 778); … / Van dit overleg brengt de commissie … verslag uit. /
 *   De voorzitter van de commissie, Wingelaar / … / Voorzitter: Valize / Griffier: Muller /
 *   Aanwezig zijn zes leden der Kamer, te weten: …, en de heer Szabó, Staatssecretaris … / Aanvang 10.00 uur.
 *
 * The title-page lines (dossier, dossier title, Nr., the report's heading, Vastgesteld) become the
 * document's fields; the agenda's bullets become its agenda; every other line stays in the body as
 * a procedural line marked as front matter.
 */
export interface FrontMatter {
  kind?: DocumentKind;
  dossier?: string;
  number?: string;
  dossierTitle?: string;
  adopted?: string;
  date?: string;
  committee?: string;
  opened?: string;
  /** Slug of the member named in "Voorzitter: …": chairs until a chair change. */
  chair?: string;
  /** Slugs of the members and the cabinet listed as present ("Aanwezig zijn …"), in order. */
  present: string[];
  agenda: AgendaItem[];
  /** The other lines, in order: procedural lines marked as front matter, and headings (a reader's copy's agenda item titles). */
  blocks: (ProceduralLine | Heading)[];
}

const VERGADERJAAR = /^Vergaderjaar \d{4}[–-]\d{4}$/;
const DOSSIER = /^(\d{2} ?\d{3}(?:-[\dA-Z]+)?)$/;
const NUMBER = /^Nr\. ?(\d+)$/;
const REPORT_HEADING = /^VERSLAG VAN EEN (COMMISSIEDEBAT|ALGEMEEN OVERLEG|WETGEVINGSOVERLEG|NOTAOVERLEG|PROCEDUREVERGADERING)$/i;
const ADOPTED = new RegExp(`^Vastgesteld (${DUTCH_DATE.source})$`, 'i');
/** "De vaste commissie voor Digitale Zaken heeft op 30 januari 2025 overleg gevoerd met …" */
const INTRODUCTION = new RegExp(`\\b(?:heeft|hebben) op (${DUTCH_DATE.source}) overleg gevoerd met\\b`, 'i');
/** The first committee the introduction names: "vaste commissie voor Economische Zaken en Klimaat". */
const COMMITTEE = /^De ((?:vaste|algemene) commissie voor .+?)(?:,| en de (?:vaste|algemene) commissie| heeft| hebben)/;
/** "de heer Szabó, Staatssecretaris Koninkrijksrelaties en Digitalisering" in the introduction or attendance. */
const CABINET_MEMBER = new RegExp(`\\b(de heer|mevrouw) (${NAME}), ((?:Minister|Staatssecretaris)\\b[^,.]*)`, 'gu');
const ATTENDANCE = /^Aanwezig zijn\b/;
/** "…, te weten: Buijsse, Kathmann, Koekkoek, Krul, Six Dijkstra en Valize, en de heer Szabó, …" */
const MEMBERS_PRESENT = /\bte weten: (.+?)(?:,? en (?:de heer|mevrouw)\b|[,.]?$)/;
const GRIFFIER = new RegExp(`^Griffier: (${NAME})$`, 'u');
/** "De voorzitter van de commissie, Wingelaar", "De ondervoorzitter van de vaste commissie voor …, Azarkan" */
const SIGNATURE = new RegExp(`^De (?:onder)?(?:voorzitter|griffier) van de\\b[^,]*, (${NAME})$`, 'u');
const OPENING = /^Aanvang \d{1,2}[.:]\d{2} uur\.?$/;

const KINDS: Record<string, DocumentKind> = {
  commissiedebat: 'commissiedebat',
  'algemeen overleg': 'algemeen-overleg',
  wetgevingsoverleg: 'wetgevingsoverleg',
  notaoverleg: 'notaoverleg',
  procedurevergadering: 'procedurevergadering',
};

export function readFrontMatter(paragraphs: DebateParagraph[], anchors: AnchorAllocator, people: PeopleRegister): FrontMatter {
  const front: FrontMatter = { present: [], agenda: [], blocks: [] };
  let introduced = false;
  const keep = (paragraph: DebateParagraph, role: ProceduralLine['role']): void => {
    const passage = { anchor: anchors.passage(paragraph.text, ''), text: paragraph.text, ...pageOf(paragraph) };
    front.blocks.push({ type: 'procedural', passage, role, frontMatter: true });
  };

  for (const paragraph of paragraphs) {
    const text = paragraph.text;
    if (paragraph.kind === 'bullet' && introduced) {
      // "… (Kamerstuk 26 643, nr. 778);" in a report, "… (25087, nr. 339);" as the House's agenda writes it.
      const paper = findPaper(text) ?? paperInBrackets(text);
      front.agenda.push({ anchor: anchors.fixed(`agenda-${front.agenda.length + 1}`), text, ...(paper ? { paper } : {}) });
      continue;
    }
    if (paragraph.kind === 'chair-change') {
      const chair = registerPerson(people, parseChairChange(text)!);
      front.chair ??= chair.slug;
      keep(paragraph, 'attendance');
      continue;
    }
    if (front.dossier === undefined && DOSSIER.test(text)) {
      front.dossier = normaliseDossier(text);
      continue;
    }
    if (front.dossier !== undefined && front.number === undefined) {
      const number = NUMBER.exec(text);
      if (number) {
        front.number = number[1]!;
        continue;
      }
      if (front.dossierTitle === undefined) {
        front.dossierTitle = text;
        continue;
      }
    }
    const heading = REPORT_HEADING.exec(text);
    if (heading && front.kind === undefined) {
      front.kind = KINDS[heading[1]!.toLowerCase()];
      continue;
    }
    const adopted = ADOPTED.exec(text);
    if (adopted && front.adopted === undefined) {
      front.adopted = parseDutchDate(adopted[1]!);
      continue;
    }
    if (VERGADERJAAR.test(text)) {
      keep(paragraph, 'other');
      continue;
    }
    const introduction = INTRODUCTION.exec(text);
    if (introduction && !introduced) {
      introduced = true;
      front.date = parseDutchDate(introduction[1]!);
      const committee = COMMITTEE.exec(text);
      if (committee) front.committee = committee[1]!;
      registerCabinet(text, people);
      keep(paragraph, 'other');
      continue;
    }
    if (ATTENDANCE.test(text)) {
      front.present.push(...registerAttendance(text, people));
      keep(paragraph, 'attendance');
      continue;
    }
    const griffier = GRIFFIER.exec(text);
    if (griffier) {
      keep(paragraph, 'attendance');
      continue;
    }
    const signature = SIGNATURE.exec(text);
    if (signature) registerPerson(people, signature[1]!);
    if (OPENING.test(text)) {
      front.opened = parseClockTime(text);
      keep(paragraph, 'opening');
      continue;
    }
    if (paragraph.kind === 'heading') {
      front.blocks.push({ type: 'heading', anchor: anchors.passage(text, ''), level: 1, title: text });
      continue;
    }
    keep(paragraph, 'other');
  }
  return front;
}

/** Registers the cabinet members an introduction or attendance list names with their offices; their slugs. */
function registerCabinet(text: string, people: PeopleRegister): string[] {
  return [...text.matchAll(CABINET_MEMBER)].map(
    (match) => registerPerson(people, match[2]!, { honorific: normaliseHonorific(match[1]!), office: match[3]!.trim() }).slug,
  );
}

/** "Aanwezig zijn zes leden der Kamer, te weten: A, B en C, en de heer X, Minister van …": the members, then the cabinet. */
function registerAttendance(text: string, people: PeopleRegister): string[] {
  const list = MEMBERS_PRESENT.exec(text)?.[1] ?? '';
  const members = list
    .split(/, | en /)
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => registerPerson(people, name).slug);
  return [...members, ...registerCabinet(text, people)];
}

export function pageOf(paragraph: DebateParagraph): { page?: number } {
  return paragraph.page === undefined ? {} : { page: paragraph.page };
}
