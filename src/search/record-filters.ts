/**
 * The filters of a search record (records.ts), by the names the search page uses
 * (src/scripts/search.ts gives each a Dutch label). `document` is the document's id: the page counts
 * the hits per document with it ("Meer treffers in dit document") and narrows a search to one
 * document, but does not offer it as a facet.
 */
export const RECORD_FILTERS = ['soort', 'jaar', 'commissie', 'dossier', 'partij', 'spreker', 'rol', 'document'] as const;
export type RecordFilter = (typeof RECORD_FILTERS)[number];

export const DOCUMENT_FILTER = 'document' satisfies RecordFilter;

/** The filters a reader narrows by. */
export type Facet = Exclude<RecordFilter, typeof DOCUMENT_FILTER>;
