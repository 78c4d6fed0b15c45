import type { APIRoute } from 'astro';
import { atomResponse } from '../site/atom.ts';
import { feeds } from '../site/feeds.ts';

/** Every document, newest added first (Atom). */
export const GET: APIRoute = (context) => atomResponse(feeds(import.meta.env.BASE_URL, context.site!).site());
