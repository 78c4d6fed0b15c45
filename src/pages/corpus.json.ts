import type { APIRoute } from 'astro';
import { siteData } from '../site/corpus.ts';
import { routes } from '../site/routes.ts';

/** The corpus index as open data: every document with where its page and model live. */
export const GET: APIRoute = () => {
  const to = routes(import.meta.env.BASE_URL);
  const documents = siteData().documents.map(({ id, kind, title, date, paper, committee }) => ({
    id, kind, title, date, paper, committee, page: to.document(id), json: to.documentJson(id),
  }));
  return new Response(JSON.stringify({ version: 1, documents }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
