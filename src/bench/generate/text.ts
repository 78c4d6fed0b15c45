import type { PaperNumber } from '../../model/document.ts';
import { formatPaper } from '../../model/papers.ts';
import type { Random } from '../prng.ts';
import { formatDutchDate } from '../../model/dutch-dates.ts';
import { fillPeople, type Cast } from './tokens.ts';

/** Writing Dutch parliamentary prose out of the material: dates, papers, sentences into paragraphs. */

/** '2025-01-30' → '30 januari 2025': the generated text writes dates as the House does. */
export const dutchDate = formatDutchDate;

/** The parliamentary year (September to September) of a date: '2025-01-30' → '2024–2025'. */
export function vergaderjaar(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7) || '1');
  const start = month >= 9 ? year : year - 1;
  return `${start}–${start + 1}`;
}

/** An ISO date a number of days after another. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** 'Kamerstuk 26 643, nr. 1311' */
export function paperCitation(paper: PaperNumber): string {
  return `Kamerstuk ${formatPaper(paper)}`;
}

/** 'Kamerstukken II 2024/2025, 26 643, nr. 1311' — the footnote form. */
export function paperFootnote(paper: PaperNumber, iso: string): string {
  return `Kamerstukken II ${vergaderjaar(iso).replace('–', '/')}, ${formatPaper(paper)}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** '09.30' from minutes after midnight. */
export function clockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`;
}

/** Draws sentences from pools and fills in the document's people. */
export interface Writer {
  sentence(pool: readonly string[]): string;
  /** `count` sentences from `pool` as one paragraph, optionally ending with one from `last`. */
  paragraph(pool: readonly string[], count: number, last?: readonly string[]): string;
}

export function createWriter(random: Random, cast: Cast): Writer {
  const sentence = (pool: readonly string[]): string => fillPeople(random.pick(pool), cast);
  return {
    sentence,
    paragraph(pool, count, last) {
      const sentences = Array.from({ length: Math.max(1, count - (last ? 1 : 0)) }, () => sentence(pool));
      if (last) sentences.push(sentence(last));
      return sentences.join(' ');
    },
  };
}

/** Running total of the characters a document has, so a generator knows when its budget is spent. */
/** The lines of a source being written, counted against its size budget. */
export class BudgetedLines {
  readonly budget: Budget;
  private readonly lines: string[] = [];
  constructor(totalBytes: number) {
    this.budget = new Budget(totalBytes);
  }
  /** Adds lines; the arrow form lets a renderer hand `add` to its helpers. */
  readonly add = (...added: string[]): void => {
    for (const line of added) this.lines.push(this.budget.spend(line));
  };
  /** Rewrites the last line (a footnote call appended to it). */
  replaceLast(rewrite: (line: string) => string): void {
    this.lines[this.lines.length - 1] = rewrite(this.lines.at(-1)!);
  }
  get left(): number {
    return this.budget.left;
  }
  /** The source text: the lines, each ended by a newline. */
  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

export class Budget {
  readonly total: number;
  used = 0;
  constructor(total: number) {
    this.total = total;
  }
  spend(text: string): string {
    this.used += text.length + 2;
    return text;
  }
  get left(): number {
    return this.total - this.used;
  }
}
