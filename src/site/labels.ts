import { DOCUMENT_KIND_LABELS, type CommitmentStatus, type DecisionResult, type DocumentKind, type Role, type TranscriptStatus } from '../model/document.ts';
import { formatDutchDate } from '../ingest/text/dates.ts';

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
