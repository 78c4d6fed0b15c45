import type { Random } from '../prng.ts';
import type { Material } from './material.ts';
import type { DocumentPlan, PlannedCommitment } from './plan.ts';
import { lowerFirst } from './plan.ts';
import type { References } from './references.ts';
import { BudgetedLines, capitalise, createWriter, dutchDate, type Writer } from './text.ts';
import type { Cast } from './tokens.ts';
import { WordFootnotes } from './word-footnotes.ts';

/** A commitment made in an earlier generated debate, which a letter can report on. */
export interface EarlierCommitment {
  debate: DocumentPlan;
  commitment: PlannedCommitment;
}

/**
 * A Kamerbrief exported from Word (seed 003): no letterhead, numbered headings (1., 1.1, 1.1.1)
 * carrying Word bookmarks, footnote calls [footnoteRef:n] with their texts inline as [n:  …].
 * Some sections report on a commitment made in an earlier generated debate ("In het
 * commissiedebat … van 30 januari 2025 heeft mijn voorganger uw Kamer toegezegd …"), with its
 * register id in a footnote; others on a motion, named in the heading.
 */
export function renderLetterWord(plan: DocumentPlan, random: Random, material: Material, references: References, earlier: EarlierCommitment[]): string {
  const memberNames = earlier.flatMap(({ debate }) => debate.debate!.members);
  const cast: Cast = {
    member: () => (memberNames.length > 0 ? random.pick(memberNames) : { name: 'Brinkman', honorific: 'De heer' }),
    cabinet: () => plan.minister!,
    party: () => (memberNames.length > 0 ? random.pick(memberNames).party! : 'VVD'),
  };
  const writer = createWriter(random, cast);
  const notes = new WordFootnotes(random);
  const lines = new BudgetedLines(plan.targetBytes);
  const add = lines.add;

  add(` Met deze brief informeer ik u over ${lowerFirst(plan.title)}. ${writer.paragraph(material.letter.sentence, random.int(2, 4))}`, '');
  add(`${writer.paragraph(material.letter.sentence, random.int(2, 5))} Daarbij staan de volgende prioriteiten centraal, te weten:`, '');
  const priorities = random.sample(material.letter.heading, random.int(3, 6));
  priorities.forEach((priority, index) => add(`· ${priority}${index === priorities.length - 1 ? '.' : ';'}`));
  add(writer.paragraph(material.letter.sentence, random.int(2, 4)), '', '', '');

  const reports = random.shuffle(earlier);
  const outline = { chapter: 0, section: 0, subsection: 0 };
  const heading = (level: 1 | 2 | 3, title: string): void => {
    if (level === 1) Object.assign(outline, { chapter: outline.chapter + 1, section: 0, subsection: 0 });
    if (level === 2) Object.assign(outline, { section: outline.section + 1, subsection: 0 });
    if (level === 3) outline.subsection += 1;
    const number = level === 1 ? `${outline.chapter}.` : level === 2 ? `${outline.chapter}.${outline.section}` : `${outline.chapter}.${outline.section}.${outline.subsection}`;
    add(`${bookmarks(random)}${number} ${title}`);
  };
  const leafHeading = (level: 2 | 3, title: string, note?: string): void => {
    heading(level, title);
    if (note !== undefined) lines.replaceLast((line) => notes.call(line, note));
  };

  // Sections hold their text directly, or in subsections (1.1.1): decided per section.
  let subsections = false;
  let newSection = true;
  heading(1, random.pick(material.letter.heading));
  do {
    const kind = random.weighted([['plain', 6], ['report', reports.length > 0 ? 3 : 0], ['motion', memberNames.length > 0 ? 2 : 0]] as const);
    const leaf = kind === 'report' ? reportLeaf(reports.pop()!, random) : kind === 'motion' ? motionLeaf(random, material, references, memberNames.map((member) => member.name)) : { title: random.pick(material.letter.heading) };
    if (newSection) {
      subsections = random.chance(0.6);
      if (subsections) heading(2, random.pick(material.letter.heading));
      newSection = false;
    }
    leafHeading(subsections ? 3 : 2, leaf.title, leaf.note);
    if (leaf.opening) add(`${leaf.opening} ${writer.paragraph(material.letter.sentence, random.int(2, 6))}`, '');
    plainSection(random, writer, material, references, notes, add, leaf.opening ? 0 : 1);
    if (kind === 'report') add('Met deze informatie beschouw ik de toezegging als afgedaan.', '');
    const step = random.next();
    if (step < 0.12) {
      heading(1, random.pick(material.letter.heading));
      newSection = true;
    } else if (step < 0.4) {
      newSection = true;
    }
  } while (lines.left > 0);
  return lines.text();
}

type Add = (...lines: string[]) => void;

/** A leaf section: its heading (with a footnote, for a report or a motion) and the words it opens with. */
interface Leaf {
  title: string;
  note?: string;
  opening?: string;
}

/** Paragraphs of running text (at least `minimum`), some with footnotes, a few citing another document. */
function plainSection(random: Random, writer: Writer, material: Material, references: References, notes: WordFootnotes, add: Add, minimum: number): void {
  for (let count = random.int(minimum, 5); count > 0; count--) {
    let text = writer.paragraph(material.letter.sentence, random.int(2, 8));
    if (random.chance(0.15)) text += ` ${references.sentence(random)}`;
    if (random.chance(0.35)) text = notes.call(text, random.chance(0.5) ? references.footnote(random) : random.pick(material.footnotes));
    add(text, ...(random.chance(0.6) ? [''] : []));
  }
}

/**
 * A section reporting on a commitment from an earlier debate, headed by what was promised with
 * its register id in a footnote, and opening with the sentence the corpus index links it by:
 * the meeting's date and the member who asked.
 */
function reportLeaf({ debate, commitment }: EarlierCommitment, random: Random): Leaf {
  const meeting = debate.kind === 'algemeen-overleg' ? 'algemeen overleg' : 'commissiedebat';
  const who = random.pick(['heeft mijn voorganger uw Kamer toegezegd', 'heb ik uw Kamer toegezegd', 'is uw Kamer toegezegd']);
  return {
    title: capitalise(commitment.subject),
    note: commitment.registerId,
    opening: `In het ${meeting} over ${lowerFirst(debate.title)} van ${dutchDate(debate.date)} ${who} u ${commitment.timeframe} te informeren over ${commitment.subject}. Dit naar aanleiding van de vraag van het lid ${commitment.to.name}.`,
  };
}

/** A section on a motion: "Motie Brinkhout en Van der Zandvliet – …" in the heading, its Kamerstuk in a footnote. */
function motionLeaf(random: Random, material: Material, references: References, names: string[]): Leaf {
  const movers = random.sample([...new Set(names)], random.weighted([[1, 3], [2, 1]] as const));
  const subject = capitalise(random.pick(material.subjects));
  return {
    title: movers.length === 1 ? `Motie ${movers[0]} ${random.pick(['-', '–'])} ${subject}` : `Moties ${movers.join(' en ')} – ${subject}`,
    note: references.footnote(random),
    opening: `In reactie op de motie van ${movers.length === 1 ? 'het lid' : 'de leden'} ${movers.join(' en ')} informeer ik u als volgt.`,
  };
}

/** Word's bookmarks before a heading: "[bookmark: _Toc199859165]", sometimes two. */
function bookmarks(random: Random): string {
  const mark = () => `[bookmark: _${random.pick(['Toc', 'Hlk'])}${random.int(199_000_000, 202_999_999)}]`;
  return random.weighted([['', 1], [mark(), 5], [`${mark()}${mark()}`, 2]] as const);
}
