import type { SourceFormatModule } from '../format.ts';
import type { Block, Heading, Paragraph, ParliamentaryDocument } from '../../model/document.ts';
import { createAnchorAllocator, type AnchorAllocator } from '../anchors.ts';
import { Diagnostics } from '../diagnostics.ts';
import { SourceError, type SourceDocument } from '../source.ts';
import { cleanWordExport, collectFootnotes, recordCallers, takeFootnoteCalls, wordDocumentMetadata, wordParagraphs } from '../word/index.ts';

/**
 * A numbered heading: `1. Toegankelijke …` (chapter: the number has a dot), `2.1 Digitale
 * Rijksdienst`, `2.1.1 Motie Buijsse - …`. The title starts with a capital or an opening
 * parenthesis/quote, which keeps out sentences such as "10.000 apparaten worden …".
 */
const NUMBERED_HEADING = /^\s*(?:(\d+)\.|(\d+\.\d+(?:\.\d+)?)\.?)\s+([\p{Lu}(‘“'"].*)$/u;
/** Word's bullet, exported as a middle dot: `· Cloud;`. */
const BULLET = /^\s*[·•]\s*/;

/**
 * Parses a Kamerbrief exported from Word (source format 'letter-word'): numbered headings become
 * Heading blocks, every other paragraph a Paragraph (bullets as list items), inline footnotes
 * become the document's footnotes. The export has no letterhead: title and date come from the
 * metadata.
 */
export function parseLetterWord(source: SourceDocument, diagnostics = new Diagnostics(source.path)): ParliamentaryDocument {
  if (source.text.trim() === '') throw new SourceError(source.path, 'the letter is empty', 1);
  const cleaned = cleanWordExport(source.path, source.text, {}, diagnostics);
  const anchors = createAnchorAllocator();
  const callers = new Map<number, string>();
  const outline = createOutline();
  const body: Block[] = [];
  for (const paragraph of wordParagraphs(cleaned.lines)) {
    const block = readHeading(paragraph.text, outline, anchors) ?? readParagraph(paragraph.text, anchors);
    const calls = block.type === 'heading' ? block.footnoteCalls : block.passage.footnoteCalls;
    recordCallers(callers, calls ?? [], block.type === 'heading' ? block.anchor : block.passage.anchor);
    body.push(block);
  }
  const heading = body.find((block) => block.type === 'heading');
  const metadata = wordDocumentMetadata(source, 'kamerbrief', diagnostics, [{ title: heading?.type === 'heading' ? heading.title : undefined, what: 'the first heading' }]);
  return {
    ...metadata,
    agenda: [],
    participants: [],
    people: [],
    body,
    commitments: [],
    references: [],
    footnotes: collectFootnotes(cleaned.footnoteTexts, callers, anchors),
    unclassified: [],
    artefacts: cleaned.artefacts,
  };
}

/**
 * The headings seen so far: [chapter, section, subsection]. A numbered line is a heading only if
 * its number is the next one in this outline (2.1.3 after 2.1.2, 2.2 after 2.1.x, 3. after 2.x),
 * so a paragraph that happens to start with a number is not taken for one.
 */
interface Outline {
  accepts(parts: number[]): boolean;
}

function createOutline(): Outline {
  const current = [0, 0, 0];
  return {
    accepts(parts) {
      const level = parts.length;
      for (let i = 0; i < level - 1; i++) if (parts[i] !== current[i]) return false;
      if (parts[level - 1] !== current[level - 1]! + 1) return false;
      for (let i = 0; i < current.length; i++) current[i] = i < level ? parts[i]! : 0;
      return true;
    },
  };
}

function readHeading(raw: string, outline: Outline, anchors: AnchorAllocator): Heading | undefined {
  const match = NUMBERED_HEADING.exec(raw);
  if (!match) return undefined;
  const number = match[1] ?? match[2]!;
  if (!outline.accepts(number.split('.').map(Number))) return undefined;
  const { text, footnoteCalls } = takeFootnoteCalls(match[3]!);
  return {
    type: 'heading',
    anchor: anchors.fixed(`s-${number.replaceAll('.', '-')}`),
    level: number.split('.').length,
    number,
    title: text,
    ...(footnoteCalls.length > 0 ? { footnoteCalls } : {}),
  };
}

function readParagraph(raw: string, anchors: AnchorAllocator): Paragraph {
  const bullet = BULLET.exec(raw);
  const { text, footnoteCalls } = takeFootnoteCalls(bullet ? raw.slice(bullet[0].length) : raw);
  return {
    type: 'paragraph',
    passage: {
      anchor: anchors.passage(text),
      text,
      ...(bullet ? { listItem: true as const } : {}),
      ...(footnoteCalls.length > 0 ? { footnoteCalls } : {}),
    },
  };
}

/** Source format 'letter-word': Kamerbrief exported from Word: numbered headings, [footnoteRef:n]. */
export const letterWord: SourceFormatModule = {
  name: 'letter-word',
  description: 'Kamerbrief exported from Word: numbered headings, [footnoteRef:n]',
  extensions: ['.txt'],
  // Footnote references and numbered headings.
  detect: (source) => /\[footnoteRef:\d+\]/.test(source.text) && /^(?:\[bookmark: [^\]]*\])*\d+\.\d+(?:\.\d+)? \S/m.test(source.text),
  parse: parseLetterWord,
};
