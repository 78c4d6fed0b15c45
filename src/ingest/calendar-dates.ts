import type { ParliamentaryDocument } from '../model/document.ts';
import { SourceError, type SourceDocument, type SourceProblem } from './source.ts';
import { formatDutchDate } from '../model/dutch-dates.ts';
import { DUTCH_DATE, isCalendarDate, parseDutchDate } from './text/dates.ts';

/**
 * Refuses a model with a date that is not on the calendar ('30 februari 2025', '45 januari 2025'
 * in the text): the page, the archive and the feed are made from these dates, and a wrong one
 * would be published as written ("30 februari") or moved (to 2 March in the feed). The metadata's
 * dates are checked where they are read (read-source.ts); these come from the text, and each
 * problem names the line that states the date.
 */
export function checkCalendarDates(doc: ParliamentaryDocument, source: SourceDocument): void {
  const stated: [string, string | undefined][] = [
    ['the document\'s date', doc.date],
    ['the date it was adopted (vastgesteld)', doc.dates?.adopted],
    ...(doc.commitmentReports ?? []).map((report): [string, string | undefined] => ['the meeting date of a reported commitment', report.meetingDate]),
  ];
  const problems: SourceProblem[] = [];
  for (const [what, date] of stated) {
    if (date === undefined || isCalendarDate(date)) continue;
    if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(date)) {
      // Only an annotated source states its date in ISO form itself ("date:" in its frontmatter).
      problems.push({ message: `${what}, "${date}", is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)` });
      continue;
    }
    const line = lineStating(source.text, date);
    problems.push({ message: `${what}, "${formatDutchDate(date)}" (${date}), is not a date on the calendar`, ...(line === undefined ? {} : { line }) });
  }
  if (problems.length > 0) throw SourceError.all(source.path, problems);
}

/** The first line of the text that writes this ISO date in Dutch ('30 februari 2025'). */
function lineStating(text: string, iso: string): number | undefined {
  for (const match of text.matchAll(new RegExp(DUTCH_DATE.source, 'gi'))) {
    if (parseDutchDate(match[0]) === iso) return text.slice(0, match.index).split('\n').length;
  }
  return undefined;
}
