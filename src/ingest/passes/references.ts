import type { ParliamentaryDocument, Reference } from '../../model/document.ts';
import { blockPassages } from '../../model/walk.ts';
import { PAPER_CITATION } from '../papers.ts';
import { BRACKETED_PAPER, normaliseDossier } from '../../model/papers.ts';
import { slugify } from '../../model/slug.ts';

/** A piece of text that can hold references, with the anchor of the element it lives in. */
interface Locus {
  at: string;
  text: string;
}

/** One family of references: a pattern and how a match becomes a Reference. */
interface Recogniser {
  /**
   * Text every match contains. A text without it is skipped: `includes` is much cheaper than the
   * pattern, and most passages cite nothing (trying every pattern was a tenth of the ingest).
   */
  cue: string;
  pattern: RegExp;
  toReference(match: RegExpExecArray, locus: Locus): Reference;
}

/** A surname as the House writes it: 'Buijsse', 'Six Dijkstra', 'Van der Werf', 'Six-Dijkstra'. */
const SURNAME = String.raw`(?:(?:[Vv]an (?:der |den |de )?|[Dd]e |[Tt]er )?\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)`;
/** 'Six Dijkstra en Buijsse', 'Mohandis c.s.', 'Kathmann en Van der Werf'. */
const SURNAMES = String.raw`${SURNAME}(?:(?:, | en )${SURNAME})*(?: c\.s\.)?`;

const RECOGNISERS: Recogniser[] = [
  {
    cue: 'Kamerstuk',
    pattern: new RegExp(PAPER_CITATION.source, 'g'),
    toReference: (match, locus) => ({
      kind: 'paper',
      text: match[0],
      dossier: normaliseDossier(match[1]!),
      number: match[2]!,
      at: locus.at,
      offset: match.index,
    }),
  },
  {
    // The House's own notation, without the word Kamerstuk: 'In stemming komt de motie-Wassenberg (21501-08, nr. 721).',
    // and its agenda lines, '… inzake rapport evaluatie … (36602, nr. 153);'. The reference is the number inside the brackets.
    cue: ', nr. ',
    pattern: new RegExp(BRACKETED_PAPER.source, 'g'),
    toReference: (match, locus) => ({
      kind: 'paper',
      text: `${match[1]}, nr. ${match[2]}`,
      dossier: normaliseDossier(match[1]!),
      number: match[2]!,
      at: locus.at,
      offset: match.index + 1,
    }),
  },
  {
    // A motion named in a heading: 'Motie Buijsse - Maatregelen voor …', 'Moties Kathmann en Van der Werf – Komen tot …'.
    cue: 'Motie',
    pattern: new RegExp(String.raw`\bMoties? (${SURNAMES}) [-–] (.+)$`, 'gu'),
    toReference: (match, locus) => motion(match, locus, match[2]!.trim()),
  },
  {
    // A motion named in running text: 'de motie van het lid Buijsse', 'de motie van de leden Van der Staaij en Van der Graaf'.
    cue: 'motie',
    pattern: new RegExp(String.raw`\bmoties? van (?:het lid|de leden|de heer|mevrouw) (${SURNAMES})`, 'gu'),
    toReference: (match, locus) => motion(match, locus),
  },
  {
    // Toezeggingenregister of the House: TZ + year and month + serial.
    cue: 'TZ',
    pattern: /\bTZ\d{6}-\d{3}\b/g,
    toReference: (match, locus) => ({ kind: 'commitment-id', text: match[0], id: match[0], at: locus.at, offset: match.index }),
  },
  {
    cue: 'http',
    pattern: /\bhttps?:\/\/[^\s<>()]+[^\s<>().,;:!?'"’”]/g,
    toReference: (match, locus) => ({ kind: 'url', text: match[0], id: match[0], at: locus.at, offset: match.index }),
  },
  {
    // 'verwijs ik naar het antwoord op vraag 10', 'Zie de beantwoording van vraag 3', '(zie voor meer AI voorbeelden vraag 14)'.
    // The number is the one the text gives: a source that numbers its questions differently links as it says.
    cue: ' vraag ',
    pattern: /\b(?:(?:het )?antwoord op|(?:de )?beantwoording van|[Zz]ie voor [^()]{1,40}?) vraag (\d+)\b/g,
    toReference: (match, locus) => ({ kind: 'question', text: match[0], id: match[1]!, at: locus.at, offset: match.index }),
  },
];

function motion(match: RegExpExecArray, locus: Locus, title?: string): Reference {
  const names = match[1]!.replace(/ c\.s\.$/, '');
  return {
    kind: 'motion',
    text: match[0],
    id: title ?? names,
    people: names.split(/, | en /).map((name) => slugify(name)),
    at: locus.at,
    offset: match.index,
  };
}

/** Every text of the document that can cite something, with where it lives. */
function loci(doc: ParliamentaryDocument): Locus[] {
  const found: Locus[] = doc.agenda.map((item) => ({ at: item.anchor, text: item.text }));
  for (const block of doc.body) {
    if (block.type === 'heading') found.push({ at: block.anchor, text: block.title });
    else found.push(...blockPassages(block).map((passage) => ({ at: passage.anchor, text: passage.text })));
  }
  found.push(...doc.footnotes.map((footnote) => ({ at: footnote.anchor, text: footnote.text })));
  return found;
}

/**
 * Finds references to papers, motions, register ids, urls and other questions in every text of the
 * document, in reading order: text by text, and within a text in the order they stand, one inside
 * another after it (so that the annotated Markdown, which holds them in place, reads back to the
 * same list).
 */
export function findReferences(doc: ParliamentaryDocument): Reference[] {
  const references: Reference[] = [];
  for (const locus of loci(doc)) {
    const found: Reference[] = [];
    for (const { cue, pattern, toReference } of RECOGNISERS) {
      if (!locus.text.includes(cue)) continue;
      for (const match of locus.text.matchAll(pattern)) found.push(toReference(match as RegExpExecArray, locus));
    }
    if (found.length > 1) found.sort((a, b) => a.offset - b.offset || b.text.length - a.text.length);
    references.push(...found);
  }
  return references;
}

/** The references pass: fills `doc.references`, and each answer's `refersTo` from its question references. */
export function annotateReferences(doc: ParliamentaryDocument): ParliamentaryDocument {
  const references = findReferences(doc);
  const body = doc.body.map((block) => {
    if (block.type !== 'question') return block;
    const anchors = new Set(block.answer.passages.map((passage) => passage.anchor));
    const refersTo = references
      .filter((reference) => reference.kind === 'question' && anchors.has(reference.at))
      .map((reference) => Number(reference.id));
    return { ...block, answer: { ...block.answer, refersTo: [...new Set(refersTo)] } };
  });
  return { ...doc, body, references };
}
