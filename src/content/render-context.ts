import type { PaperNumber } from '../model/document.ts';
import { citedSender, type CitedPerson } from '../site/citation.ts';
import { passageCrossLinks } from '../site/cross-links.ts';
import { siteData } from '../site/corpus.ts';
import { paperSlug } from '../site/routes.ts';

/**
 * What a document's HTML depends on beyond its own model: which cited papers the corpus holds and
 * the links from its passages to other documents. Small and per document, so it can go into the
 * document's digest (a change elsewhere in the corpus re-renders only the documents it touches)
 * and be handed to a render worker.
 */
export interface RenderContext {
  base: string;
  /** Paper slug → id of the corpus document that is that paper, for the papers this document cites. */
  papers: Record<string, string>;
  /** Passage anchor → links to where other documents take it up. */
  links: Record<string, { href: string; text: string }[]>;
  /** Register id (TZ…) → the year whose commitments page lists it, for the ids this document cites. */
  registerIds: Record<string, string>;
  /** The people the document names, as citations name them (office for members of the cabinet). */
  people: Record<string, CitedPerson>;
  /** Who sends a letter or answers, where the document names them (see citedSender). */
  sender?: CitedPerson;
}

export function renderContext(documentId: string, base: string): RenderContext {
  const data = siteData();
  const summary = data.documentById.get(documentId);
  const papers: Record<string, string> = {};
  const links: Record<string, { href: string; text: string }[]> = {};
  const registerIds: Record<string, string> = {};
  const crossLinks = passageCrossLinks(base);
  for (const reference of summary?.references ?? []) {
    const year = reference.kind === 'commitment-id' && reference.id ? data.registerIdYear.get(reference.id) : undefined;
    if (year) registerIds[reference.id!] = year;
    if (reference.kind !== 'paper' || !reference.dossier || !reference.number) continue;
    const slug = paperSlug({ dossier: reference.dossier, number: reference.number });
    const target = data.papers.get(slug)?.document?.id;
    if (target) papers[slug] = target;
  }
  const anchors = new Set([
    ...(summary?.commitments ?? []).map((commitment) => commitment.anchor),
    ...(summary?.commitmentReports ?? []).map((report) => report.at),
  ]);
  for (const anchor of anchors) {
    const found = crossLinks(documentId, anchor);
    if (found.length > 0) links[anchor] = found;
  }
  const people: Record<string, CitedPerson> = {};
  for (const person of summary?.people ?? []) people[person.slug] = { name: person.name, ...(person.party ? { party: person.party } : {}), ...(person.office ? { office: person.office } : {}) };
  const sender = summary ? citedSender(summary) : undefined;
  return { base, papers, links, registerIds, people, ...(sender ? { sender } : {}) };
}

/** The remark plugin's options for a document, from its render context. */
export function renderOptions(context: RenderContext) {
  return {
    base: context.base,
    documentForPaper: (paper: PaperNumber) => context.papers[paperSlug(paper)],
    passageLinks: (_documentId: string, anchor: string) => context.links[anchor] ?? [],
    registerIdYear: (id: string) => context.registerIds[id],
    person: (slug: string) => context.people[slug],
    sender: context.sender,
  };
}
