import type { DocumentKind, ParliamentaryDocument } from '../../model/document.ts';
import { SourceError, type SourceDocument } from '../source.ts';

/**
 * What a Word export does not say of itself, from its metadata: the title and date (required, as
 * the export has no letterhead to read them from), the kind (`kind` unless the metadata says
 * otherwise), the Kamerstuk and the committee. `called` names the document in an error ("the letter").
 */
export function wordDocumentMetadata(
  source: SourceDocument,
  kind: DocumentKind,
  called: string,
): Pick<ParliamentaryDocument, 'id' | 'kind' | 'title' | 'date' | 'paper' | 'committee'> {
  const required = (field: 'title' | 'date'): string => {
    const value = source.metadata[field];
    if (!value) throw new SourceError(source.path, `${called} does not state its ${field}: set "${field}" in its metadata`);
    return value;
  };
  return {
    id: source.id,
    kind: source.metadata.kind ?? kind,
    title: required('title'),
    date: required('date'),
    ...(source.metadata.paper ? { paper: source.metadata.paper } : {}),
    ...(source.metadata.committee ? { committee: source.metadata.committee } : {}),
  };
}
