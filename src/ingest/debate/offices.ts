import type { Person } from '../../model/document.ts';

/**
 * Cabinet offices as the text names them, in full or short: "Minister van Justitie en Veiligheid",
 * "de Minister van BZK", "de Staatssecretaris van EZK", "De Staatssecretaris Digitalisering en
 * Koninkrijksrelaties" (the office is "Staatssecretaris Koninkrijksrelaties en Digitalisering").
 */

/** "de Minister van BZK", "De Staatssecretaris Digitalisering en Koninkrijksrelaties": title and what follows. */
const DESIGNATION = /\b(Minister|Staatssecretaris)\b((?: (?:van|voor|en|[\p{Lu}][\p{L}]*))*)/u;

export interface Designation {
  title: 'Minister' | 'Staatssecretaris';
  /** The words after the title: 'van Justitie en Veiligheid', 'van BZK', 'Digitalisering en Koninkrijksrelaties'. */
  portfolio: string;
  /** Where in the text the designation starts. */
  index: number;
}

/** The first cabinet designation in a text. */
export function findDesignation(text: string): Designation | undefined {
  const match = DESIGNATION.exec(text);
  if (!match) return undefined;
  return { title: match[1] as Designation['title'], portfolio: match[2]!.trim(), index: match.index };
}

/** Capitalised words of a text, the title words left out: 'van Justitie en Veiligheid' → Justitie, Veiligheid. */
function capitalisedWords(text: string): string[] {
  return (text.match(/\p{Lu}[\p{L}\p{N}]*/gu) ?? []).filter((word) => !/^(?:Minister|Staatssecretaris|De)$/.test(word));
}

/**
 * The initialisms a text's runs of capitalised words can be shortened to, each run and every
 * stretch of it: 'Binnenlandse Zaken en Koninkrijksrelaties' → BZK, BZenK, ZK, ZenK, BZ;
 * 'Justitie en Veiligheid' → JV, JenV.
 */
export function initialisms(text: string): Set<string> {
  const result = new Set<string>();
  for (const run of text.match(/\p{Lu}\p{L}*(?: (?:en )?\p{Lu}\p{L}*)+/gu) ?? []) {
    const words = run.split(' ');
    const parts: { initial: string; joinedByEn: boolean }[] = [];
    for (let index = 0; index < words.length; index++) {
      if (words[index] === 'en') continue;
      parts.push({ initial: words[index]![0]!, joinedByEn: words[index - 1] === 'en' });
    }
    for (let start = 0; start < parts.length; start++) {
      for (let end = start + 2; end <= parts.length; end++) {
        const stretch = parts.slice(start, end);
        result.add(stretch.map((part) => part.initial).join(''));
        result.add(stretch.map((part, index) => (index > 0 && part.joinedByEn ? `en${part.initial}` : part.initial)).join(''));
      }
    }
  }
  return result;
}

/**
 * How well a designation's portfolio fits an office: shared capitalised words count one each, an
 * abbreviation of the office ("BZK", "JenV") counts two. 0 means it does not fit.
 */
export function portfolioFit(portfolio: string, office: string): number {
  const officeWords = new Set(capitalisedWords(office).map((word) => word.toLowerCase()));
  const officeShort = initialisms(office);
  let score = 0;
  for (const word of capitalisedWords(portfolio)) {
    if (officeWords.has(word.toLowerCase())) score += 1;
    else if (officeShort.has(word)) score += 2;
  }
  return score;
}

/**
 * The member of the cabinet a designation names, among those whose office is known: same title,
 * best-fitting portfolio; a bare "de Minister" only when one minister is present.
 */
export function cabinetMemberDesignated(designation: Designation, cabinet: Person[]): Person | undefined {
  const sameTitle = cabinet.filter((person) => person.office?.startsWith(designation.title));
  if (designation.portfolio === '') return sameTitle.length === 1 ? sameTitle[0] : undefined;
  let best: Person | undefined;
  let bestScore = 0;
  for (const person of sameTitle) {
    const score = portfolioFit(designation.portfolio, person.office!);
    if (score > bestScore) [best, bestScore] = [person, score];
  }
  return best;
}
