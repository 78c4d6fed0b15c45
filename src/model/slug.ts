import slugifyLibrary from '@sindresorhus/slugify';

/**
 * Slugs already made, by text. The texts are people's names, which a debate repeats at every turn,
 * and the library is slow (a transliteration table per call); a thread ingests thousands of
 * documents, so the memo is emptied when it grows past a bound.
 */
const made = new Map<string, string>();
const MEMO_LIMIT = 10_000;

/** URL-safe ASCII slug of a name or title: 'Szabó' → 'szabo', 'GroenLinks-PvdA' → 'groenlinks-pvda'. */
export function slugify(text: string): string {
  let slug = made.get(text);
  if (slug === undefined) {
    slug = slugifyLibrary(text, { decamelize: false });
    if (made.size >= MEMO_LIMIT) made.clear();
    made.set(text, slug);
  }
  return slug;
}
