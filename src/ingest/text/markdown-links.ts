/**
 * A Markdown link `[label](target)`, the target with balanced parentheses
 * (`[klik](javascript:alert(1))`) and Markdown's backslash escapes in either part.
 */
const LINK = /\[((?:\\.|[^\]\\])*)\]\(((?:\\.|[^()\s\\]|\((?:\\.|[^()\s\\])*\))*)\)/g;

/**
 * Markdown links in an export as plain text that keeps what they said: the label, and the target
 * after it in brackets where it says something (`[het rapport](https://example.org/r.pdf)` →
 * `het rapport (https://example.org/r.pdf)`, which the references pass then links if it is a web
 * address). An empty or same-page target (`#`, a Word export's placeholder) or one equal to the
 * label adds nothing. The target is never made a link as written: a `javascript:` target stays
 * text, and no word of the label is lost.
 */
export function markdownLinksAsText(text: string): string {
  if (!text.includes('](')) return text;
  return text.replace(LINK, (_link, label: string, target: string) =>
    target === '' || target.startsWith('#') || target === label ? label : `${label} (${target})`,
  );
}
