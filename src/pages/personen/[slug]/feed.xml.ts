import type { APIRoute } from 'astro';
import { atomResponse } from '../../../site/atom.ts';
import { siteData } from '../../../site/corpus.ts';
import { feeds } from '../../../site/feeds.ts';

/** A person's turns, questions and motions, newest added first (Atom). */
export function getStaticPaths() {
  return [...siteData().people.keys()].map((slug) => ({ params: { slug } }));
}
export const GET: APIRoute = (context) => atomResponse(feeds(import.meta.env.BASE_URL, context.site!).person(context.params.slug!));
