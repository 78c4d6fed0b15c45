/**
 * What the search page shows of a search record beyond its words: the document's title, kind and
 * date, what the record is ('Krul (CDA)', 'Vragen'), and its passages (anchor, first word, and a
 * label where the passage has its own: 'Vraag 3'). It travels in the record's URL, after the
 * anchor: Pagefind indexes every meta value of a record as words (a search for "januari" found
 * every record of a January document, and an anchor such as "pq60aa4q" found its record), and
 * does not index the URL. Shared by the records (records.ts) and the search page (src/scripts/search.ts).
 */
export interface RecordDetails {
  title: string;
  kind: string;
  date: string;
  label: string;
  /** Each passage: its anchor ('' for the top of the page), the word it starts at, and its own label if it has one. */
  passages: [anchor: string, start: number, label?: string][];
}

/** Between the anchor and the details; never in an anchor (passage ids are letters, digits and hyphens). */
const SEPARATOR = '~';

/** A record's URL: the page, the anchor it lands on, then its details. */
export function recordUrl(page: string, anchor: string, details: RecordDetails): string {
  return `${page}#${anchor}${SEPARATOR}${encodeURIComponent(JSON.stringify(details))}`;
}

/** A record's URL read back: the page, the anchor, and its details (none for a page indexed as HTML, or a URL not made by recordUrl). */
export function readRecordUrl(url: string): { page: string; anchor: string; details?: RecordDetails } {
  const hash = url.indexOf('#');
  if (hash < 0) return { page: url, anchor: '' };
  const page = url.slice(0, hash);
  const fragment = url.slice(hash + 1);
  const separator = fragment.indexOf(SEPARATOR);
  if (separator < 0) return { page, anchor: fragment };
  try {
    return { page, anchor: fragment.slice(0, separator), details: JSON.parse(decodeURIComponent(fragment.slice(separator + 1))) as RecordDetails };
  } catch {
    return { page, anchor: fragment.slice(0, separator) };
  }
}
