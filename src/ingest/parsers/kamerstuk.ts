import type { SourceFormatModule } from '../format.ts';
import type { Block, Motion, PaperNumber, ParliamentaryDocument } from '../../model/document.ts';
import { createAnchorAllocator } from '../anchors.ts';
import { createPeopleRegister, registerPerson, type PeopleRegister } from '../debate/people.ts';
import type { Diagnostics } from '../diagnostics.ts';
import { createBodyReader } from '../official/body.ts';
import { kamerstukDocument } from '../official/document.ts';
import { kindOfTitle, metadataDate, parseVergaderjaar, publicationBody, publicationContent, sourceIdOf } from '../official/publication.ts';
import { plainText } from '../official/text.ts';
import { normaliseDossier } from '../../model/papers.ts';
import type { SourceDocument } from '../source.ts';
import { childElement, childElements, descendants, parseXml } from '../xml/tree.ts';

/**
 * Kamerstukken as officielebekendmakingen.nl publishes them (`kst-…`, schema op-xsd-2012 and
 * 2014-05-15): letters (`BRIEF VAN …`: addressee, place and date, `tussenkop` headings, `noot`
 * footnotes, the signature as sender), motions (a Motion record with its signatories),
 * memories van toelichting (`divisie`s with numbered `kop`s), committee reports and any other
 * Kamerstuk, whose kind the title gives. The header gives the paper (dossier + ondernummer), the
 * dossier's title and the vergaderjaar; `datumtekst` the date.
 */
export function parseKamerstuk(source: SourceDocument, diagnostics: Diagnostics): ParliamentaryDocument {
  const root = parseXml(source.text, source.path);
  const kamerstuk = publicationBody(root, source.path, 'kamerstuk');
  const anchors = createAnchorAllocator();
  const reader = createBodyReader(anchors, diagnostics);
  const people = createPeopleRegister();

  const kop = childElement(kamerstuk, 'kamerstukkop');
  const vergaderjaar = parseVergaderjaar(kop ? plainText(kop) : '') ?? parseVergaderjaar(sourceIdOf(root) ?? '');
  const dossier = childElement(kamerstuk, 'dossier');
  const dossierNumber = dossier ? plainText(descendants(dossier, 'dossiernr')[0]) : '';
  const dossierTitle = plainText(childElement(dossier ?? kamerstuk, 'titel')) || undefined;

  // The chamber and vergaderjaar as printed (not the kamernummer and documenttype lines, which the page does not show).
  const header = (kop ? childElements(kop, 'tekstregel') : [])
    .filter((line) => ['kameraanduiding', 'vergaderjaar'].includes(line.attributes.inhoud ?? ''))
    .map((line) => plainText(line));
  let title = '';
  let number = '';
  let date: string | undefined;
  for (const stuk of childElements(kamerstuk, 'stuk')) {
    number ||= plainText(descendants(stuk, 'ondernummer')[0]);
    title ||= plainText(childElement(stuk, 'titel'));
    const datum = descendants(stuk, 'datum')[0];
    date ??= datum?.attributes.isodatum;
    for (const line of ['stuknr', 'datumtekst']) {
      const text = plainText(childElement(stuk, line));
      if (text !== '') header.push(text);
    }
    for (const child of childElements(stuk)) {
      if (!['stuknr', 'titel', 'datumtekst'].includes(child.name)) reader.read(child);
    }
  }
  const paper: PaperNumber | undefined = dossierNumber && number ? { dossier: normaliseDossier(dossierNumber), number } : undefined;
  const kind = kindOfTitle(title);
  const motions = kind === 'motie' ? motionOf(reader.blocks, title, paper, people) : [];
  return kamerstukDocument(source, diagnostics, {
    kind,
    title: title || dossierTitle || source.id,
    ...(date ?? metadataDate(root) ? { date: date ?? metadataDate(root) } : {}),
    ...(vergaderjaar ? { vergaderjaar } : {}),
    ...(paper ? { paper } : {}),
    ...(dossierTitle ? { dossierTitle } : {}),
    sourceId: sourceIdOf(root) ?? source.id,
    header,
    reader,
    people,
    motions,
  });
}

/** The end of a motion's operative text; the lines after it are its signatories. */
const MOTION_END = /\bgaat over tot de orde van de dag\.?$/;

/**
 * A motion published as a Kamerstuk: its text up to "… en gaat over tot de orde van de dag.",
 * and the names under it as the members who submitted it.
 */
function motionOf(blocks: Block[], title: string, paper: PaperNumber | undefined, people: PeopleRegister): Motion[] {
  const paragraphs = blocks.filter((block) => block.type === 'paragraph').map((block) => block.passage);
  const end = paragraphs.findIndex((passage) => MOTION_END.test(passage.text));
  if (paragraphs.length === 0) return [];
  const text = end < 0 ? paragraphs : paragraphs.slice(0, end + 1);
  const signatories = end < 0 ? [] : paragraphs.slice(end + 1).map((passage) => passage.text);
  return [
    {
      anchor: text[0]!.anchor,
      title,
      by: signatories.map((name) => registerPerson(people, name).slug),
      text: text.map((passage) => passage.text).join('\n\n'),
      ...(paper ? { paper } : {}),
    },
  ];
}

/** Source format 'kamerstuk': a Kamerstuk (kst) in official-publication XML. */
export const kamerstuk: SourceFormatModule = {
  name: 'kamerstuk',
  description: 'Kamerstuk (kst-…): letter, motion, memorie van toelichting, report; official-publication XML (officielebekendmakingen.nl)',
  extensions: ['.xml'],
  detect: (source) => publicationContent(source.text) === 'kamerstuk',
  parse: parseKamerstuk,
};
