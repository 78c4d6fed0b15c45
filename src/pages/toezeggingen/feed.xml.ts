import type { APIRoute } from 'astro';
import { atomResponse } from '../../site/atom.ts';
import { feeds } from '../../site/feeds.ts';

/** Toezeggingen whose status changed (changed, withdrawn, answered) or that a later document reported on (Atom). */
export const GET: APIRoute = (context) => atomResponse(feeds(import.meta.env.BASE_URL, context.site!).commitments());
