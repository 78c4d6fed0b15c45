import type { Random } from '../prng.ts';

/**
 * Footnotes as Word exports them (seeds 003 and 004): the call `[footnoteRef:8]` where the
 * superscript stood, the text `[8:  Kamerstukken II …]` at the end of the paragraph's line. Now and
 * then a footnote copied from another document keeps its old number: `[footnoteRef:5][1]` with
 * `[5: [1] …]` (a "stale mark" the parser records as an export artefact).
 */
export class WordFootnotes {
  private next = 1;
  private readonly random: Random;

  constructor(random: Random) {
    this.random = random;
  }

  /** The paragraph line with a new footnote: its call after a sentence (or at the end), its text after the line. */
  call(line: string, note: string): string {
    const number = this.next++;
    const notesStart = line.search(/ {1,2}\[\d+: /);
    const text = notesStart < 0 ? line.trimEnd() : line.slice(0, notesStart);
    const notes = notesStart < 0 ? '' : line.slice(notesStart).trimEnd();
    const stale = this.random.chance(0.03) ? `[${this.random.int(1, 9)}]` : '';
    const call = `[footnoteRef:${number}]${stale}`;
    const ends = [...text.matchAll(/[.?!](?= \p{Lu})/gu)].map((match) => match.index + 1);
    const at = ends.length > 0 && this.random.chance(0.4) ? this.random.pick(ends) : text.length;
    const called = `${text.slice(0, at)}${call}${text.slice(at)}`;
    return `${called}${notes} [${number}:  ${stale ? `${stale} ` : ''}${note}] `;
  }
}
