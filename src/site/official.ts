import type { PaperNumber } from '../model/document.ts';

/** The official publication of a Kamerstuk on officielebekendmakingen.nl. */
export function officialPaperUrl(paper: PaperNumber): string {
  return `https://zoek.officielebekendmakingen.nl/kst-${paper.dossier}-${paper.number}.html`;
}
