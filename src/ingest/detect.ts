import type { SourceDocument, SourceFormat } from './source.ts';
import { SourceError } from './source.ts';

/** What gives a format away in its text. Checked in order; the first that matches wins. */
const SIGNATURES: { format: SourceFormat; test: (text: string) => boolean }[] = [
  {
    format: 'written-consultation',
    test: (text) => /VERSLAG VAN EEN SCHRIFTELIJK OVERLEG/.test(text) || /^Antwoord van het kabinet\s*$/m.test(text),
  },
  {
    // Bold speaker labels of a Markdown-ish export: '**De voorzitter:**', 'De heer **Krul** (CDA):'.
    format: 'debate-markdown',
    test: (text) => /^(?:\*\*)?De (?:\*\*)?voorzitter(?:\*\*)?:/m.test(text) && /\*\*/.test(text),
  },
  {
    // PDF text: labels alone on a line and page footers 'Tweede Kamer, vergaderjaar 2019–2020, 26 643, nr. 679 14'.
    format: 'debate-pdf',
    test: (text) => /^De voorzitter: ?$/m.test(text) && /^Tweede Kamer, vergaderjaar \d{4}[–-]\d{4}, /m.test(text),
  },
  {
    // Word export of written answers: bare question numbers followed by 'Antwoord' lines.
    format: 'answers-word',
    test: (text) => /^1\s*\n(?:.*\n){1,4}?Antwoord\s*$/m.test(text),
  },
  {
    // Word export of a letter: footnote references and numbered headings.
    format: 'letter-word',
    test: (text) => /\[footnoteRef:\d+\]/.test(text) && /^(?:\[bookmark: [^\]]*\])*\d+\.\d+(?:\.\d+)? \S/m.test(text),
  },
];

/** Recognises a source's format from its text; metadata (`format:`) overrides. */
export function detectFormat(source: SourceDocument): SourceFormat {
  if (source.metadata.format) return source.metadata.format;
  const match = SIGNATURES.find(({ test }) => test(source.text));
  if (!match) {
    throw new SourceError(
      source.path,
      'cannot tell what kind of document this is (no debate labels, questions or numbered letter sections found); ' +
        `set "format:" in its metadata file to one of: ${SIGNATURES.map(({ format }) => format).join(', ')}`,
    );
  }
  return match.format;
}
