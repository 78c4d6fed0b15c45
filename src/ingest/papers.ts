import type { PaperNumber } from '../model/document.ts';
import { BRACKETED_PAPER, normaliseDossier } from '../model/papers.ts';

/**
 * A Kamerstuk citation as the corpus writes them: 'Kamerstuk 26 643, nr. 1311',
 * 'Kamerstukken II 2024/2025, 26 643, nr. 1300', 'Kamerstukken II, 2024/2025, 36 639 nr. 16',
 * 'Kamerstuk 21 501-30, nr. 680', 'Kamerstuk 36 600 VII, nr. 73', 'Kamerstuk 26643, nr. 1329'.
 * Group 1 is the dossier, group 2 the number.
 */
export const PAPER_CITATION =
  /\bKamerstuk(?:ken)?(?: I{1,2})?,?(?: \d{4}[/–-]\d{2,4},?)? (\d{2} ?\d{3}(?:-[\dA-Z]+| [IVXL]+\b)?),? nr\. ?(\d+)/g;

/**
 * The Kamerstuk the House's agenda and zaak titles end with, in brackets and without the word
 * Kamerstuk: 'de motie-Soepboer over … (31497, nr. 499)', 'de brief … inzake … (36600-IX, nr. 43);'.
 * The last one: an earlier bracket may name another paper ('(Kamerstuk 36740-XVI-1) (36740-XVI, nr. 8)').
 */
export function paperInBrackets(text: string): PaperNumber | undefined {
  const match = [...text.matchAll(new RegExp(BRACKETED_PAPER.source, 'g'))].at(-1);
  return match ? { dossier: normaliseDossier(match[1]!), number: match[2]! } : undefined;
}

/** The first Kamerstuk citation in a text, if any. */
export function findPaper(text: string): PaperNumber | undefined {
  const match = new RegExp(PAPER_CITATION.source).exec(text);
  return match ? { dossier: normaliseDossier(match[1]!), number: match[2]! } : undefined;
}
