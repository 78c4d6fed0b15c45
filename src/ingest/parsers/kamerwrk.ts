import type { SourceFormatModule } from '../format.ts';
import type { ParliamentaryDocument } from '../../model/document.ts';
import { createAnchorAllocator } from '../anchors.ts';
import { createPeopleRegister } from '../debate/people.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { createBodyReader } from '../official/body.ts';
import { kamerstukDocument } from '../official/document.ts';
import { kindOfTitle, parseVergaderjaar, sourceIdOf } from '../official/publication.ts';
import { plainText } from '../official/text.ts';
import { normaliseDossier } from '../../model/papers.ts';
import { SourceError, type SourceDocument } from '../source.ts';
import { childElement, childElements, parseXml, peekRootElement } from '../xml/tree.ts';

/**
 * Kamerstukken in the older `kamerwrk` schema (before about 2010): the dossier in `frontm/onderw`,
 * the vergaderjaar in `vergjaar`, and a flat `stuk` of `tuskop` headings (bold, or italic for the
 * lower level) and `al` paragraphs whose hard line breaks are joined; `witreg` is an empty line.
 */
export function parseKamerwrk(source: SourceDocument, diagnostics: Diagnostics): ParliamentaryDocument {
  const root = parseXml(source.text, source.path);
  const anchors = createAnchorAllocator();
  const reader = createBodyReader(anchors, diagnostics);
  const front = childElement(root, 'frontm');
  const subject = front ? childElement(front, 'onderw') : undefined;
  const dossierNumber = plainText(subject ? childElement(subject, 'nummer') : undefined);
  const dossierTitle = plainText(subject ? childElement(subject, 'naam') : undefined) || undefined;
  const body = childElement(root, 'body');
  const stuk = body ? childElement(body, 'stuk') : undefined;
  if (!stuk) throw new SourceError(source.path, '<kamerwrk> holds no <body><stuk>', root.line);
  const number = plainText(childElement(stuk, 'nummer'));
  const title = plainText(childElement(stuk, 'titel'));
  for (const child of childElements(stuk)) {
    if (!['ltrlabel', 'nummer', 'titel'].includes(child.name)) reader.read(child);
  }
  // The page's head as printed: 'Staten-Generaal', 'Vergaderjaar 1995-1996', 'Nr. 6'.
  const kop = childElement(root, 'kop');
  const header = [
    ...(kop ? childElements(kop).map((line) => plainText(line)) : []),
    `${plainText(childElement(stuk, 'ltrlabel'))} ${number}`.trim(),
  ].filter(Boolean);
  const vergaderjaar = parseVergaderjaar(plainText(front ? childElement(front, 'vergjaar') : undefined));
  return kamerstukDocument(source, diagnostics, {
    kind: kindOfTitle(title),
    title: title || dossierTitle || source.id,
    ...(vergaderjaar ? { vergaderjaar } : {}),
    ...(dossierNumber && number ? { paper: { dossier: normaliseDossier(dossierNumber), number } } : {}),
    ...(dossierTitle ? { dossierTitle } : {}),
    sourceId: sourceIdOf(root) ?? source.id,
    header,
    reader,
    people: createPeopleRegister(),
  });
}

/** Source format 'kamerwrk': a Kamerstuk in the older kamerwrk XML schema. */
export const kamerwrk: SourceFormatModule = {
  name: 'kamerwrk',
  description: 'Kamerstuk in the older kamerwrk XML schema (before about 2010), officielebekendmakingen.nl',
  extensions: ['.xml'],
  detect: (source) => peekRootElement(source.text)?.name === 'kamerwrk',
  parse: parseKamerwrk,
};
