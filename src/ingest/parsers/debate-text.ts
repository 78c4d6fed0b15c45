import type { SourceFormatModule } from '../format.ts';
import type { ParliamentaryDocument } from '../../model/document.ts';
import { buildDebate } from '../debate/build.ts';
import type { DebateParagraph } from '../debate/paragraphs.ts';
import { classifyLabelLine, parseSpeakerLabel } from '../debate/speaker-labels.ts';
import { Diagnostics } from '../diagnostics.ts';
import { isHeadingLine, readerLines, readHeader } from '../reader/lines.ts';
import { SourceError, type SourceDocument } from '../source.ts';

/**
 * The chair's words that open every agenda item of a transcript, committee or plenary, VLOS or
 * Handelingen ("Aan de orde is het tweeminutendebat Passend onderwijs", "Aan de orde is de
 * behandeling van:", "Aan de orde is de stemming over …"): the short line before them is the item's title.
 */
const OPENS_ITEM = /^Aan de orde is\b/;
/** "Aan de orde is (de voortzetting van) de behandeling van:", then the papers on the agenda, a line each. */
const ITEM_LIST = /^Aan de orde is (?:de voortzetting van )?de behandeling van:$/;
/** A paper of that list, as a clause: "de brief van … (25087, nr. 339);", "het wetsvoorstel … (33964)." */
const ITEM_LIST_LINE = /^\p{Ll}.*[;.]$/u;

/**
 * A debate as copied from its official page (source format 'debate-text'): committee debates,
 * wetgevingsoverleggen and plenary sittings or items, with the header lines of the reader's copy
 * (src/ingest/reader/lines.ts), each speaker label alone on its line and unmarked ("De voorzitter:",
 * "Mevrouw Kröger (GroenLinks):", "Minister Ollongren:", "Kamerlid Kostić (PvdD):"), chair changes
 * ("Voorzitter: Arib"), the agenda items' titles as short lines, and motions inside the turns.
 * Lines before the first label are the front matter (see debate/header.ts); short lines after it
 * are headings, and so is an agenda item's title wherever it stands (a committee debate's one item,
 * a sitting's "Mededelingen", come before the first label): the short line before the chair's
 * "Aan de orde is …", or one the page prints twice. The papers listed after "Aan de orde is de
 * behandeling van:" are the agenda's items, as a report's bullets are.
 */
export function parseDebateText(source: SourceDocument, diagnostics = new Diagnostics(source.path)): ParliamentaryDocument {
  if (source.text.trim() === '') throw new SourceError(source.path, 'the file is empty', 1);
  const lines = readerLines(source.text);
  const header = readHeader(lines);
  let inBody = false;
  let inItemList = false;
  const paragraphs: DebateParagraph[] = [];
  lines.forEach(({ text, line }, index) => {
    const labelKind = classifyLabelLine(text);
    if (labelKind === 'label' || labelKind === 'malformed-label') inBody = true;
    const next = lines[index + 1]?.text ?? '';
    // An agenda item's title: before the chair's "Aan de orde is …", or printed twice (see below).
    const itemTitle = line !== header.titleLine && (OPENS_ITEM.test(next) || next === text);
    const heading = (inBody || itemTitle) && text !== 'Motie' && isHeadingLine(text);
    inItemList &&= ITEM_LIST_LINE.test(text);
    const kind = labelKind ?? (heading ? 'heading' : inItemList ? 'bullet' : 'text');
    if (ITEM_LIST.test(text)) inItemList = true;
    // The official page prints an agenda item's title, then again as its first line ("Passend
    // onderwijs" / "Passend onderwijs" / "Aan de orde is …"): one heading, the title's words kept in it.
    const previous = paragraphs.at(-1);
    if (kind === 'heading' && previous?.kind === 'heading' && previous.text === text) return;
    paragraphs.push({ kind, text, line });
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
