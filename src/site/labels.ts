import type { CommitmentStatus, DocumentKind, Role } from '../model/document.ts';

/** The interface speaks Dutch: how kinds and roles read on the site. */
export const KIND_LABELS: Record<DocumentKind, string> = {
  commissiedebat: 'Commissiedebat',
  'algemeen-overleg': 'Algemeen overleg',
  'schriftelijk-overleg': 'Schriftelijk overleg',
  kamerbrief: 'Kamerbrief',
  antwoorden: 'Antwoorden op vragen',
};

export const ROLE_LABELS: Record<Role, string> = {
  member: 'Kamerlid',
  chair: 'voorzitter',
  minister: 'minister',
  'state-secretary': 'staatssecretaris',
};

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** '2025-01-30' → '30 januari 2025'; '2025-07' → 'juli 2025'; '2026' → '2026'. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!month) return year!;
  const monthName = MONTHS[Number(month) - 1]!;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export const COMMITMENT_STATUS_LABELS: Record<CommitmentStatus, string> = {
  made: 'toegezegd',
  changed: 'gewijzigd',
  withdrawn: 'ingetrokken',
  answered: 'ter plekke beantwoord',
};
