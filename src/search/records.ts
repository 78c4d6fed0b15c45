import type { ParliamentaryDocument, Passage, Role, Speaker } from '../model/document.ts';
import { KIND_LABELS, ROLE_LABELS, formatDate } from '../site/labels.ts';
import { routes } from '../site/routes.ts';
import { DOCUMENT_FILTER, type RecordFilter } from './record-filters.ts';
import { recordUrl } from './record-url.ts';

/**
 * One search result as Pagefind stores it (a custom record): a speaker's speeches in a document, a
 * member's questions, the answers, or the document's other text, with the filters of whoever said
 * it. Pagefind's filters apply to a whole record, so a record per speaker is what lets
 * "partij: VVD" find the VVD's own words.
 */
export interface SearchRecord {
  /**
   * The page and the record's first passage, from the site's root, with what the search page shows
   * of the record and where its passages start (record-url.ts): `/documenten/<id>/#<anchor>~…`
   * (the search page adds the base).
   */
  url: string;
  /** The record's words: its passages' texts, one space apart. */
  content: string;
  /** Pagefind indexes meta as words: only who speaks (`wie`), so that a member's name finds their own words. */
  meta: Record<string, string>;
  filters: Partial<Record<RecordFilter, string[]>>;
  sort: Record<string, string>;
}

/** A passage of a record: its anchor on the page, its words, and what it is where that differs per passage ('Vraag 3'). */
interface Part {
  anchor: string;
  text: string;
  label?: string;
}

/** What the record of a document's other text is called (its passages are named by where they stand: 'Agenda', a heading). */
const TEXT = 'Tekst';

/** Who said a record's words, as far as the model knows. */
interface Voice {
  name?: string;
  party?: string;
  role?: Role;
  office?: string;
  /** The source names no one behind the label ("De voorzitter"): named in the result, but no speaker to filter on. */
  unresolved?: true;
}

/**
 * Words, as the search page counts them to find the passage a hit falls in: whitespace-separated,
 * as Pagefind numbers the words of a record's content.
 */
export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/**
 * The search records of one document: one per speaker (all their speeches in the document, in
 * reading order), one per asker of questions and one for the answers, and one for the rest of the
 * text (title, agenda, a letter's sections, the procedural lines between speeches, footnotes).
 * Every text of the page is in one record, under the anchor it has on the page. A record per
 * speaker rather than per speech keeps every filter exact (the speaker's party, role and name are
 * the record's) at a seventh of the records, which is most of what Pagefind's time and files cost.
 * Each record's URL lists its passages with the word each starts at (record-url.ts), so that a hit
 * lands on its passage, and names a passage where it is one of several of a kind ('Vraag 8').
 */
export function documentRecords(doc: ParliamentaryDocument): SearchRecord[] {
  const page = routes('/').document(doc.id);
  const people = new Map(doc.people.map((person) => [person.slug, person]));
  const participants = new Map(doc.participants.map((participant) => [participant.slug, participant]));
  const cabinet = doc.participants.filter((participant) => participant.role === 'minister' || participant.role === 'state-secretary');
  /** The member of the cabinet who answers (or writes) for the document, where there is exactly one. */
  const answerer: Voice | undefined = cabinet.length === 1 ? voice(cabinet[0]!.slug, cabinet[0]!.role, cabinet[0]!.party) : undefined;
  function voice(slug: string | undefined, role?: Role, party?: string): Voice {
    const person = slug ? people.get(slug) : undefined;
    const participant = slug ? participants.get(slug) : undefined;
    const office = role === 'minister' || role === 'state-secretary' ? (participant?.office ?? person?.office) : undefined;
    return { name: person?.name, party: party ?? participant?.party ?? person?.party, role: role ?? participant?.role, office };
  }
  /** The speaker of a turn or a line, with the office they speak in. */
  const speakerVoice = (speaker: Speaker): Voice => {
    const known = voice(speaker.slug, speaker.role, speaker.party);
    return { ...known, name: speaker.name, office: speaker.office ?? known.office, ...(speaker.unresolved ? { unresolved: true } : {}) };
  };
  const shared = {
    soort: [KIND_LABELS[doc.kind]],
    jaar: [doc.date.slice(0, 4)],
    ...(doc.committee ? { commissie: [doc.committee] } : {}),
    ...(doc.paper ? { dossier: [doc.paper.dossier] } : {}),
    [DOCUMENT_FILTER]: [doc.id],
  };
  /** The records as they fill, by what joins passages into one: their label and who said them. */
  const groups = new Map<string, { label: string; who: Voice; parts: Part[] }>();
  const add = (label: string, parts: Part[], who: Voice = {}): void => {
    const kept = parts.filter((part) => wordCount(part.text) > 0);
    if (kept.length === 0) return;
    const key = JSON.stringify([label, who.name, who.party, who.role, who.office, who.unresolved]);
    const group = groups.get(key);
    if (group) group.parts.push(...kept);
    else groups.set(key, { label, who, parts: kept });
  };
  /** A record lands on its first passage. */
  const record = ({ label, who, parts }: { label: string; who: Voice; parts: Part[] }): SearchRecord => {
    let words = 0;
    const passages = parts.map((part): [string, number, string?] => {
      const start = words;
      words += wordCount(part.text);
      return part.label && part.label !== label ? [part.anchor, start, part.label] : [part.anchor, start];
    });
    return {
      url: recordUrl(page, parts[0]!.anchor, { title: doc.title, kind: KIND_LABELS[doc.kind], date: formatDate(doc.date), label, passages }),
      content: parts.map((part) => part.text.trim()).join(' '),
      meta: who.name ? { wie: speakerLabel(who) } : who.party ? { wie: `${who.party}-fractie` } : {},
      filters: {
        ...shared,
        ...(who.party ? { partij: [who.party] } : {}),
        ...(who.name && !who.unresolved ? { spreker: [who.name] } : {}),
        ...(who.role ? { rol: [ROLE_LABELS[who.role]] } : {}),
      },
      sort: { datum: doc.date },
    };
  };
  /** The document's text outside speeches and questions is one record (per voice: a letter's is its writer's), each passage named by where it stands. */
  const text = (label: string, parts: Part[], who?: Voice): void => add(TEXT, parts.map((part) => ({ ...part, label })), who);

  // The title and what the page's header says of the document, then the agenda.
  const heading = [doc.title, doc.dossierTitle, doc.committee].filter((text): text is string => !!text).join(' ');
  text('Begin van de pagina', [{ anchor: '', text: heading }]);
  text('Agenda', doc.agenda.map((item) => ({ anchor: item.anchor, text: item.text })));

  /** Text outside speeches and questions, gathered until the next heading, speech or question. */
  let run: { label: string; parts: Part[] } = { label: TEXT, parts: [] };
  const endRun = (): void => {
    // A letter is its writer's words where the document names one member of the cabinet.
    text(run.label, run.parts, doc.kind === 'kamerbrief' ? answerer : undefined);
    run = { label: TEXT, parts: [] };
  };
  const passageParts = (passages: Passage[]): Part[] => passages.map((passage) => ({ anchor: passage.anchor, text: passage.text }));
  for (const block of doc.body) {
    switch (block.type) {
      case 'speech':
        endRun();
        add(speakerLabel(speakerVoice(block.speaker)), passageParts(block.passages), speakerVoice(block.speaker));
        break;
      case 'question': {
        endRun();
        const asker = block.askedBy ? voice(block.askedBy, 'member', block.party) : { party: block.party };
        const labelled = (passages: Passage[], label: string, anchor: string): Part[] => passageParts(passages).map((part, index) => ({ ...part, label, ...(index === 0 ? { anchor } : {}) }));
        add('Vragen', labelled(block.passages, `Vraag ${block.number}`, block.anchor), asker);
        add('Antwoorden', labelled(block.answer.passages, `Antwoord op vraag ${block.number}`, block.answer.anchor), answerer);
        break;
      }
      case 'heading':
        endRun();
        run.label = block.number ? `${block.number} ${block.title}` : block.title;
        run.parts.push({ anchor: block.anchor, text: run.label });
        break;
      case 'chair-change':
        run.parts.push({ anchor: block.anchor, text: block.text });
        break;
      case 'procedural':
        // A line said by someone (the chair's unlabelled words in the Handelingen) is theirs, as a turn is.
        if (block.speaker) {
          endRun();
          add(speakerLabel(speakerVoice(block.speaker)), passageParts([block.passage]), speakerVoice(block.speaker));
        } else run.parts.push({ anchor: block.passage.anchor, text: block.passage.text });
        break;
      case 'paragraph':
        run.parts.push({ anchor: block.passage.anchor, text: block.passage.text });
        break;
    }
  }
  endRun();
  for (const footnote of doc.footnotes) text(`Voetnoot ${footnote.number}`, [{ anchor: footnote.anchor, text: `${footnote.number} ${footnote.text}` }]);
  return [...groups.values()].map(record);
}

/** 'Kathmann (GroenLinks-PvdA)', 'Szabó, Staatssecretaris Koninkrijksrelaties en Digitalisering', 'Valize (PVV), voorzitter'. */
export function speakerLabel({ name, party, role, office }: Voice): string {
  const who = `${name ?? 'Onbekend'}${party ? ` (${party})` : ''}`;
  if (office) return `${who}, ${office}`;
  if (role && role !== 'member') return `${who}, ${ROLE_LABELS[role]}`;
  return who;
}
