import { formatDossier, formatPaper } from '../model/papers.ts';
import { addedDates, dateTimeOf } from './added.ts';
import type { AtomEntry, AtomFeed } from './atom.ts';
import { citedPerson } from './citation.ts';
import type { DocumentSummary } from '../model/corpus.ts';
import { siteData } from './corpus.ts';
import { COMMITMENT_STATUS_LABELS, KIND_LABELS, formatDate, turnsLabel } from './labels.ts';
import { routes } from './routes.ts';

/**
 * The site's Atom feeds, all ordered by when a document was added to the corpus (src/site/added.ts):
 * every document; per person, party and dossier what concerns them; and the toezeggingen whose
 * status changed or that a later letter reported on. What readers of parliament sites ask for
 * most: an alert when their member, dossier or commitment moves.
 */
/** When each document was added: read from git once per build. */
let added: Map<string, string> | undefined;

export function feeds(base: string, site: URL) {
  const data = siteData();
  const to = routes(base);
  const url = (path: string) => new URL(path, site).href;
  const addedAt = (document: DocumentSummary) => (added ??= addedDates()).get(document.id) ?? dateTimeOf(document.date);
  const nameOf = (slug?: string) => (slug ? (data.people.get(slug)?.person.name ?? slug) : undefined);

  /** What a document is, in a sentence or two: kind, date, paper, committee, who speaks, how it begins. */
  function documentSummary(document: DocumentSummary): string {
    const head = `${KIND_LABELS[document.kind]} van ${formatDate(document.date)}${document.paper ? `, Kamerstuk ${formatPaper(document.paper)}` : ''}${document.committee ? `, ${document.committee}` : ''}.`;
    const speakers = document.contributions.filter((item) => item.role !== 'chair');
    const who = speakers.length > 0 ? ` Met: ${[...new Set(speakers.map((item) => citedPerson({ name: nameOf(item.speaker)!, party: item.party, role: item.role })))].join(', ')}.` : '';
    const opening = speakers[0]?.excerpt ?? document.questions[0]?.excerpt;
    return `${head}${who}${opening ? ` “${opening}”` : ''}`;
  }

  const documentEntry = (document: DocumentSummary): AtomEntry => ({
    url: url(to.document(document.id)),
    title: document.title,
    updated: addedAt(document),
    published: dateTimeOf(document.date),
    summary: documentSummary(document),
  });

  const feed = (path: string, page: string, title: string, entries: AtomEntry[], subtitle?: string): AtomFeed => ({ url: url(path), page: url(page), title, entries, ...(subtitle ? { subtitle } : {}) });

  return {
    site: () => feed(to.feed(), to.home(), 'Verslag: nieuwe documenten', data.documents.map(documentEntry), 'Geannoteerde verslagen, brieven en antwoorden van de Tweede Kamer, op volgorde van toevoegen'),

    person(slug: string): AtomFeed {
      const person = data.people.get(slug)!;
      const name = person.person.fullName ?? person.person.name;
      const entries: AtomEntry[] = [
        ...person.contributions.map(({ document, item }) => ({
          url: url(to.passage(document.id, item.anchor)),
          title: `${name} in ${document.title}`,
          updated: addedAt(document),
          published: dateTimeOf(document.date),
          summary: `${turnsLabel(item.turns, item.interruptions)}${item.role === 'chair' ? ' (als voorzitter)' : ''}. “${item.excerpt}”`,
        })),
        ...person.questions.map(({ document, item }) => ({
          url: url(to.passage(document.id, item.anchor)),
          title: `Vraag ${item.number} van ${name}: ${document.title}`,
          updated: addedAt(document),
          published: dateTimeOf(document.date),
          summary: item.excerpt,
        })),
        ...person.motions.map(({ document, item }) => ({
          url: url(item.motion ? to.motion(item.motion.slug) : to.passage(document.id, item.at)),
          title: `Motie: ${item.title}`,
          updated: addedAt(document),
          published: dateTimeOf(document.date),
          summary: `Genoemd in ${document.title} (${formatDate(document.date)}).`,
        })),
      ];
      return feed(`${to.person(slug)}feed.xml`, to.person(slug), `Verslag: ${name}`, entries);
    },

    party(slug: string): AtomFeed {
      const party = data.parties.get(slug)!;
      const entries: AtomEntry[] = [
        ...party.contributions.map(({ document, item }) => ({
          url: url(to.passage(document.id, item.anchor)),
          title: `${nameOf(item.speaker)} in ${document.title}`,
          updated: addedAt(document),
          published: dateTimeOf(document.date),
          summary: `${turnsLabel(item.turns, item.interruptions)}. “${item.excerpt}”`,
        })),
        ...party.questions.map(({ document, item }) => ({
          url: url(to.passage(document.id, item.anchor)),
          title: `Vraag ${item.number} (${party.name}): ${document.title}`,
          updated: addedAt(document),
          published: dateTimeOf(document.date),
          summary: item.excerpt,
        })),
      ];
      return feed(`${to.party(party.name)}feed.xml`, to.party(party.name), `Verslag: ${party.name}`, entries);
    },

    dossier(number: string): AtomFeed {
      const dossier = data.dossiers.get(number)!;
      const inDossier = new Set(dossier.documents);
      const entries: AtomEntry[] = [
        ...dossier.documents.map(documentEntry),
        ...dossier.papers.flatMap((paper) =>
          paper.citations
            .filter(({ document }) => !inDossier.has(document))
            .map(({ document, item }) => ({
              url: url(to.passage(document.id, item.at)),
              title: `${document.title} haalt Kamerstuk ${formatPaper(paper.paper)} aan`,
              updated: addedAt(document),
              published: dateTimeOf(document.date),
              summary: item.sentence ?? item.text,
            })),
        ),
      ];
      return feed(`${to.dossier(number)}feed.xml`, to.dossier(number), `Verslag: dossier ${formatDossier(number)}${dossier.title ? ` ${dossier.title}` : ''}`, entries);
    },

    commitments(): AtomFeed {
      const entries: AtomEntry[] = [];
      for (const { document, commitment, reports } of data.commitments) {
        const who = [nameOf(commitment.by), commitment.to && `aan ${nameOf(commitment.to)}`].filter(Boolean).join(' ');
        if (commitment.status !== 'made') {
          entries.push({
            url: url(to.passage(document.id, commitment.anchor)),
            title: `Toezegging ${COMMITMENT_STATUS_LABELS[commitment.status]}: ${document.title}`,
            updated: addedAt(document),
            published: dateTimeOf(document.date),
            summary: `${who ? `${who}: ` : ''}${commitment.text}`,
          });
        }
        for (const report of reports) {
          entries.push({
            url: url(to.passage(report.document.id, report.item.at)),
            title: `Gerapporteerd: ${report.item.subject}`,
            updated: addedAt(report.document),
            published: dateTimeOf(report.document.date),
            summary: `${report.document.title} (${formatDate(report.document.date)}) rapporteert over de toezegging${who ? ` van ${who}` : ''} in ${document.title}: ${commitment.text}`,
          });
        }
      }
      return feed(`${to.commitments()}feed.xml`, to.commitments(), 'Verslag: toezeggingen waarvan de status veranderde', entries);
    },
  };
}
