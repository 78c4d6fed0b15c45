import type { SourceFormatModule } from './format.ts';
import { FORMATS, formatNamed } from './formats.ts';
import type { SourceDocument } from './source.ts';
import { SourceError } from './source.ts';

/** The format module that reads a source: its metadata's `format:` if set, else the first whose detection fits. */
export function detectFormatModule(source: SourceDocument): SourceFormatModule {
  if (source.metadata.format) {
    const named = formatNamed(source.metadata.format);
    if (!named) throw new SourceError(source.path, `unknown format "${source.metadata.format}" (known: ${FORMATS.map(({ name }) => name).join(', ')})`);
    return named;
  }
  const match = FORMATS.find((format) => format.detect(source));
  if (!match) {
    throw new SourceError(
      source.path,
      'cannot tell what kind of document this is (no debate labels, questions or numbered letter sections found); ' +
        `set "format:" in its metadata file to one of: ${FORMATS.map(({ name }) => name).join(', ')}`,
    );
  }
  return match;
}

/** The name of the format that reads a source. */
export function detectFormat(source: SourceDocument): string {
  return detectFormatModule(source).name;
}
