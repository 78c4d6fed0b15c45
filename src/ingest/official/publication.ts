import type { DocumentKind } from '../../model/document.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { SourceError, type SourceDocument } from '../source.ts';
import { peekRootElement, childElement, childElements, type XmlElement } from '../xml/tree.ts';

/**
 * What the official publications (officielebekendmakingen.nl, KOOP) share whatever their body:
 * the root `officiele-publicatie` whose first element after `metadata` says what it holds
 * (`handelingen`, `kamerstuk`, `kamervragen`, …), the identifier in the metadata, the
 * vergaderjaar, and the kind a Kamerstuk's title gives it.
 */

/**
 * For detection, without parsing: the local name of the element an `officiele-publicatie` holds,
 * or undefined for other XML.
 */
export function publicationContent(text: string): string | undefined {
  if (peekRootElement(text)?.name !== 'officiele-publicatie') return undefined;
  // The metadata holds only `meta` elements; the first other element after the root is the content.
  const metadataEnd = text.indexOf('</metadata>');
  const from = metadataEnd >= 0 ? metadataEnd + 11 : text.indexOf('<officiele-publicatie') + 1;
  for (const element of text.slice(from, from + 65_536).matchAll(/<([A-Za-z_][\w.-]*)[\s/>]/g)) {
    if (!['officiele-publicatie', 'metadata', 'meta'].includes(element[1]!)) return element[1];
  }
  return undefined;
}

/** The element that holds the publication: the root's first child after `metadata`. */
export function publicationBody(root: XmlElement, path: string, name: string): XmlElement {
  const body = childElement(root, name);
  if (!body) throw new SourceError(path, `<${root.name}> holds no <${name}>`, root.line);
  return body;
}

/** The chamber an identifier names: 'h-tk-…', 'kst-…' (Tweede Kamer), 'h-ek-…' (Eerste Kamer). */
export function chamberOfId(id: string): string | undefined {
  if (/^(?:h|ah|kv)-tk-/.test(id) || id.startsWith('kst-')) return 'Tweede Kamer der Staten-Generaal';
  if (/^(?:h|ah)-ek-/.test(id)) return 'Eerste Kamer der Staten-Generaal';
  return undefined;
}

/** The publication's identifier ('kst-35786-7', 'h-tk-20172018-70-4') from its metadata, if stated. */
export function sourceIdOf(root: XmlElement): string | undefined {
  const metadata = childElement(root, 'metadata');
  for (const meta of metadata ? childElements(metadata, 'meta') : []) {
    const content = meta.attributes.content ?? '';
    if (meta.attributes.name === 'DC.identifier' && content !== '') return content;
    const record = /\/([^/]+)\/metadata\.xml$/.exec(content);
    if (meta.attributes.name === 'OVERHEIDop.externMetadataRecord' && record) return record[1];
  }
  return undefined;
}

/** 'Vergaderjaar 2021-2022', '1995-1996', the '20172018' of an identifier → the years it spans. */
export function parseVergaderjaar(text: string): { from: string; to: string } | undefined {
  const match = /\b(1[89]\d\d|20\d\d)[-/–]?(1[89]\d\d|20\d\d)\b/.exec(text);
  return match ? { from: match[1]!, to: match[2]! } : undefined;
}

/**
 * The date when the publication states none: the metadata's, else the first year of the
 * vergaderjaar (reported: the site then files it under that year), else the source is unusable.
 */
export function dateWhenUnstated(source: SourceDocument, diagnostics: Diagnostics, vergaderjaar: { from: string; to: string } | undefined): string {
  if (source.metadata.date) return source.metadata.date;
  if (vergaderjaar) {
    diagnostics.warn(
      `the publication states no date; dated ${vergaderjaar.from} from its vergaderjaar ${vergaderjaar.from}-${vergaderjaar.to} (set date: in its metadata file)`,
    );
    return vergaderjaar.from;
  }
  throw new SourceError(source.path, 'the publication states no date and no vergaderjaar, and its metadata gives no date');
}

/** The kind a Kamerstuk's title gives it: 'MOTIE VAN HET LID …', 'BRIEF VAN DE MINISTER …', 'MEMORIE VAN TOELICHTING'. */
export function kindOfTitle(title: string): DocumentKind {
  const upper = title.toUpperCase();
  if (/^(?:GEWIJZIGDE )?MOTIE\b/.test(upper)) return 'motie';
  if (/^BRIEF\b/.test(upper)) return 'kamerbrief';
  if (/^(?:NADERE |GEWIJZIGDE )?MEMORIE VAN TOELICHTING\b/.test(upper)) return 'memorie-van-toelichting';
  if (/^VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\b/.test(upper)) return 'schriftelijk-overleg';
  if (/^VERSLAG VAN EEN (?:COMMISSIEDEBAT|ALGEMEEN OVERLEG)\b/.test(upper)) return upper.includes('ALGEMEEN OVERLEG') ? 'algemeen-overleg' : 'commissiedebat';
  if (/^VERSLAG VAN EEN WETGEVINGSOVERLEG\b/.test(upper)) return 'wetgevingsoverleg';
  if (/^VERSLAG VAN EEN NOTAOVERLEG\b/.test(upper)) return 'notaoverleg';
  return 'kamerstuk';
}

/** The publication's date in its metadata (DCTERMS.issued, else DCTERMS.available), where the copy keeps it. */
export function metadataDate(root: XmlElement): string | undefined {
  const metadata = childElement(root, 'metadata');
  const metas = metadata ? childElements(metadata, 'meta') : [];
  for (const name of ['DCTERMS.issued', 'DCTERMS.available']) {
    const content = metas.find((meta) => meta.attributes.name === name)?.attributes.content;
    if (content && /^\d{4}-\d{2}-\d{2}$/.test(content)) return content;
  }
  return undefined;
}
