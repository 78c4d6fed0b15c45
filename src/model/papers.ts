import type { PaperNumber } from './document.ts';

/**
 * How a Kamerstuk is numbered and written, for the ingest that reads the numbers and the site that
 * shows and links them.
 */

/** '26 643' → '26643'; '21 501-30' → '21501-30'; '36 600 VII' → '36600-VII' (begrotingshoofdstuk). */
export function normaliseDossier(dossier: string): string {
  return dossier.replace(/(\d) (\d)/g, '$1$2').replace(/ /g, '-');
}

/** The form people read: { dossier: '26643', number: '1311' } → '26 643, nr. 1311'; '36600-VII' → '36 600 VII'. */
export function formatPaper(paper: PaperNumber): string {
  return `${formatDossier(paper.dossier)}, nr. ${paper.number}`;
}

/** A dossier as the House writes it: '26643' → '26 643', '36600-VII' → '36 600 VII', '21501-30' → '21 501-30'. */
export function formatDossier(dossier: string): string {
  const [main, sub] = dossier.split(/-(.*)/s);
  const spaced = main!.length > 3 ? `${main!.slice(0, -3)} ${main!.slice(-3)}` : main!;
  const suffix = sub === undefined ? '' : /^[IVXL]+$/.test(sub) ? ` ${sub}` : `-${sub}`;
  return `${spaced}${suffix}`;
}

/**
 * A Kamerstuk in brackets without the word Kamerstuk, as the House's agenda and zaak titles end:
 * '(31497, nr. 499)', '(36600-IX, nr. 43)', '(25 087, nr. 339)', and an amended motion's
 * '(21501-08, nr. 726, was nr. 719)'. Group 1 is the dossier, group 2 the (current) number.
 */
export const BRACKETED_PAPER = /\((\d[\d ]*(?:-[\dA-Z]+)?), nr\. (\d+)(?:, was nr\. \d+)?\)/;
