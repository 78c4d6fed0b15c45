import type { DocumentKind, ParliamentaryDocument } from '../../model/document.ts';
import { deriveTitle, documentDate, type TitleCandidate } from '../derive.ts';
import type { Diagnostics } from '../diagnostics.ts';
import type { SourceDocument } from '../source.ts';
import { parseDateLine } from '../text/dates.ts';

/**
 * What a Word export says of itself little: the kind (`kind` unless the metadata says otherwise),
 * the title (the metadata's, else what the parser offers, else the kind and date; derived with a
 * warning), the date (the metadata's, else a dateline such as "Den Haag, 7 juli 2023", else
 * estimated with a warning), the Kamerstuk and the committee.
 */
export function wordDocumentMetadata(
  source: SourceDocument,
  kind: DocumentKind,
  diagnostics: Diagnostics,
  titles: TitleCandidate[] = [],
): Pick<ParliamentaryDocument, 'id' | 'kind' | 'title' | 'date' | 'dateEstimated' | 'paper' | 'committee'> {
  const dated = documentDate(source, source.metadata.date ?? datelineOf(source.text), diagnostics);
  const chosen = source.metadata.kind ?? kind;
  return {
    id: source.id,
    kind: chosen,
    title: deriveTitle(source, titles, chosen, dated.date, diagnostics),
    ...dated,
    ...(source.metadata.paper ? { paper: source.metadata.paper } : {}),
    ...(source.metadata.committee ? { committee: source.metadata.committee } : {}),
  };
}

/** The date of the first line that is a dateline or a date alone ("Den Haag, 7 juli 2023"). */
function datelineOf(text: string): string | undefined {
  for (const line of text.split('\n')) {
    const date = parseDateLine(line.replace(/\*\*/g, ''));
    if (date) return date;
  }
  return undefined;
}
