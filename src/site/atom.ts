/**
 * Atom feeds (RFC 4287), written out: a feed is a handful of elements, and every text goes
 * through one escape. Timestamps come from the corpus (when a document was added), never the
 * clock, so that a build is reproducible.
 */
export interface AtomEntry {
  /** The permanent URL of what the entry is about: also its id. */
  url: string;
  title: string;
  /** RFC 3339: when the entry was added or changed. */
  updated: string;
  /** The document's own date, RFC 3339. */
  published?: string;
  summary: string;
  author?: string;
}

export interface AtomFeed {
  /** The feed's own URL: its id and rel="self". */
  url: string;
  /** The page the feed is of. */
  page: string;
  title: string;
  subtitle?: string;
  entries: AtomEntry[];
}

const escapeXml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** XML 1.0 refuses control characters (a NUL); they are dropped from feed texts. */
const xmlText = (text: string) => escapeXml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, ''));

/** Newest first; entries with the same time by title, so the order never depends on input order. */
export function atomXml(feed: AtomFeed): string {
  const entries = [...feed.entries].sort((a, b) => b.updated.localeCompare(a.updated) || (b.published ?? '').localeCompare(a.published ?? '') || a.url.localeCompare(b.url));
  const updated = entries[0]?.updated ?? '1970-01-01T00:00:00Z';
  // An entry's id is its URL; two entries at one passage (two papers cited in it) get distinct ids.
  const seen = new Map<string, number>();
  const idOf = (entry: AtomEntry) => {
    const count = (seen.get(entry.url) ?? 0) + 1;
    seen.set(entry.url, count);
    return count === 1 ? entry.url : `${entry.url}-${count}`;
  };
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `  <id>${xmlText(feed.url)}</id>`,
    `  <title>${xmlText(feed.title)}</title>`,
    ...(feed.subtitle ? [`  <subtitle>${xmlText(feed.subtitle)}</subtitle>`] : []),
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.url)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.page)}"/>`,
    `  <updated>${updated}</updated>`,
    '  <author><name>Verslag</name></author>',
    ...entries.flatMap((entry) => [
      '  <entry>',
      `    <id>${xmlText(idOf(entry))}</id>`,
      `    <title>${xmlText(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlText(entry.url)}"/>`,
      `    <updated>${entry.updated}</updated>`,
      ...(entry.published ? [`    <published>${entry.published}</published>`] : []),
      ...(entry.author ? [`    <author><name>${xmlText(entry.author)}</name></author>`] : []),
      `    <summary>${xmlText(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

export function atomResponse(feed: AtomFeed): Response {
  return new Response(atomXml(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
