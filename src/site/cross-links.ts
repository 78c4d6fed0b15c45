import { siteData } from './corpus.ts';
import { formatDate } from './labels.ts';
import { routes } from './routes.ts';

/**
 * Links from a passage to where another document takes it up: a toezegging to the letter that
 * reports on it, and the report back to the meeting where it was made.
 */
export function passageCrossLinks(base: string) {
  const to = routes(base);
  return (documentId: string, anchor: string): { href: string; text: string }[] => {
    const data = siteData();
    const links: { href: string; text: string }[] = [];
    const made = data.reportedCommitment.get(`${documentId}#${anchor}`);
    if (made) {
      links.push({
        href: to.passage(made.document.id, made.commitment.anchor),
        text: `Toezegging gedaan in: ${made.document.title} (${formatDate(made.document.date)})`,
      });
    }
    const commitment = data.commitmentAt.get(`${documentId}#${anchor}`);
    for (const report of commitment?.reports ?? []) {
      links.push({
        href: to.passage(report.document.id, report.item.at),
        text: `Hierover gerapporteerd in: ${report.document.title} (${formatDate(report.document.date)})`,
      });
    }
    return links;
  };
}
