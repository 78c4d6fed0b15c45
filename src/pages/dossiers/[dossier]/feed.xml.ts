import type { APIRoute } from 'astro';
import { atomResponse } from '../../../site/atom.ts';
import { siteData } from '../../../site/corpus.ts';
import { feeds } from '../../../site/feeds.ts';

/** A dossier's documents and the documents that cite its papers, newest added first (Atom). */
export function getStaticPaths() {
  return [...siteData().dossiers.keys()].map((dossier) => ({ params: { dossier: dossier.toLowerCase() }, props: { dossier } }));
}
export const GET: APIRoute = (context) => atomResponse(feeds(import.meta.env.BASE_URL, context.site!).dossier((context.props as { dossier: string }).dossier));
