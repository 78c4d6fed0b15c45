import type { SourceFormatModule } from '../format.ts';
import type { ParliamentaryDocument } from '../../model/document.ts';
import { buildDebate } from '../debate/build.ts';
import { Diagnostics } from '../diagnostics.ts';
import { continuesAcrossBreak, joinAcrossBreak, type DebateParagraph } from '../debate/paragraphs.ts';
import { markdownLinksAsText } from '../text/markdown-links.ts';
import { normaliseSpaces } from '../text/spaces.ts';
import { classifyLabelLine } from '../debate/speaker-labels.ts';
import { SourceError, type SourceDocument } from '../source.ts';

/**
 * Verslag van een commissiedebat exported as Markdown-ish text (seed 000): one paragraph per line,
 * blank lines between, bold in many places — also around (parts of) speaker labels:
 * "**De heer Krul (CDA):**", "De heer **Krul** (CDA):", "Staatssecretaris **Szabó:**",
 * "De **voorzitter**:", "**Voorzitter: Six Dijkstra**" — and "- " bullets for the agenda and the
 * chair's closing list of toezeggingen. A trailing double space (a Markdown line break) can put a
 * label and its first words on consecutive lines.
 *
 * Page breaks of the original survive as paragraph breaks in the middle of a sentence or a word
 * ("… de volgende stap AI is" / "die AI kan verbeteren", "samen-" / "leving"); those paragraphs are
 * joined again (see continuesAcrossBreak).
 */
export function parseDebateMarkdown(source: SourceDocument, diagnostics = new Diagnostics(source.path)): ParliamentaryDocument {
  if (source.text.trim() === '') throw new SourceError(source.path, 'the file is empty', 1);
  return buildDebate({ source, paragraphs: readParagraphs(source), defaultKind: 'commissiedebat', diagnostics });
}

/** A line wholly in bold (or a heading) is a title or label of the export: it never runs on across a break. */
const STANDALONE_LINE = /^\s*(?:#{1,6}\s+)?\*\*[^*]+\*\*\s*$/;

function readParagraphs(source: SourceDocument): DebateParagraph[] {
  const paragraphs: DebateParagraph[] = [];
  const standalone = new Set<DebateParagraph>();
  source.text.split('\n').forEach((raw, index) => {
    if (raw.trim() === '') return;
    const line = index + 1;
    const bullet = /^\s*[-*+]\s+/.test(raw);
    const text = plainText(bullet ? raw.replace(/^\s*[-*+]\s+/, '') : raw);
    if (text === '') return;
    const labelKind = bullet ? undefined : classifyLabelLine(text);
    const kind = labelKind ?? (bullet ? 'bullet' : 'text');
    const previous = paragraphs.at(-1);
    const isStandalone = STANDALONE_LINE.test(raw);
    if (
      kind === 'text' &&
      previous &&
      previous.kind !== 'label' &&
      previous.kind !== 'chair-change' &&
      !isStandalone &&
      !standalone.has(previous) &&
      continuesAcrossBreak(previous.text, text)
    ) {
      previous.text = joinAcrossBreak(previous.text, text);
      return;
    }
    const paragraph: DebateParagraph = { kind, text, line };
    if (isStandalone) standalone.add(paragraph);
    paragraphs.push(paragraph);
  });
  return paragraphs;
}

/** Markdown markup removed: bold, headings' hashes, links to their label and target (markdown-links.ts), autolinks to the bare url. */
function plainText(markdown: string): string {
  const text = markdownLinksAsText(markdown)
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1');
  return normaliseSpaces(text);
}

/** Source format 'debate-markdown': debate report with Markdown-ish bold speaker labels ("**De heer Krul (CDA):**"). */
export const debateMarkdown: SourceFormatModule = {
  name: 'debate-markdown',
  description: 'debate report with Markdown-ish bold speaker labels ("**De heer Krul (CDA):**")',
  extensions: ['.txt'],
  // Bold speaker labels of a Markdown-ish export: '**De voorzitter:**', 'De heer **Krul** (CDA):'.
  detect: (source) => /^(?:\*\*)?De (?:\*\*)?voorzitter(?:\*\*)?:/m.test(source.text) && /\*\*/.test(source.text),
  parse: parseDebateMarkdown,
};
