import type { SourceFormatModule } from '../format.ts';
import type { Block, Motion, Participant, ParliamentaryDocument, Passage, Person, ProceduralLine, Role, Speaker, Speech } from '../../model/document.ts';
import { createAnchorAllocator, type AnchorAllocator } from '../anchors.ts';
import { createPeopleRegister, registerPerson, type PeopleRegister } from '../debate/people.ts';
import { parseChairChange, parseSpeakerLabel } from '../debate/speaker-labels.ts';
import { markInterruptions } from '../debate/turns.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { createBodyReader, type BodyReader } from '../official/body.ts';
import { chamberOfId, dateWhenUnstated, parseVergaderjaar, publicationBody, publicationContent, sourceIdOf } from '../official/publication.ts';
import { inlineText, plainText } from '../official/text.ts';
import { recordVotes } from '../official/votes.ts';
import { normaliseParty } from '../parties.ts';
import { formatPaper, normaliseDossier } from '../../model/papers.ts';
import type { SourceDocument } from '../source.ts';
import { parseClockTime, parseDutchDate } from '../text/dates.ts';
import { childElement, childElements, descendants, parseXml, type XmlElement } from '../xml/tree.ts';

/**
 * Handelingen items of the Tweede Kamer as officielebekendmakingen.nl publishes them (`h-tk-…`,
 * schema op-xsd-2012-1): one agenda item of a plenary sitting (or its opening) per file.
 *
 * - `spreekbeurt` is a turn; its `spreker` prints the label in parts (`voorvoegsels`, `naam`,
 *   `politiek`) with the brackets and colon in the text between the tags.
 * - `tekst` directly under the item is the chair speaking without a label ("Gaat u verder.",
 *   "De beraadslaging wordt gesloten."): a procedural line said by the chair, not a turn — the
 *   House does not print it as one. "Voorzitter: Arib" there is a chair change.
 * - `motie` inside a turn is a motion the speaker submits; the second `spreker` in its
 *   `motie-info` is the chair announcing it ("Deze motie is voorgesteld door …"), kept as the
 *   chair's procedural lines after the turn, not as a turn.
 * - Votes ("In stemming komt …", then the chair's "…, zodat zij is aangenomen.") are Decisions.
 * - "De voorzitter" is resolved to the member who chairs where the item names them; where it
 *   does not, the chair stays unresolved (Speaker.unresolved) and that is reported.
 */
export function parseHandelingen(source: SourceDocument, diagnostics: Diagnostics): ParliamentaryDocument {
  const root = parseXml(source.text, source.path);
  const handelingen = publicationBody(root, source.path, 'handelingen');
  const anchors = createAnchorAllocator();
  const reader = createBodyReader(anchors, diagnostics);
  const state: ItemState = { people: createPeopleRegister(), anchors, reader, diagnostics, roles: new Map(), motions: [], unresolvedTurns: 0 };

  const sitting = childElement(handelingen, 'vergadering');
  let title: string | undefined;
  for (const item of childElements(handelingen)) {
    if (item === sitting) continue;
    title ??= plainText(childElement(item, 'item-titel')) || undefined;
    readItem(item, state);
  }
  if (state.unresolvedTurns > 0) {
    diagnostics.warn(`the item does not name who chairs ("Voorzitter: …"); ${state.unresolvedTurns} turn(s) of "De voorzitter", and the chair's unlabelled lines, are left unresolved`);
  }
  markInterruptions(reader.blocks, [...state.people.bySlug.values()]);
  const decisions = recordVotes(reader.blocks, state.motions);

  const sourceId = sourceIdOf(root) ?? source.id;
  const stated = sitting ? parseDutchDate(plainText(childElement(sitting, 'vergaderdatum'))) : undefined;
  const date = stated ?? dateWhenUnstated(source, diagnostics, parseVergaderjaar(sourceId));
  const opened = sitting ? parseClockTime(plainText(childElement(sitting, 'vergadertijd'))) : undefined;
  const closed = closingTime(reader.blocks);
  const vergaderjaar = parseVergaderjaar(sourceId);
  const header = [
    chamberOfId(sourceId),
    vergaderjaar ? `Vergaderjaar ${vergaderjaar.from}-${vergaderjaar.to}` : undefined,
    ...(sitting ? childElements(sitting).map((line) => plainText(line)) : []),
  ].filter((line): line is string => Boolean(line));
  const dates = { ...(opened ? { opened } : {}), ...(closed ? { closed } : {}) };
  return {
    id: source.id,
    kind: source.metadata.kind ?? 'plenaire-vergadering',
    title: source.metadata.title ?? title ?? ((sitting ? plainText(childElement(sitting, 'vergadering-nummer')) : '') || 'Handelingen'),
    date,
    ...(Object.keys(dates).length > 0 ? { dates } : {}),
    ...(source.metadata.committee ? { committee: source.metadata.committee } : {}),
    agenda: [],
    participants: participantsOf(state),
    people: [...state.people.bySlug.values()],
    body: reader.blocks,
    commitments: [],
    references: [],
    footnotes: reader.footnotes(),
    unclassified: [],
    ...(state.motions.length > 0 ? { motions: state.motions } : {}),
    ...(decisions.length > 0 ? { decisions } : {}),
    sourceId,
    ...(header.length > 0 ? { header } : {}),
  };
}

interface ItemState {
  people: PeopleRegister;
  anchors: AnchorAllocator;
  reader: BodyReader;
  diagnostics: Diagnostics;
  /** The member who chairs from here on, once the item names them. */
  chair?: Person;
  /** The role each person spoke in (the first that is not the chair's), for the participants. */
  roles: Map<string, Role>;
  motions: Motion[];
  unresolvedTurns: number;
}

/** One agenda item (`agendapunt`), or the sitting's `opening`. */
function readItem(item: XmlElement, state: ItemState): void {
  const { reader } = state;
  const isAgendaItem = item.name === 'agendapunt';
  for (const child of childElements(item)) {
    switch (child.name) {
      case 'nr':
        break;
      case 'item-titel': {
        const number = plainText(childElement(item, 'nr'));
        const title = plainText(child);
        if (title !== '') reader.blocks.push({ type: 'heading', anchor: state.anchors.fixed(`agendapunt-${number || '0'}`), level: 1, ...(number ? { number } : {}), title });
        break;
      }
      case 'onderwerp':
        reader.readChildren(child);
        break;
      case 'spreekbeurt':
        readTurn(child, state);
        break;
      case 'tekst':
        readUnlabeled(child, state, isAgendaItem);
        break;
      default:
        reader.read(child);
    }
  }
}

/** Text under the item itself: chair changes, and the chair's unlabelled lines (in the opening: the attendance). */
function readUnlabeled(tekst: XmlElement, state: ItemState, saidByChair: boolean): void {
  for (const al of descendants(tekst, 'al')) {
    const text = inlineText(al, []).text;
    if (text === '') continue;
    const chairName = parseChairChange(text);
    if (chairName !== undefined) {
      const chair = registerPerson(state.people, chairName);
      state.chair = chair;
      state.reader.blocks.push({ type: 'chair-change', anchor: state.reader.passage({ text, footnoteCalls: [] }).anchor, chair: speakerOf(chair, 'chair'), text });
      continue;
    }
    const role = lineRole(text, saidByChair);
    const line: ProceduralLine = { type: 'procedural', passage: state.reader.passage(inlineText(al, []), 'voorzitter'), role };
    if (saidByChair) line.speaker = chairSpeaker(state);
    else line.frontMatter = true;
    state.reader.blocks.push(line);
  }
}

function lineRole(text: string, saidByChair: boolean): NonNullable<ProceduralLine['role']> {
  if (/^Sluiting \d{1,2}[.:]\d{2} uur\.?$/.test(text)) return 'closing';
  if (/^Aanvang \d{1,2}[.:]\d{2} uur\.?$/.test(text)) return 'opening';
  return saidByChair ? 'other' : 'attendance';
}

/** A `spreekbeurt`: one Speech; the chair's announcements of its motions follow it as procedural lines. */
function readTurn(turn: XmlElement, state: ItemState): void {
  const label = childElement(turn, 'spreker');
  const speaker = label ? speakerOfLabel(label, state) : chairSpeaker(state);
  if (speaker.unresolved) state.unresolvedTurns++;
  const speech: Speech = { type: 'speech', speaker, interruption: false, passages: [] };
  const after: Block[] = [];
  for (const tekst of childElements(turn)) {
    if (tekst === label) continue;
    readSpeechContent(tekst, speech, after, state);
  }
  if (speech.passages.length === 0 && after.length === 0) {
    state.diagnostics.warn('a turn with no text', turn.line, turn.column);
  }
  // A turn has no anchor of its own: its motions were submitted in the turn that starts with its first passage.
  for (const anchor of speech.motions ?? []) {
    const motion = state.motions.find((candidate) => candidate.anchor === anchor)!;
    motion.submittedIn = speech.passages[0]!.anchor;
  }
  state.reader.blocks.push(speech, ...after);
}

/**
 * The passages of a turn, in order. A motion's text is part of the turn (the speaker submits it);
 * the chair's announcement in its `motie-info` goes to `after`. Text after a motion in the same
 * turn (no such file is known) stays in the turn, before that announcement.
 */
function readSpeechContent(element: XmlElement, speech: Speech, after: Block[], state: ItemState): void {
  const add = (al: XmlElement, listItem = false): Passage | undefined => {
    const text = inlineText(al, []);
    if (text.text === '') return undefined;
    const passage = state.reader.passage(text, speech.speaker.slug);
    if (listItem) passage.listItem = true;
    speech.passages.push(passage);
    return passage;
  };
  for (const child of element.name === 'tekst' ? childElements(element) : [element]) {
    switch (child.name) {
      case 'al':
        add(child);
        break;
      case 'al-groep':
      case 'tekst':
      case 'lijst':
        for (const inner of childElements(child)) readSpeechContent(inner, speech, after, state);
        break;
      case 'li':
        for (const al of descendants(child, 'al')) add(al, true);
        break;
      case 'motie':
        readMotion(child, speech, after, state, add);
        break;
      default: {
        const text = inlineText(child, []);
        if (text.text === '') break;
        state.diagnostics.warn(`element <${child.name}> in a turn is not read as structure; its text is kept in the turn`, child.line, child.column);
        speech.passages.push(state.reader.passage(text, speech.speaker.slug));
      }
    }
  }
}

function readMotion(motie: XmlElement, speech: Speech, after: Block[], state: ItemState, add: (al: XmlElement) => Passage | undefined): void {
  const info = childElement(motie, 'motie-info');
  const heading = plainText(childElement(motie, 'kop')) || 'Motie';
  const passages: Passage[] = [];
  for (const child of childElements(motie)) {
    if (child.name === 'kop' || child === info) continue;
    for (const al of child.name === 'al' ? [child] : descendants(child, 'al')) {
      const passage = add(al);
      if (passage) passages.push(passage);
    }
  }
  const announcement: string[] = [];
  for (const al of info ? childElements(info, 'al') : []) {
    const text = inlineText(al, []);
    if (text.text === '') continue;
    announcement.push(text.text);
    after.push({ type: 'procedural', passage: state.reader.passage(text, 'voorzitter'), role: 'other', speaker: chairSpeaker(state) });
  }
  if (passages.length === 0) {
    state.diagnostics.warn('a motion with no text', motie.line, motie.column);
    return;
  }
  const announced = submittersOf(announcement.join(' '));
  const submitters = announced.names.length > 0 ? announced : amendedBy(speech.passages[speech.passages.indexOf(passages[0]!) - 1]);
  const by = submitters.names.map((name) => registerPerson(state.people, name).slug);
  const paper = paperOf(info, motie.attributes.id);
  const motion: Motion = {
    anchor: passages[0]!.anchor,
    title: submitters.names.length > 0 ? `${heading} van ${submitters.leden ? 'de leden' : 'het lid'} ${joinNames(submitters.names)}` : paper ? `${heading} (${formatPaper({ dossier: paper.dossier, number: paper.number ?? '?' })})` : heading,
    by,
    text: passages.map((passage) => passage.text).join('\n\n'),
    ...(paper ? { paper } : {}),
  };
  state.motions.push(motion);
  (speech.motions ??= []).push(motion.anchor);
}

/** "Deze motie is voorgesteld door de leden Bergkamp, Segers, Hermans en Geluk-Poortvliet." → the names. */
function submittersOf(announcement: string): { names: string[]; leden: boolean } {
  const match = /voorgesteld door (het lid|de leden) (.+?)\.(?:\s|$)/.exec(announcement);
  if (!match) return { names: [], leden: false };
  const names = match[2]!.split(/, | en /).map((name) => name.trim()).filter(Boolean);
  return { names, leden: match[1] === 'de leden' };
}

/**
 * An amended motion has no announcement of its own: the chair names it just before its new text,
 * "De motie-Wassenberg (21501-08, nr. 719) is in die zin gewijzigd dat zij thans luidt:", and the
 * House's notation names its members after "motie-", joined by slashes ("de motie-Laçin/Beckerman").
 */
function amendedBy(before: Passage | undefined): { names: string[]; leden: boolean } {
  const match = before && /\bmotie-([^()]+?) \([^)]*\) is in die zin gewijzigd\b/u.exec(before.text);
  if (!match) return { names: [], leden: false };
  const names = match[1]!.split('/').map((name) => name.trim()).filter(Boolean);
  return { names, leden: names.length > 1 };
}

function joinNames(names: string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
}

/** The Kamerstuk a motion became: the announcement's link (kst-29538-253), else the motion's id (M-21501-08-726). */
function paperOf(info: XmlElement | undefined, id: string | undefined): Motion['paper'] {
  const link = info ? descendants(info, 'extref').map((ref) => ref.attributes.doc ?? '').find((doc) => doc.startsWith('kst-')) : undefined;
  const parts = /^(?:kst|M)-(.+)-([^-]+)$/.exec(link ?? id ?? '');
  return parts ? { dossier: normaliseDossier(parts[1]!), number: parts[2]! } : undefined;
}

/** The speaker behind a `spreker`: the printed label read as the debate formats read labels. */
function speakerOfLabel(label: XmlElement, state: ItemState): Speaker {
  const prefix = plainText(childElement(label, 'voorvoegsels'));
  const name = plainText(childElement(label, 'naam'));
  const party = plainText(childElement(label, 'politiek'));
  const printed = `${prefix} ${name}${party ? ` (${party})` : ''}:`;
  const parsed = parseSpeakerLabel(printed);
  if (parsed?.kind === 'chair') return chairSpeaker(state);
  if (parsed?.kind === 'member') {
    return spoke(registerPerson(state.people, parsed.name, { honorific: parsed.honorific, ...(parsed.party ? { party: normaliseParty(parsed.party) } : {}) }), 'member', state);
  }
  if (parsed?.kind === 'cabinet') return spoke(registerPerson(state.people, parsed.name), parsed.role, state);
  // A label the debate formats do not know ("Minister-president Rutte:"): read from its parts.
  const role: Role = /^minister/i.test(prefix) ? 'minister' : /^staatssecretaris/i.test(prefix) ? 'state-secretary' : 'member';
  state.diagnostics.warn(`speaker label "${printed}" is not one Verslag knows; read as a ${role} named ${name}`, label.line, label.column);
  return spoke(registerPerson(state.people, name || prefix, party ? { party: normaliseParty(party) } : {}), role, state);
}

function spoke(person: Person, role: Role, state: ItemState): Speaker {
  if (!state.roles.has(person.slug)) state.roles.set(person.slug, role);
  return speakerOf(person, role);
}

/** "De voorzitter": the member who chairs, or an unresolved placeholder where the item names no one. */
function chairSpeaker(state: ItemState): Speaker {
  if (state.chair) return speakerOf(state.chair, 'chair');
  return { slug: 'voorzitter', name: 'De voorzitter', role: 'chair', unresolved: true };
}

function speakerOf(person: Person, role: Role): Speaker {
  return { slug: person.slug, name: person.name, ...(person.party ? { party: person.party } : {}), role };
}

function participantsOf(state: ItemState): Participant[] {
  const slugs = [...new Set([...(state.chair ? [state.chair.slug] : []), ...state.roles.keys()])];
  return slugs.map((slug) => {
    const person = state.people.bySlug.get(slug)!;
    const role = slug === state.chair?.slug ? 'chair' : (state.roles.get(slug) ?? 'member');
    return { slug, role, ...(person.party ? { party: person.party } : {}) };
  });
}

function closingTime(blocks: Block[]): string | undefined {
  const closing = blocks.find((block): block is ProceduralLine => block.type === 'procedural' && block.role === 'closing');
  return closing ? parseClockTime(closing.passage.text) : undefined;
}

/** Source format 'handelingen': a Handelingen item (h-tk) from officielebekendmakingen.nl. */
export const handelingen: SourceFormatModule = {
  name: 'handelingen',
  description: 'Handelingen item (h-tk-…) of the Tweede Kamer, official-publication XML (officielebekendmakingen.nl)',
  extensions: ['.xml'],
  detect: (source) => publicationContent(source.text) === 'handelingen',
  parse: parseHandelingen,
};
