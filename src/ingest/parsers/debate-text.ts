import type { SourceFormatModule } from '../format.ts';
import type { ParliamentaryDocument } from '../../model/document.ts';
import { buildDebate } from '../debate/build.ts';
import type { DebateParagraph } from '../debate/paragraphs.ts';
import { classifyLabelLine, parseSpeakerLabel } from '../debate/speaker-labels.ts';
import { Diagnostics } from '../diagnostics.ts';
import { isHeadingLine, readerLines, readHeader } from '../reader/lines.ts';
import { SourceError, type SourceDocument } from '../source.ts';

/**
 * A debate as copied from its official page (source format 'debate-text'): committee debates,
 * wetgevingsoverleggen and plenary sittings or items, with the header lines of the reader's copy
 * (src/ingest/reader/lines.ts), each speaker label alone on its line and unmarked ("De voorzitter:",
 * "Mevrouw Kröger (GroenLinks):", "Minister Ollongren:", "Kamerlid Kostić (PvdD):"), chair changes
 * ("Voorzitter: Arib"), the agenda items' titles as short lines, and motions inside the turns.
 * Lines before the first label are the front matter (see debate/header.ts); short lines after it
 * are headings.
 */
export function parseDebateText(source: SourceDocument, diagnostics = new Diagnostics(source.path)): ParliamentaryDocument {
  if (source.text.trim() === '') throw new SourceError(source.path, 'the file is empty', 1);
  const lines = readerLines(source.text);
  const header = readHeader(lines);
  let inBody = false;
  const paragraphs = lines.map(({ text, line }): DebateParagraph => {
    const labelKind = classifyLabelLine(text);
    if (labelKind === 'label' || labelKind === 'malformed-label') inBody = true;
    const kind = labelKind ?? (inBody && text !== 'Motie' && isHeadingLine(text) ? 'heading' : 'text');
    return { kind, text, line };
  });
  return buildDebate({
    source,
    diagnostics,
    paragraphs,
    // A meeting with no report heading ("Verslag van een commissiedebat") is a plenary one.
    defaultKind: 'plenaire-vergadering',
    header: {
      ...(header.title ? { title: header.title, titleLine: header.titleLine } : {}),
      ...(header.date ? { date: header.date } : {}),
    },
  });
}

/** Whether a text has speaker labels alone on their lines, without markup. */
function hasPlainLabels(text: string): boolean {
  if (text.includes('**')) return false;
  let labels = 0;
  for (const match of text.matchAll(/^[^\n]{3,80}:$/gm)) {
    if (parseSpeakerLabel(match[0]) && ++labels >= 1) return true;
  }
  return false;
}

/** Source format 'debate-text': a debate as copied from its official page, labels alone on their lines. */
export const debateText: SourceFormatModule = {
  name: 'debate-text',
  description: 'debate (committee or plenary) as copied from its official page: header lines, speaker labels alone on their lines, motions',
  extensions: ['.txt'],
  detect: (source) => hasPlainLabels(source.text),
  parse: parseDebateText,
};
