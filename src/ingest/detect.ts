import { extname } from 'node:path';
import type { SourceFormatModule } from './format.ts';
import { FORMATS, formatNamed } from './formats.ts';
import { metadataPath } from './read-source.ts';
import type { SourceDocument } from './source.ts';
import { SourceError } from './source.ts';
import { publicationContent } from './official/publication.ts';
import { peekRootElement } from './xml/tree.ts';

/** The format module that reads a source: its metadata's `format:` if set, else the first whose detection fits. */
export function detectFormatModule(source: SourceDocument): SourceFormatModule {
  if (source.metadata.format) {
    const named = formatNamed(source.metadata.format);
    if (!named) throw new SourceError(source.path, `unknown format "${source.metadata.format}" (known: ${FORMATS.map(({ name }) => name).join(', ')})`);
    // A metadata file left beside a source of another format (x.yml of x.txt, now beside its corrected x.md).
    const extension = extname(source.path);
    if (!named.extensions.includes(extension) && FORMATS.some((format) => format.extensions.includes(extension))) {
      throw new SourceError(source.path, `its metadata says format: ${named.name}, which reads ${named.extensions.join(', ')} files, not ${extension}: remove "format:" from ${metadataPath(source.path)}`);
    }
    return named;
  }
  const match = FORMATS.find((format) => format.detect(source));
  if (!match && /^\s*</.test(source.text)) {
    // XML: its root element says what it is, and no format knows it.
    const root = peekRootElement(source.text);
    const content = publicationContent(source.text);
    const what = root
      ? `root element <${root.name}>${root.namespace ? ` in namespace ${root.namespace}` : ''}${content ? ` holding <${content}>` : ''}`
      : 'no root element found';
    throw new SourceError(source.path, `XML of a schema Verslag does not read (${what}); the XML formats it reads: ${xmlFormatNames()}`, root ? lineOf(source.text, root.name) : 1);
  }
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

/** The line of the first start tag of an element of that name. */
function lineOf(text: string, name: string): number {
  const index = text.search(new RegExp(`<(?:[\\w.-]+:)?${name.replaceAll('.', '\\.')}[\\s/>]`));
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

function xmlFormatNames(): string {
  return FORMATS.filter(({ extensions }) => extensions.includes('.xml'))
    .map(({ name, description }) => `${name} (${description})`)
    .join('; ');
}
