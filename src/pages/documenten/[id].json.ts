import type { APIRoute, GetStaticPaths } from 'astro';
import { documentModelText, siteData } from '../../site/corpus.ts';

/** Each document's model as open data, beside its page: /documenten/<id>.json. */
export const getStaticPaths: GetStaticPaths = () => siteData().documents.map((doc) => ({ params: { id: doc.id } }));

export const GET: APIRoute = ({ params }) =>
  new Response(documentModelText(params.id!), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
