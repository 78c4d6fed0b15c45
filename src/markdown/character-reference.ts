/**
 * A character as an uppercase hexadecimal character reference (`<` → `&#x3C;`), the form
 * hast-util-to-html writes and the one both our serialisers write: the Markdown writer for
 * whitespace that would not read back, the HTML writer for what must be escaped.
 */
export function characterReference(character: string): string {
  return `&#x${character.codePointAt(0)!.toString(16).toUpperCase()};`;
}
