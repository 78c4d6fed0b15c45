import type { PaperNumber } from '../model/document.ts';
import { slugify } from '../model/slug.ts';

/** Every URL of the site in one place, under the configured base path ('/' or '/verslag/'). */
export function routes(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    home: () => root,
    year: (year: string) => `${root}archief/${year}/`,
    document: (id: string) => `${root}documenten/${id}/`,
    documentJson: (id: string) => `${root}documenten/${id}.json`,
    passage: (id: string, anchor: string) => `${root}documenten/${id}/#${anchor}`,
    people: () => `${root}personen/`,
    person: (slug: string) => `${root}personen/${slug}/`,
    parties: () => `${root}partijen/`,
    party: (name: string) => `${root}partijen/${slugify(name)}/`,
    commitments: () => `${root}toezeggingen/`,
    commitmentsOfYear: (year: string) => `${root}toezeggingen/${year}/`,
    /** A register id's entry, on the commitments page of the year of the letter that reports on it. */
    commitmentId: (id: string, year: string) => `${root}toezeggingen/${year}/#${id.toLowerCase()}`,
    papers: () => `${root}kamerstukken/`,
    paper: (dossier: string, number: string) => `${root}kamerstukken/${paperSlug({ dossier, number })}/`,
    search: () => `${root}zoeken/`,
    dossiers: () => `${root}dossiers/`,
    dossier: (dossier: string) => `${root}dossiers/${dossier.toLowerCase()}/`,
    motion: (slug: string) => `${root}moties/${slug}/`,
    feed: () => `${root}feed.xml`,
  };
}

/** A base path as a directory name, for what a build keeps per base: '/' → 'root', '/verslag/' → 'verslag'. */
export function baseKey(base: string): string {
  return base.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'root';
}

/** '26643' + '1311' → '26643-1311'; '36600-VII' + '72' → '36600-vii-72'. */
export function paperSlug(paper: PaperNumber): string {
  return `${paper.dossier}-${paper.number}`.toLowerCase();
}
