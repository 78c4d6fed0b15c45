/**
 * Speaker labels and chair-change lines, once a format layer has removed its markup:
 * "De heer Krul (CDA):", "Mevrouw Kathmann (GroenLinks-PvdA):", "Staatssecretaris Szabó:",
 * "Minister Knops:", "De voorzitter:" and "Voorzitter: Six Dijkstra".
 */

/** A person's name as the House writes it: "Krul", "Six Dijkstra", "Van Otterloo", "Van der Staaij". */
export const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?: (?:van|de|der|den|ter|te|\p{Lu}[\p{L}'’.-]*))*`;

const MEMBER_LABEL = new RegExp(String.raw`^(De heer|Mevrouw) (${NAME}) \(([^()]+)\):$`, 'u');
const CABINET_LABEL = new RegExp(String.raw`^(Minister|Staatssecretaris) (${NAME}):$`, 'u');
const CHAIR_LABEL = /^De voorzitter:$/i;
/** A guest's label, without a party: "De heer Eichelsheim:" (someone a committee hears). */
const GUEST_LABEL = new RegExp(String.raw`^(?:De heer|Mevrouw) ${NAME}:$`, 'u');
const CHAIR_CHANGE = new RegExp(String.raw`^Voorzitter: (${NAME})$`, 'u');

/** Starts like a label and ends in a colon, with a bracket in it: meant as a label with a party. */
const LABEL_ATTEMPT = /^(?:De heer|Mevrouw|Minister|Staatssecretaris|De voorzitter)\b[^.?!]{0,80}[()[\]{}][^.?!]{0,40}:$/;

export type SpeakerLabel =
  | { kind: 'chair' }
  | { kind: 'member'; honorific: 'De heer' | 'Mevrouw'; name: string; party: string }
  | { kind: 'cabinet'; title: 'Minister' | 'Staatssecretaris'; name: string };

export function parseSpeakerLabel(text: string): SpeakerLabel | undefined {
  if (CHAIR_LABEL.test(text)) return { kind: 'chair' };
  const member = MEMBER_LABEL.exec(text);
  if (member) {
    return { kind: 'member', honorific: member[1] as 'De heer' | 'Mevrouw', name: member[2]!, party: member[3]!.trim() };
  }
  const cabinet = CABINET_LABEL.exec(text);
  if (cabinet) return { kind: 'cabinet', title: cabinet[1] as 'Minister' | 'Staatssecretaris', name: cabinet[2]! };
  return undefined;
}

/**
 * Whether a line is a printed speaker label of any kind, guests' included: for sources that say
 * who speaks in their structure (VLOS) and print the label as the turn's first line.
 */
export function isSpeakerLabel(text: string): boolean {
  return parseSpeakerLabel(text) !== undefined || GUEST_LABEL.test(text);
}

/** "Voorzitter: Six Dijkstra" → "Six Dijkstra". */
export function parseChairChange(text: string): string | undefined {
  return CHAIR_CHANGE.exec(text)?.[1];
}

/**
 * What a line of plain text is, as far as labels go. 'malformed-label' is a line that is clearly
 * meant as a speaker label but does not read as one ("De heer Krul (CDA:"): the parser stops there
 * rather than let a speaker's words run into the previous turn.
 */
export function classifyLabelLine(text: string): 'label' | 'chair-change' | 'malformed-label' | undefined {
  if (parseSpeakerLabel(text)) return 'label';
  if (parseChairChange(text) !== undefined) return 'chair-change';
  if (LABEL_ATTEMPT.test(text)) return 'malformed-label';
  return undefined;
}
