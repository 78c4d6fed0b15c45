import type { Motion, Passage, Speaker, Speech } from '../../model/document.ts';
import { normaliseDossier } from '../../model/papers.ts';
import { registerPerson, type PeopleRegister } from './people.ts';
import { NAME } from './speaker-labels.ts';

/**
 * Motions submitted in a debate, as a reader's copy prints them inside the mover's turn:
 *
 *   Motie                                   (a heading of the Handelingen; VLOS copies leave it out)
 *   De Kamer,
 *   gehoord de beraadslaging,
 *   constaterende dat …; verzoekt de regering …,
 *   en gaat over tot de orde van de dag.
 *
 * then the chair's announcement: "Deze motie is voorgesteld door de leden Bergkamp, Segers en
 * Geluk-Poortvliet. Naar mij blijkt, wordt de indiening ervan voldoende ondersteund." and
 * "Zij krijgt nr. 253 (29538)." The motion's words stay passages of the turn; the collector makes
 * a Motion record of them, and the announcement adds who moved it and its Kamerstuk number.
 */

const MOTION_HEADING = /^Motie$/;
const MOTION_OPENING = /^De Kamer,$/;
const MOTION_CLOSING = /\ben gaat over tot de orde van de dag\.?$/;
/** "De motie-Wassenberg (21501-08, nr. 719)": a motion named after its first mover. */
const NAMED_MOTION = new RegExp(`\\bmotie-(${NAME})(?: \\(| is\\b)`, 'u');
/** "door de leden A, B en C." / "door het lid A." */
const MOVERS = /voorgesteld door (?:de leden|het lid) (.+?)\./;
/** "Zij krijgt nr. 253 (29538)." / "Zij krijgt nr. 915 (21501-20)." */
const NUMBER = /^Zij krijgt nr\. ?(\d+) \(([^)]+)\)/;

interface OpenMotion {
  record: Motion;
  texts: string[];
}

export class MotionCollector {
  readonly records: Motion[] = [];
  private open: OpenMotion | undefined;
  /** The motion the next announcement is about: the last one read. */
  private last: { record: Motion; announced: boolean } | undefined;
  private readonly people: PeopleRegister;

  constructor(people: PeopleRegister) {
    this.people = people;
  }

  /** Whether a paragraph starts a motion's text ("Motie", "De Kamer,"). */
  startsMotion(text: string): boolean {
    return MOTION_HEADING.test(text) || MOTION_OPENING.test(text);
  }

  /** Whether the last motion read is still to be announced by the chair. */
  get awaitsAnnouncement(): boolean {
    return this.last !== undefined && !this.last.announced;
  }

  /** Reads one passage of a turn: opens, grows or closes a motion. */
  read(speech: Speech, passage: Passage): void {
    const text = passage.text;
    if (!this.open) {
      if (!this.startsMotion(text)) return;
      // The chair reads out a motion as amended: "De motie-Wassenberg (21501-08, nr. 719) is in die zin gewijzigd …".
      const named = speech.speaker.role === 'member' ? undefined : NAMED_MOTION.exec(speech.passages.at(-2)?.text ?? '')?.[1];
      const record: Motion = {
        anchor: passage.anchor,
        title: named ? `Motie van het lid ${named}` : titleOf(speech.speaker),
        by: named ? [registerPerson(this.people, named).slug] : speech.speaker.role === 'member' ? [speech.speaker.slug] : [],
        text: '',
        submittedIn: speech.passages[0]!.anchor,
      };
      this.open = { record, texts: [] };
      this.records.push(record);
      this.last = { record, announced: false };
      (speech.motions ??= []).push(record.anchor);
      // "Motie" then "De Kamer,": one motion, anchored at its heading.
      if (MOTION_HEADING.test(text)) return;
    }
    this.open.texts.push(text);
    this.open.record.text = this.open.texts.join('\n\n');
    if (MOTION_CLOSING.test(text)) this.open = undefined;
  }

  /** A turn ends: a motion still open ends with it (its text as far as it went). */
  close(): void {
    this.open = undefined;
  }

  /** The chair's announcement of the last motion: its movers and its number. */
  announce(text: string): void {
    const motion = this.last?.record;
    if (!motion) return;
    this.last!.announced = true;
    const movers = MOVERS.exec(text);
    if (movers) {
      const names = movers[1]!.split(/, | en /).map((name) => name.trim()).filter((name) => name !== '');
      motion.by = names.map((name) => registerPerson(this.people, name).slug);
      motion.title = names.length === 1 ? `Motie van het lid ${names[0]}` : `Motie van de leden ${names.slice(0, -1).join(', ')} en ${names.at(-1)}`;
    }
    const number = NUMBER.exec(text);
    if (number) motion.paper = { dossier: normaliseDossier(number[2]!), number: number[1]! };
  }
}

function titleOf(speaker: Speaker): string {
  return speaker.role === 'member' ? `Motie van het lid ${speaker.name}` : 'Motie';
}
