import type {
  AgendaItem,
  Block,
  Decision,
  DecisionResult,
  DocumentKind,
  Motion,
  ParliamentaryDocument,
  Participant,
  Passage,
  Person,
  ProceduralLine,
  Role,
  Speech,
  TranscriptStatus,
  Unclassified,
} from '../../model/document.ts';
import { createAnchorAllocator, type AnchorAllocator } from '../anchors.ts';
import { isSpeakerLabel, parseChairChange } from '../debate/speaker-labels.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { paperInBrackets } from '../papers.ts';
import { normaliseDossier } from '../../model/papers.ts';
import { slugify } from '../../model/slug.ts';
import { SourceError, type SourceDocument } from '../source.ts';
import { childElement, childElements, descendants, type XmlElement } from '../xml/tree.ts';
import { createVlosPeople, personOf, registerTurnSpeakers, roleOf, speakerFor, type VlosPeople } from './people.ts';
import { childText, joinLabels, paragraphsOf, type VlosParagraph } from './text.ts';

/**
 * A VLOS transcript (`<vlosCoreDocument>`) → the document model. The meeting (`<vergadering>`)
 * holds agenda items (`<activiteit>`), each a section; inside them every `<woordvoerder>` and
 * `<interrumpant>` is a turn, whose `<spreker>` says who speaks and whose first paragraph is the
 * printed label (absent where the chair goes on). Everything else with text (the opening's
 * attendance, notices, suspensions, decisions) is kept in the body in document order as
 * procedural lines; motions and votes are recorded besides.
 */

/** Elements that describe rather than say: read where needed, never as body text. */
const METADATA = new Set([
  'titel', 'onderwerp', 'parlisid', 'aanvangstijd', 'eindtijd', 'voortzetting', 'markeertijdbegin', 'markeertijdeind',
  'isdraad', 'isvoorzitter', 'activiteitenindex', 'zaken', 'sprekers', 'spreker', 'commissies', 'besluitvorm', 'uitslag',
  'stemmingen', 'zaal', 'vergaderjaar', 'vergaderingnummer', 'datum', 'sluiting',
]);

/** The kind of a committee meeting, from the `soort` of its substantive agenda item. */
const COMMITTEE_KINDS: Record<string, DocumentKind> = {
  Commissiedebat: 'commissiedebat',
  Wetgevingsoverleg: 'wetgevingsoverleg',
  Notaoverleg: 'notaoverleg',
  Procedurevergadering: 'procedurevergadering',
  'Algemeen overleg': 'algemeen-overleg',
};

/** Agenda items that open and close every meeting: sections, not items of its agenda. */
const FRAME_ITEMS = new Set(['Opening', 'Sluiting']);

const STATUSES: Record<string, TranscriptStatus> = { ongecorrigeerd: 'ongecorrigeerd', gecorrigeerd: 'gecorrigeerd', casco: 'casco' };
const RESULTS = new Set<DecisionResult>(['aangenomen', 'verworpen', 'aangehouden', 'ingetrokken', 'overgenomen']);

export function buildVlos(source: SourceDocument, root: XmlElement, diagnostics: Diagnostics): ParliamentaryDocument {
  const meeting = childElement(root, 'vergadering');
  if (!meeting) throw new SourceError(source.path, 'a VLOS document without a <vergadering>', root.line);
  const date = isoDate(childText(meeting, 'datum'));
  if (!date && !source.metadata.date) throw new SourceError(source.path, 'the <vergadering> states no <datum> and the metadata gives none', meeting.line);
  const builder = new BodyBuilder(diagnostics);
  registerTurnSpeakers(builder.people, meeting, diagnostics);
  builder.walk(meeting);
  const kind = kindOf(meeting) ?? source.metadata.kind;
  if (!kind) diagnostics.warn(`a meeting of unknown kind ("${meeting.attributes.soort}"), read as a commissiedebat`, meeting.line, meeting.column);
  const status = STATUSES[(root.attributes.status ?? '').toLowerCase()];
  if (!status && root.attributes.status) diagnostics.warn(`an unknown transcript status "${root.attributes.status}"`, root.line, root.column);
  const opened = clockTime(childText(meeting, 'aanvangstijd'));
  const closed = clockTime(childText(meeting, 'sluiting'));
  const committee = childElement(meeting, 'commissies') ? committeeOf(meeting) : undefined;
  // The lines the House prints above a transcript: the chamber and the vergaderjaar.
  const chamber = meeting.attributes.kamer;
  const year = childText(meeting, 'vergaderjaar');
  const header = [...(chamber ? [`${chamber} der Staten-Generaal`] : []), ...(year ? [`Vergaderjaar ${year}`] : [])];
  const title = childText(meeting, 'titel') || source.metadata.title;
  if (!title) diagnostics.warn('the <vergadering> has no <titel>', meeting.line, meeting.column);
  return {
    id: source.id,
    kind: kind ?? 'commissiedebat',
    title: title || 'Verslag',
    date: date ?? source.metadata.date!,
    ...(opened || closed ? { dates: { ...(opened ? { opened } : {}), ...(closed ? { closed } : {}) } } : {}),
    ...((committee ?? source.metadata.committee) ? { committee: committee ?? source.metadata.committee } : {}),
    ...(source.metadata.paper ? { paper: source.metadata.paper } : {}),
    agenda: builder.agenda,
    participants: builder.participants(),
    people: [...builder.people.register.bySlug.values()],
    body: builder.blocks,
    commitments: [],
    references: [],
    footnotes: [],
    unclassified: builder.unclassified,
    motions: builder.motions,
    decisions: builder.decisions,
    ...(status ? { status } : {}),
    ...(root.attributes.MessageID ? { sourceId: root.attributes.MessageID } : {}),
    ...(header.length > 0 ? { header } : {}),
  };
}

/** '2025-07-03T00:00:00' → '2025-07-03'; the empty value VLOS writes as 0001-01-01 is no date. */
function isoDate(value: string): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value);
  return match && !match[1]!.startsWith('0001-') ? match[1] : undefined;
}

/** '2025-07-03T11:54:33' → '11:54'. */
function clockTime(value: string): string | undefined {
  return isoDate(value) ? /T(\d{2}:\d{2})/.exec(value)?.[1] : undefined;
}

function kindOf(meeting: XmlElement): DocumentKind | undefined {
  if (meeting.attributes.soort === 'Plenair') return 'plenaire-vergadering';
  for (const item of childElements(meeting, 'activiteit')) {
    const kind = COMMITTEE_KINDS[item.attributes.soort ?? ''];
    if (kind) return kind;
  }
  return undefined;
}

/** The lead committee (voortouwcommissie), as the text formats take the first one the report names. */
function committeeOf(meeting: XmlElement): string | undefined {
  const committees = childElements(childElement(meeting, 'commissies')!, 'commissie');
  const lead = committees.find((committee) => committee.attributes.type === 'Voortouwcommissie') ?? committees[0];
  return lead ? childText(lead, 'verslagnaam') || undefined : undefined;
}

/** Builds the body in document order, with the agenda, motions and decisions beside it. */
class BodyBuilder {
  readonly blocks: Block[] = [];
  readonly agenda: AgendaItem[] = [];
  readonly motions: Motion[] = [];
  readonly decisions: Decision[] = [];
  readonly unclassified: Unclassified[] = [];
  readonly people: VlosPeople = createVlosPeople();
  private readonly anchors: AnchorAllocator = createAnchorAllocator();
  private readonly diagnostics: Diagnostics;
  /** Who spoke in which role first, and who chaired, for the participants list. */
  private readonly roles = new Map<string, Role>();
  private readonly present: Person[] = [];
  private chair: Person | undefined;
  private sections = 0;
  /** The termijn of the turns being read: the nth "Termijn inbreng" of an agenda item opens the nth. */
  private termijn: number | undefined;
  private inbreng = 0;
  private spoken = false;
  /** What the part being read is about, where it names one case (`<zaak>`): what its vote decides. */
  private subject: string | undefined;

  constructor(diagnostics: Diagnostics) {
    this.diagnostics = diagnostics;
  }

  walk(element: XmlElement): void {
    this.keepStrayText(element);
    for (const child of childElements(element)) {
      if (METADATA.has(child.name)) continue;
      switch (child.name) {
        case 'activiteit':
          this.section(child);
          break;
        case 'activiteithoofd':
          this.part(child);
          break;
        case 'activiteititem':
          if (child.attributes.soort === 'Besluit') this.decision(child, element);
          else this.walk(child);
          break;
        case 'woordvoerder':
        case 'interrumpant':
          this.turn(child);
          break;
        case 'draadboekfragment':
          this.fragment(child, undefined);
          break;
        case 'tekst':
          this.text(child);
          break;
        default:
          this.walk(child);
      }
    }
  }

  /** Text between the elements of a container is not the schema's: kept as unclassified and reported, never dropped. */
  private keepStrayText(element: XmlElement): void {
    for (const child of element.children) {
      if (typeof child === 'string' && child.trim() !== '') this.unclassified.push({ line: element.line, text: child.trim() });
    }
  }

  /** An agenda item: a section heading, an item of the agenda (but for opening and closing), its content. */
  private section(item: XmlElement): void {
    const title = childText(item, 'titel') || childText(item, 'onderwerp') || item.attributes.soort || 'Agendapunt';
    this.sections++;
    this.blocks.push({ type: 'heading', anchor: this.anchors.fixed(`s-${this.sections}`), level: 1, title });
    if (!FRAME_ITEMS.has(item.attributes.soort ?? '')) {
      const paper = paperOfItem(item);
      this.agenda.push({ anchor: this.anchors.fixed(`agenda-${this.agenda.length + 1}`), text: title, ...(paper ? { paper } : {}) });
    }
    this.inbreng = 0;
    this.termijn = undefined;
    this.walk(item);
  }

  /** A part of an agenda item; a "Termijn inbreng"/"Termijn antwoord" sets the termijn of its turns. */
  private part(element: XmlElement): void {
    this.registerSpeakers(element);
    const zaken = childElements(childElement(element, 'zaken') ?? element, 'zaak');
    this.subject = zaken.length === 1 ? childText(zaken[0]!, 'titel') || undefined : undefined;
    if (element.attributes.soort === 'Termijn') {
      if (/inbreng/i.test(childText(element, 'titel'))) this.inbreng++;
      this.termijn = Math.max(this.inbreng, 1);
    } else {
      this.termijn = undefined;
    }
    this.walk(element);
  }

  /** The opening's `<sprekers>` list those present: they take part, as the text formats' attendance list does. */
  private registerSpeakers(element: XmlElement): void {
    const list = childElement(element, 'sprekers');
    if (!list) return;
    for (const spreker of childElements(list, 'spreker')) {
      const person = personOf(this.people, spreker, this.diagnostics);
      if (!this.present.includes(person)) this.present.push(person);
    }
  }

  /** A turn: who speaks (the chair, resolved to the member who chairs), what they say, the motions they submit, and the turns inside it. */
  private turn(element: XmlElement, interrupts = false): void {
    const spreker = childElement(element, 'spreker');
    const chairs = childText(element, 'isvoorzitter') === 'true';
    // A chair's turn that names no one is the current chair's.
    const named = spreker ? personOf(this.people, spreker, this.diagnostics) : chairs ? this.chair : undefined;
    if (!named) this.diagnostics.warn(`a <${element.name}> that names no speaker`, element.line, element.column);
    const person = named ?? { slug: 'onbekend', name: 'Onbekend' };
    if (chairs) this.chair = person;
    const role = roleOf(this.people, person, chairs);
    const speaker = speakerFor(person, role);
    if (!named) speaker.unresolved = true;
    // In the participants list a member who chairs is the chair, whatever else they say.
    if (role === 'chair' || !this.roles.has(person.slug)) this.roles.set(person.slug, role);
    const speech: Speech = {
      type: 'speech',
      speaker,
      // The chair keeping order inside a contribution does not interrupt it.
      interruption: interrupts && !chairs,
      ...(this.termijn !== undefined ? { termijn: this.termijn } : {}),
      passages: [],
    };
    const paragraphs = paragraphsOf(childElement(element, 'tekst'));
    const label = paragraphs[0] && isSpeakerLabel(paragraphs[0].text) ? paragraphs.shift()! : undefined;
    if (label && /^De voorzitter:$/i.test(label.text) !== chairs) {
      this.diagnostics.warn(`the label "${label.text}" of a turn by ${person.name} ${chairs ? 'who chairs' : 'who does not chair'}`, label.line, label.column);
    }
    speech.passages.push(...paragraphs.map((paragraph) => this.passage(paragraph, speaker.slug)));
    this.blocks.push(speech);
    this.spoken = true;
    this.keepStrayText(element);
    for (const child of childElements(element)) {
      if (child.name === 'draadboekfragment') this.fragment(child, speech);
      else if (child.name === 'interrumpant') this.turn(child, true);
      else if (!METADATA.has(child.name) && child.name !== 'tekst') this.walk(child);
    }
    if (speech.passages.length === 0) {
      this.diagnostics.warn(`a turn by ${person.name} with no text`, element.line, element.column);
    }
  }

  /** A fragment of the running record: a motion, a change of chair, a suspension, a notice. */
  private fragment(element: XmlElement, speech: Speech | undefined): void {
    const soort = element.attributes.soort ?? '';
    this.keepStrayText(element);
    if (soort === 'Motie indiening') return this.motion(element, speech);
    const list = childElement(element, 'sprekers');
    const named = (list ? childElements(list, 'spreker') : []).map((spreker) => personOf(this.people, spreker, this.diagnostics));
    if (soort === 'Voorzitter selectie' || soort === 'Wisseling voorzitter') {
      if (named[0]) {
        this.chair = named[0];
        this.roles.set(named[0].slug, 'chair');
      }
    }
    for (const paragraph of joinLabels(paragraphsOf(childElement(element, 'tekst')))) {
      const change = parseChairChange(paragraph.text);
      if (change !== undefined && this.chair && slugify(change) === this.chair.slug) {
        this.blocks.push({ type: 'chair-change', anchor: this.anchors.passage(paragraph.text, ''), chair: speakerFor(this.chair, 'chair'), text: paragraph.text });
      } else {
        this.procedural(paragraph);
      }
    }
  }

  /** A motion submitted in a turn: its text is read out by the speaker, the chair's note on it follows. */
  private motion(element: XmlElement, speech: Speech | undefined): void {
    const paragraphs = joinLabels(paragraphsOf(childElement(element, 'tekst')));
    const grouped = paragraphs.some((paragraph) => paragraph.group === 'Motietekst');
    const wording = paragraphs.filter((paragraph) => !grouped || paragraph.group === 'Motietekst');
    const passages: Passage[] = paragraphs.map((paragraph) => this.passage(paragraph, speech?.speaker.slug ?? ''));
    if (speech) speech.passages.push(...passages);
    else for (const passage of passages) this.blocks.push({ type: 'paragraph', passage });
    const first = passages[paragraphs.indexOf(wording[0]!)] ?? passages[0];
    if (!first) {
      this.diagnostics.warn('a motion without text', element.line, element.column);
      return;
    }
    const zaak = descendants(element, 'zaak').find((candidate) => candidate.attributes.soort === 'Motie') ?? descendants(element, 'zaak')[0];
    const submitters = descendants(zaak ?? element, 'spreker').map((spreker) => personOf(this.people, spreker, this.diagnostics));
    const text = wording.map((paragraph) => paragraph.text).join('\n');
    const dossier = zaak ? childText(zaak, 'dossiernummer') : '';
    const number = zaak ? childText(zaak, 'stuknummer') : '';
    const motion: Motion = {
      anchor: first.anchor,
      title: (zaak && childText(zaak, 'titel')) || firstWords(text),
      by: [...new Set(submitters.map((person) => person.slug))],
      text,
      ...(dossier ? { paper: { dossier: normaliseDossier(dossier), ...(number ? { number } : {}) } } : {}),
      ...(speech?.passages[0] ? { submittedIn: speech.passages[0].anchor } : {}),
    };
    this.motions.push(motion);
    if (speech) (speech.motions ??= []).push(motion.anchor);
  }

  /** A vote (`<activiteititem soort="Besluit">`): its text stays in the body; what was decided, the result and the votes are recorded. */
  private decision(item: XmlElement, parent: XmlElement): void {
    const blocks = joinLabels(paragraphsOf(childElement(item, 'tekst'))).map((paragraph) => this.procedural(paragraph));
    // The case the part is about says what was decided; the vote's own title may say only "het voorstel".
    const subject = this.subject ?? (childText(parent, 'titel') || childText(item, 'titel'));
    const uitslag = childText(item, 'uitslag').toLowerCase();
    const result = RESULTS.has(uitslag as DecisionResult) ? (uitslag as DecisionResult) : undefined;
    if (uitslag && !result) this.diagnostics.warn(`a decision with an unknown result "${uitslag}"`, item.line, item.column);
    const anchor = blocks.at(-1)?.passage.anchor ?? this.anchors.passage(subject, 'besluit');
    const votes = descendants(item, 'stemming').map((vote) => ({ party: childText(vote, 'fractie'), vote: childText(vote, 'stem').toLowerCase() }));
    const paper = paperInBrackets(subject);
    const motion = paper && this.motions.find((candidate) => candidate.paper?.dossier === paper.dossier && candidate.paper.number === paper.number);
    if (motion && result) motion.result = result;
    this.decisions.push({
      anchor,
      text: subject,
      ...(result ? { result } : {}),
      ...(motion ? { motion: motion.anchor } : {}),
      ...(votes.length > 0 ? { votes } : {}),
    });
  }

  /** Text outside the turns: each paragraph a procedural line (front matter before the first turn). */
  private text(tekst: XmlElement): void {
    for (const paragraph of joinLabels(paragraphsOf(tekst))) {
      const change = parseChairChange(paragraph.text);
      const chair = change === undefined ? undefined : this.people.register.bySlug.get(slugify(change));
      if (chair) {
        this.blocks.push({ type: 'chair-change', anchor: this.anchors.passage(paragraph.text, ''), chair: speakerFor(chair, 'chair'), text: paragraph.text });
      } else {
        this.procedural(paragraph);
      }
    }
  }

  private procedural(paragraph: VlosParagraph): ProceduralLine {
    const role: ProceduralLine['role'] = /^Sluiting \d{1,2}[.:]\d{2} uur\.?$/.test(paragraph.text)
      ? 'closing'
      : /^Aanwezig zijn\b/.test(paragraph.text)
        ? 'attendance'
        : 'other';
    // The chair's words that are no turn of their own (a decision, a notice) say who says them, as the Handelingen's do.
    const chair = paragraph.label && /^De voorzitter:$/i.test(paragraph.label) ? this.chair : undefined;
    const block: ProceduralLine = {
      type: 'procedural',
      passage: this.passage(paragraph, ''),
      role,
      ...(this.spoken ? {} : { frontMatter: true as const }),
      ...(chair ? { speaker: speakerFor(chair, 'chair') } : {}),
    };
    this.blocks.push(block);
    return block;
  }

  private passage(paragraph: VlosParagraph, scope: string): Passage {
    return { anchor: this.anchors.passage(paragraph.text, scope), text: paragraph.text, ...(paragraph.listItem ? { listItem: true as const } : {}) };
  }

  /** Who took part: those present by the opening's list, then whoever spoke; each in the role they spoke in, the chair as chair. */
  participants(): Participant[] {
    const people = [...new Set([...this.present, ...this.people.register.bySlug.values()])].filter(
      (person) => this.present.includes(person) || this.roles.has(person.slug),
    );
    return people.map((person) => {
      const spoken = this.roles.get(person.slug);
      const role = spoken ?? roleOf(this.people, person, false);
      return {
        slug: person.slug,
        role,
        ...(person.party && role !== 'minister' && role !== 'state-secretary' ? { party: person.party } : {}),
        ...(person.office && (role === 'minister' || role === 'state-secretary') ? { office: person.office } : {}),
      };
    });
  }
}

/** The Kamerstuk an agenda item is about, where it names exactly one. */
function paperOfItem(item: XmlElement) {
  const zaken = childElements(childElement(item, 'zaken') ?? item, 'zaak').filter((zaak) => childText(zaak, 'dossiernummer') !== '');
  if (zaken.length !== 1) return undefined;
  const [zaak] = zaken;
  const number = childText(zaak!, 'stuknummer');
  return number ? { dossier: normaliseDossier(childText(zaak!, 'dossiernummer')), number } : undefined;
}

/** The first words of a text, for a motion without a title of its own. */
function firstWords(text: string): string {
  const words = text.split(/\s+/);
  return words.length > 12 ? `${words.slice(0, 12).join(' ')} …` : text;
}
