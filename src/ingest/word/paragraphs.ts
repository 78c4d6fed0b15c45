/** One Word paragraph: a source line, with any lines that continue it. */
export interface WordParagraph {
  /** 1-based line where the paragraph starts. */
  line: number;
  /** Raw text (footnote calls still in it), continuation lines joined by a space. */
  text: string;
}

/**
 * Word writes one paragraph per line, so each non-blank line is a paragraph; blank and
 * whitespace-only lines separate nothing but are ignored. The exception is a line that starts with
 * a lower-case letter directly under another line: a paragraph (list item, heading) broken in the
 * middle of a sentence ("… centraal in (digitale)" / "dienstverlening;"), so it is joined to it.
 */
export function wordParagraphs(lines: readonly string[]): WordParagraph[] {
  const paragraphs: WordParagraph[] = [];
  let previousBlank = true;
  lines.forEach((line, index) => {
    if (line.trim() === '') {
      previousBlank = true;
      return;
    }
    const last = paragraphs.at(-1);
    if (last && !previousBlank && /^\s*\p{Ll}/u.test(line)) last.text += ` ${line}`;
    else paragraphs.push({ line: index + 1, text: line });
    previousBlank = false;
  });
  return paragraphs;
}
