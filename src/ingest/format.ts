import type { ParliamentaryDocument } from '../model/document.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { SourceDocument } from './source.ts';

/**
 * A source format: one module in `src/ingest/parsers/` exports one of these, and `formats.ts`
 * registers it. The registry is the one list of formats: detection, the `format:` values a
 * metadata file accepts and the file extensions the ingest picks up all come from it.
 */
export interface SourceFormatModule {
  /** The `format:` value: 'debate-markdown', 'vlos'. */
  name: string;
  /** One line on what the format is, for messages and the README. */
  description: string;
  /** File extensions (with the dot) of sources in this format: '.txt', '.xml', '.md'. */
  extensions: readonly string[];
  /** Whether a source reads as this format; tried in the registry's order, the first that answers yes wins. */
  detect(source: SourceDocument): boolean;
  /**
   * Set for a format whose sources carry what the annotation passes find (Verslag's own annotated
   * Markdown, where an editor may have corrected it): the pipeline does not run those passes again.
   */
  annotated?: true;
  /** Source → model. Problems it can live with go to `diagnostics`; unusable input throws a SourceError. */
  parse(source: SourceDocument, diagnostics: Diagnostics): ParliamentaryDocument;
}
