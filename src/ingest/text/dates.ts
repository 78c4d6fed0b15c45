import { MONTHS } from '../../model/dutch-dates.ts';

/** Matches a written Dutch date: '30 januari 2025'. */
export const DUTCH_DATE = new RegExp(`\\b(\\d{1,2}) (${MONTHS.join('|')}) (\\d{4})\\b`, 'i');

/** '30 januari 2025' → '2025-01-30'; undefined when the text holds no such date. */
export function parseDutchDate(text: string): string | undefined {
  const match = DUTCH_DATE.exec(text);
  if (!match) return undefined;
  const month = MONTHS.indexOf(match[2]!.toLowerCase()) + 1;
  return `${match[3]}-${String(month).padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
}

/** '10.00 uur' or '16.04' → '10:00'; undefined when there is no time. */
export function parseClockTime(text: string): string | undefined {
  const match = /\b(\d{1,2})[.:](\d{2})\b/.exec(text);
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : undefined;
}

/** "Vergaderjaar 2024–2025" (the House's session, September to September): group 1 and 2 are its years. */
export const VERGADERJAAR = /\bVergaderjaar (\d{4}) ?[–-] ?(\d{4})\b/i;

/** A line that is only a date, as reader's copies print a meeting's: '2025-07-02', 'Donderdag 5 april 2018', '30 januari 2025'. */
const DATE_LINE = new RegExp(`^(?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) )?${DUTCH_DATE.source}$`, 'i');
const ISO_DATE_LINE = /^(\d{4}-\d{2}-\d{2})$/;
/**
 * A dateline or a line that dates the document: "Den Haag, 7 juli 2023", "'s-Gravenhage, 3 mei 1995",
 * "103e vergadering, woensdag 2 juli 2025", "Voorgesteld 30 maart 2022", "Vastgesteld 11 maart 2025".
 */
const DATELINE = new RegExp(
  `^(?:[\\p{Lu}'][\\p{L}'’ -]{1,30}|\\d+e vergadering), (?:(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) )?${DUTCH_DATE.source}$|^(?:Voorgesteld|Vastgesteld|Ontvangen|Datum) ${DUTCH_DATE.source}$`,
  'iu',
);

/** The ISO date a line states when it is a date line, a dateline or an ISO date alone; undefined otherwise. */
export function parseDateLine(line: string): string | undefined {
  const text = line.trim();
  const iso = ISO_DATE_LINE.exec(text);
  if (iso) return iso[1];
  if (DATE_LINE.test(text) || DATELINE.test(text)) return parseDutchDate(text);
  return undefined;
}

/**
 * Whether an ISO 8601 date ('2025', '2025-07', '2025-01-30') names a real day, month or year:
 * '2025-13-45' and '2025-02-30' do not ('2024-02-29' does). Years from 1000 to 2999.
 */
export function isCalendarDate(iso: string): boolean {
  const match = /^([12]\d{3})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  if (Number(month) < 1 || Number(month) > 12) return false;
  if (day === undefined) return true;
  // Day 0 of the next month is the last day of this one (UTC: no time zone moves it).
  const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return Number(day) >= 1 && Number(day) <= days;
}
