import type { SourceFormatModule } from './format.ts';
import { annotatedMarkdown } from './parsers/annotated-markdown.ts';
import { answersWord } from './parsers/answers-word.ts';
import { debateMarkdown } from './parsers/debate-markdown.ts';
import { debatePdf } from './parsers/debate-pdf.ts';
import { debateText } from './parsers/debate-text.ts';
import { genericDocument } from './parsers/document.ts';
import { handelingen } from './parsers/handelingen.ts';
import { kamerstuk } from './parsers/kamerstuk.ts';
import { kamerwrk } from './parsers/kamerwrk.ts';
import { letterWord } from './parsers/letter-word.ts';
import { vlos } from './parsers/vlos.ts';
import { writtenConsultation } from './parsers/written-consultation.ts';

/**
 * Every source format Verslag reads, in the order detection tries them: the most specific
 * signatures first. A new format is one module in `parsers/` and one line here. The XML formats,
 * which look only at the root element, come first: the text formats' patterns need not run on XML;
 * `document`, which reads any text, is last.
 */
export const FORMATS: readonly SourceFormatModule[] = [
  vlos,
  handelingen,
  kamerstuk,
  kamerwrk,
  // Verslag's own Markdown: a frontmatter before anything else, told apart at the first line.
  annotatedMarkdown,
  writtenConsultation,
  debateMarkdown,
  debatePdf,
  answersWord,
  letterWord,
  debateText,
  genericDocument,
];

/** The format of that name, if there is one. */
export function formatNamed(name: string): SourceFormatModule | undefined {
  return FORMATS.find((format) => format.name === name);
}

/** The file extensions the ingest reads from `content/`. */
export const SOURCE_EXTENSIONS: readonly string[] = [...new Set(FORMATS.flatMap((format) => format.extensions))];
