/** The passage ids of our pages: p…, vraag-N, antwoord-N, s-…, voetnoot-N, agenda-N. */
export const PASSAGE_ID = /^(?:p[0-9a-z]{7}(?:-\d+)?|vraag-\d+|antwoord-\d+|s-[\d-]+|voetnoot-\d+|agenda-\d+)$/;

/** A start tag of a paragraph or list item with a passage id; attributes as Astro writes them (double quotes). */
const PASSAGE_START_TAG = /<(p|li)((?:\s+[\w:.-]+(?:="[^"]*")?)*?)\s+id="([^"]*)"((?:\s+[\w:.-]+(?:="[^"]*")?)*)\s*>/g;

/**
 * A page as Pagefind should read it: the id of each passage paragraph and list item moves to an
 * empty marker at its start. Pagefind keeps, for every element with an id, that element's text as
 * the anchor's text; on our pages that is every passage, so the index held each page's text twice
 * (for 160 debate pages: 43 MB of fragments instead of 24, and gzipping them was most of its
 * time). The search page needs a passage's id and position, which the marker keeps, not its text;
 * headings and speech headers keep their ids and text, the labels the search page shows.
 */
export function markPassageAnchors(html: string): string {
  return html.replace(PASSAGE_START_TAG, (tag, name: string, before: string, id: string, after: string) =>
    PASSAGE_ID.test(id) ? `<${name}${before}${after}><span id="${id}"></span>` : tag,
  );
}
