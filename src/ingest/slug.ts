import slugifyLibrary from '@sindresorhus/slugify';

/** URL-safe ASCII slug of a name or title: 'Szabó' → 'szabo', 'GroenLinks-PvdA' → 'groenlinks-pvda'. */
export function slugify(text: string): string {
  return slugifyLibrary(text, { decamelize: false });
}
