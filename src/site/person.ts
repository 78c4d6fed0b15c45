import type { Role } from '../model/document.ts';
import type { Appearance } from './corpus.ts';

/** A role a person held over a stretch of the corpus: 'Kamerlid (CDA)' or an office, from the first to the last document. */
export interface RoleSpan {
  role: Role;
  party?: string;
  office?: string;
  /** ISO dates of the first and last document in that role. */
  from: string;
  to: string;
  documents: number;
}

/**
 * A person's roles over time: their appearances grouped by role, party and office, oldest first,
 * so that a member who became state secretary, or changed party, reads as two lines.
 */
export function rolesOverTime(appearances: readonly Appearance[]): RoleSpan[] {
  const spans = new Map<string, RoleSpan>();
  for (const { document, role, party, office } of [...appearances].sort((a, b) => a.document.date.localeCompare(b.document.date))) {
    const key = `${role}\u0000${party ?? ''}\u0000${office ?? ''}`;
    const span = spans.get(key);
    if (span) {
      span.to = document.date;
      span.documents++;
    } else {
      spans.set(key, { role, ...(party ? { party } : {}), ...(office ? { office } : {}), from: document.date, to: document.date, documents: 1 });
    }
  }
  return [...spans.values()];
}
