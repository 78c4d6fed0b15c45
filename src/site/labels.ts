import { DOCUMENT_KIND_LABELS, type CommitmentStatus, type DecisionResult, type DocumentKind, type Role, type TranscriptStatus } from '../model/document.ts';
import { formatDutchDate } from '../model/dutch-dates.ts';

/** The interface speaks Dutch: how kinds and roles read on the site (kinds: one list, in the model). */
export const KIND_LABELS: Record<DocumentKind, string> = DOCUMENT_KIND_LABELS;

export const DECISION_RESULT_LABELS: Record<DecisionResult, string> = {
  aangenomen: 'aangenomen',
  verworpen: 'verworpen',
  aangehouden: 'aangehouden',
  ingetrokken: 'ingetrokken',
  overgenomen: 'overgenomen',
};

export const TRANSCRIPT_STATUS_LABELS: Record<TranscriptStatus, string> = {
  ongecorrigeerd: 'Ongecorrigeerd verslag: de tekst kan nog worden gecorrigeerd.',
  gecorrigeerd: 'Gecorrigeerd verslag.',
  casco: 'Voorpublicatie: alleen de opzet van het verslag; de tekst volgt nog.',
};

export const ROLE_LABELS: Record<Role, string> = {
  member: 'Kamerlid',
  chair: 'voorzitter',
  minister: 'minister',
  'state-secretary': 'staatssecretaris',
  guest: 'gast',
};

/** '2025-01-30' → '30 januari 2025'; '2025-07' → 'juli 2025'; '2026' → '2026'. */
export const formatDate = formatDutchDate;

export const COMMITMENT_STATUS_LABELS: Record<CommitmentStatus, string> = {
  made: 'toegezegd',
  changed: 'gewijzigd',
  withdrawn: 'ingetrokken',
  answered: 'ter plekke beantwoord',
};

/** "1 bijdrage", "12 bijdragen, waarvan 3 interrupties": a person's turns in one document. */
export function turnsLabel(turns: number, interruptions = 0): string {
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${count(turns, 'bijdrage', 'bijdragen')}${interruptions > 0 ? `, waarvan ${count(interruptions, 'interruptie', 'interrupties')}` : ''}`;
}

/** A phrase the source writes in running text ("de motie-Soepboer over …") set as a title or the start of a list item. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The longest <title> a browser tab or search result shows whole (html-validate's long-title). */
const TITLE_LENGTH = 70;

/**
 * The page's <title>: 'Passend onderwijs · Verslag'; a longer title (a motion's, a letter's) is cut
 * at a word and ends in '…', the page itself keeps it whole.
 */
export function browserTitle(title: string): string {
  const suffix = ' · Verslag';
  if (title.length + suffix.length <= TITLE_LENGTH) return `${title}${suffix}`;
  const room = TITLE_LENGTH - suffix.length - 1;
  const cut = title.slice(0, room + 1);
  const atWord = cut.lastIndexOf(' ') > room / 2 ? cut.slice(0, cut.lastIndexOf(' ')) : cut.slice(0, room);
  return `${atWord.replace(/[\s,;:(–-]+$/u, '')}…${suffix}`;
}
