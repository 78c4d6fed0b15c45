/**
 * Speaker labels and chair-change lines, once a format layer has removed its markup:
 * "De heer Krul (CDA):", "Mevrouw Kathmann (GroenLinks-PvdA):", "Mevr. Kathmann (GroenLinks-PvdA):",
 * "Kamerlid Kostić (PvdD):", "De heer Eichelsheim:" (a guest, no party), "Staatssecretaris Szabó:",
 * "Minister Knops:", "Minister-president Rutte:", "De voorzitter:" and "Voorzitter: Six Dijkstra".
 * Every format reads labels through this module: the patterns live here only.
 */

/** Lower-case name particles the House writes inside names: "Van der Staaij", "Van 't Wout", "Van den Hul". */
const PARTICLE = String.raw`(?:van|de|der|den|ter|te|ten|het|in|op|la|le|du|des|da|di|el|al|'t|’t|'s|’s|d'|d’)`;

/** A person's name as the House writes it: "Krul", "Six Dijkstra", "Van Otterloo", "Van der Staaij", "Van 't Wout". */
export const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: (?:${PARTICLE}|\p{Lu}[\p{L}'’.-]*))*`;

/** Honorifics before a member's name, as printed: "De heer", "Mevrouw", "Mevr.", "Dhr.", "Kamerlid", "Het lid". */
const MEMBER_HONORIFIC = String.raw`De heer|Mevrouw|Mevr\.|Dhr\.|Kamerlid|Het lid`;
/** Titles of members of the cabinet as labels print them. */
const CABINET_TITLE = String.raw`Minister-president|Viceminister-president|Vicepremier|Minister|Staatssecretaris`;

const MEMBER_LABEL = new RegExp(String.raw`^(${MEMBER_HONORIFIC}) (${NAME}) \(([^()]+)\):$`, 'u');
/** A label with an honorific and no party: a guest of the committee ("De heer Eichelsheim:"), or a member whose party the copy left out. */
const PERSON_LABEL = new RegExp(String.raw`^(De heer|Mevrouw|Mevr\.|Dhr\.) (${NAME}):$`, 'u');
const CABINET_LABEL = new RegExp(String.raw`^(${CABINET_TITLE}) (${NAME}):$`, 'u');
const CHAIR_LABEL = /^De (?:voorzitter|vicevoorzitter|ondervoorzitter):$/i;
const CHAIR_CHANGE = new RegExp(String.raw`^Voorzitter: (${NAME})$`, 'u');

/** Starts like a label and ends in a colon, with a bracket in it: meant as a label with a party. */
const LABEL_ATTEMPT = new RegExp(String.raw`^(?:${MEMBER_HONORIFIC}|${CABINET_TITLE}|De voorzitter)(?=[\s(])[^.?!]{0,80}[()[\]{}][^.?!]{0,40}:$`, 'u');

export type Honorific = 'De heer' | 'Mevrouw';

export type SpeakerLabel =
  | { kind: 'chair' }
  /** A member; `party` is absent for a label that names none ("De heer Eichelsheim:"): a guest, as a rule. */
  | { kind: 'member'; honorific?: Honorific; name: string; party?: string }
  /** A member of the cabinet: `title` as printed ('Minister-president'), `role` what it makes them. */
  | { kind: 'cabinet'; title: string; role: 'minister' | 'state-secretary'; name: string };

/** "Mevr." → "Mevrouw", "Dhr." → "De heer"; "Kamerlid" and "Het lid" say nothing of it. */
function honorificOf(printed: string): Honorific | undefined {
  if (printed === 'De heer' || printed === 'Dhr.') return 'De heer';
  if (printed === 'Mevrouw' || printed === 'Mevr.') return 'Mevrouw';
  return undefined;
}

export function parseSpeakerLabel(text: string): SpeakerLabel | undefined {
  if (CHAIR_LABEL.test(text)) return { kind: 'chair' };
  const member = MEMBER_LABEL.exec(text);
  if (member) {
    const honorific = honorificOf(member[1]!);
    return { kind: 'member', ...(honorific ? { honorific } : {}), name: member[2]!, party: member[3]!.trim() };
  }
  const person = PERSON_LABEL.exec(text);
  if (person) return { kind: 'member', honorific: honorificOf(person[1]!)!, name: person[2]! };
  const cabinet = CABINET_LABEL.exec(text);
  if (cabinet) {
    const title = cabinet[1]!;
    return { kind: 'cabinet', title, role: title === 'Staatssecretaris' ? 'state-secretary' : 'minister', name: cabinet[2]! };
  }
  return undefined;
}

/**
 * Whether a line is a printed speaker label of any kind, guests' included: for sources that say
 * who speaks in their structure (VLOS) and print the label as the turn's first line.
 */
export function isSpeakerLabel(text: string): boolean {
  return parseSpeakerLabel(text) !== undefined;
}

/** "Voorzitter: Six Dijkstra" → "Six Dijkstra". */
export function parseChairChange(text: string): string | undefined {
  return CHAIR_CHANGE.exec(text)?.[1];
}

/**
 * What a line of plain text is, as far as labels go. 'malformed-label' is a line that is clearly
 * meant as a speaker label but does not read as one ("De heer Krul (CDA:"): the parsers keep it as
 * unclassified text and warn, rather than let a speaker's words run into the previous turn unseen.
 */
export function classifyLabelLine(text: string): 'label' | 'chair-change' | 'malformed-label' | undefined {
  if (parseSpeakerLabel(text)) return 'label';
  if (parseChairChange(text) !== undefined) return 'chair-change';
  if (LABEL_ATTEMPT.test(text)) return 'malformed-label';
  return undefined;
}
