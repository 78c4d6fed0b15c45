import type { APIRoute } from 'astro';
import { atomResponse } from '../../../site/atom.ts';
import { siteData } from '../../../site/corpus.ts';
import { feeds } from '../../../site/feeds.ts';

/** A party's members' turns and its questions, newest added first (Atom). */
export function getStaticPaths() {
  return [...siteData().parties.keys()].map((slug) => ({ params: { slug } }));
}
export const GET: APIRoute = (context) => atomResponse(feeds(import.meta.env.BASE_URL, context.site!).party(context.params.slug!));
