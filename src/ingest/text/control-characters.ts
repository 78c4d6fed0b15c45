/**
 * Control characters in a source: C0 but tab and line breaks, DEL and C1 (U+0080–U+009F). A
 * form feed or vertical tab (pdftotext's page break) is whitespace and becomes a space; the others
 * (a NUL from a broken export, an escape sequence) are no text of the document and are dropped,
 * and each is reported with its line and column so that nothing disappears unseen.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const ANY_CONTROL = new RegExp(CONTROL.source);

export interface DroppedCharacter {
  /** 1-based line and column in the text as it was. */
  line: number;
  column: number;
  /** 'U+0000'. */
  codePoint: string;
}

/** The text without control characters, and where each dropped one was. */
export function dropControlCharacters(text: string): { text: string; dropped: DroppedCharacter[] } {
  const dropped: DroppedCharacter[] = [];
  if (!ANY_CONTROL.test(text)) return { text, dropped };
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  const clean = text.replace(CONTROL, (character, offset: number) => {
    for (let index = text.indexOf('\n', scanned); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
      line++;
      lineStart = index + 1;
    }
    scanned = offset;
    if (character === '\f' || character === '\v') return ' ';
    dropped.push({ line, column: offset - lineStart + 1, codePoint: `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` });
    return '';
  });
  return { text: clean, dropped };
}
