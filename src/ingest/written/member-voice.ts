/**
 * Telling the members' text (inbreng) from the cabinet's: the source marks neither, except that
 * each question ends right before "Antwoord van het kabinet". The members write about themselves
 * in the third person: "De leden van de PVV-fractie lezen …", "Deze leden vragen …", "Zij …".
 */

/** The members as the subject of a sentence. Not 'de leden Kathmann en Six Dijkstra' (an answer citing a nota). */
const MEMBERS_SPEAK = /\b[Dd]eze leden\b|\b[Dd]e leden van de [\p{L}\p{N}-]+-fractie\b|^(?:Ook |Voorts |Daarnaast )?[Zz]ij\b/u;

/** A paragraph in which the members speak. */
export function isMemberText(text: string): boolean {
  return MEMBERS_SPEAK.test(text);
}

/** A group's opening words ("hebben met interesse kennisgenomen van …") that ask nothing yet. */
export function isGroupIntroduction(text: string): boolean {
  return /\bkennis ?genomen\b/.test(text) && !text.includes('?');
}

