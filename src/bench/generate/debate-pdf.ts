import { classifyLabelLine } from '../../ingest/debate/speaker-labels.ts';
import { formatPaper } from '../../model/papers.ts';
import type { Random } from '../prng.ts';
import { cabinetList, nameList, wordSplit } from './debate-markdown.ts';
import type { ScriptEvent, Speaker } from './debate-script.ts';
import type { Material } from './material.ts';
import { numberWord } from './names.ts';
import type { DocumentPlan } from './plan.ts';
import type { References } from './references.ts';
import { clockTime, dutchDate, vergaderjaar } from './text.ts';

/**
 * An algemeen overleg as text taken from the PDF (seed 001): the title page is gone, every printed
 * line is a line (about 75 characters, a trailing space, long words hyphenated across lines),
 * labels stand alone on their line, the commitments are "– " items, every page starts with a stray
 * space — except after the few page footers that survived ("Tweede Kamer, vergaderjaar 2019–2020,
 * 26 643, nr. 679 14"), which end their page.
 */
export function renderDebatePdf(plan: DocumentPlan, script: ScriptEvent[], random: Random, material: Material, references: References): string {
  const debate = plan.debate!;
  const width = random.int(70, 78);
  const body = new PrintedLines(width, random);
  body.paragraph(`De ${plan.committee} heeft op ${dutchDate(plan.date)} overleg gevoerd met ${cabinetList(debate.cabinet)}, over:`);
  const agenda = Array.from({ length: random.int(1, 6) }, () => references.agendaItem(random, random.pick(material.subjects)));
  agenda.forEach((item, index) => body.paragraph(`– ${item}${index === agenda.length - 1 ? '.' : ';'}`));
  body.blank();
  body.paragraph('Van dit overleg brengt de commissie bijgaand geredigeerd woordelijk verslag uit.');
  body.blank();
  body.raw(`De voorzitter van de ${plan.committee},`, debate.committeeChair);
  body.blank();
  body.raw(`De griffier van de ${plan.committee},`, debate.clerk);
  body.raw(`Voorzitter: ${debate.chair.name}`, `Griffier: ${debate.clerk}`);
  body.blank();
  body.paragraph(`Aanwezig zijn ${numberWord(debate.members.length)} leden der Kamer, te weten: ${nameList(debate.members)},`);
  body.blank();
  body.paragraph(`en ${cabinetList(debate.cabinet)}.`);
  body.blank();
  body.paragraph(`Aanvang ${clockTime(debate.opens)} uur.`);
  body.blank();

  for (const event of script) {
    if (event.type === 'chair-change') {
      body.raw(`Voorzitter: ${event.chair.name}`);
    } else if (event.type === 'procedural') {
      body.blank();
      body.paragraph(event.text);
      body.blank();
    } else {
      body.raw(speakerLabel(event.speaker));
      for (const paragraph of event.paragraphs) {
        if (paragraph.bullet) {
          body.blank();
          body.paragraph(`– ${paragraph.text}`);
          body.blank();
        } else {
          body.paragraph(paragraph.text);
        }
      }
      body.blank();
    }
  }
  return body.print(`Tweede Kamer, vergaderjaar ${vergaderjaar(plan.date)}, ${formatPaper(plan.paper)}`);
}

function speakerLabel(speaker: Speaker): string {
  if (speaker.role === 'chair') return 'De voorzitter:';
  const person = speaker.person;
  if (speaker.role === 'member') return `${person.honorific} ${person.name} (${person.party}):`;
  return `${person.office!.split(' ')[0]} ${person.name}:`;
}

/** Lines of a page of the PDF; a page is this many lines. */
const LINES_PER_PAGE = 58;

/**
 * The printed lines, wrapped as the PDF set them, then cut into pages. Words that do not fit are
 * carried to the next line whole, or hyphenated when long; a dash is kept on the line of the word
 * before it, so that no line starts like an item of a list.
 */
class PrintedLines {
  private readonly lines: string[] = [];
  private readonly width: number;
  private readonly random: Random;

  constructor(width: number, random: Random) {
    this.width = width;
    this.random = random;
  }

  blank(): void {
    if (this.lines.at(-1) !== '') this.lines.push('');
  }

  /** Lines set as they are (labels, signatures): the PDF ends them with a space. */
  raw(...lines: string[]): void {
    this.lines.push(...lines.map((line) => `${line} `));
  }

  paragraph(text: string): void {
    const words = glueDashes(text.split(' '));
    let line = '';
    for (const word of words) {
      if (line === '') {
        line = word;
        continue;
      }
      if (line.length + 1 + word.length <= this.width) {
        line += ` ${word}`;
        continue;
      }
      const split = this.random.chance(0.5) ? wordSplit(word) : undefined;
      if (split !== undefined && line.length + 1 + split + 1 <= this.width) {
        this.push(`${line} ${word.slice(0, split)}-`);
        line = word.slice(split);
      } else {
        this.push(`${line} `);
        line = word;
      }
    }
    if (line !== '') this.push(`${line} `);
  }

  /**
   * A wrapped line that happens to read as a speaker label ("Minister … (…) het volgende:") would
   * stop the parser; carrying its last word over keeps it a line of text.
   */
  private push(line: string): void {
    if (classifyLabelLine(line.trim()) !== undefined) {
      const cut = line.trimEnd().lastIndexOf(' ');
      this.lines.push(`${line.slice(0, cut)} `);
      this.lines.push(`${line.slice(cut + 1).trimEnd()} `);
      return;
    }
    this.lines.push(line);
  }

  /**
   * The pages: every page starts with a space; some pages end in a footer "… nr. 679 14", after
   * which the next page starts without one (as in seed 001). At least one footer survives, which is
   * how the format is recognised and where the Kamerstuk is read from.
   */
  print(footer: string): string {
    const out: string[] = [];
    const pages = Math.ceil(this.lines.length / LINES_PER_PAGE);
    const lastFooterPage = this.random.int(1, Math.max(1, pages - 1));
    let afterFooter = false;
    for (let page = 1; page <= pages; page++) {
      const lines = this.lines.slice((page - 1) * LINES_PER_PAGE, page * LINES_PER_PAGE);
      const first = lines.findIndex((line) => line !== '');
      if (first >= 0 && !afterFooter) lines[first] = ` ${lines[first]}`;
      out.push(...lines);
      afterFooter = page === lastFooterPage || (page < pages && this.random.chance(0.15));
      if (afterFooter && page < pages) out.push('', `${footer} ${page}`, '', '', '');
      else if (afterFooter) afterFooter = false;
    }
    if (pages === 1) out.push('', `${footer} 1`, '');
    return `${out.join('\n')}\n`;
  }
}

/** "– dit was een executive order –": the dash goes with the word before it. */
function glueDashes(words: string[]): string[] {
  const glued: string[] = [];
  for (const word of words) {
    if ((word === '–' || word === '-') && glued.length > 0) glued[glued.length - 1] += ` ${word}`;
    else glued.push(word);
  }
  return glued;
}
