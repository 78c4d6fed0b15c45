import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteData } from '../site/corpus.ts';
import { KIND_LABELS, formatDate } from '../site/labels.ts';
import { routes } from '../site/routes.ts';

/** A feed of the documents, newest first. Partial dates ('2025-07') count from their first day. */
export const GET: APIRoute = (context) => {
  const to = routes(import.meta.env.BASE_URL);
  return rss({
    title: 'Verslag',
    description: 'Geannoteerde verslagen, brieven en antwoorden van de Tweede Kamer',
    site: context.site!,
    items: siteData().documents.map((doc) => ({
      title: doc.title,
      link: to.document(doc.id),
      pubDate: new Date(`${doc.date}${'-01'.repeat(Math.max(0, 2 - (doc.date.split('-').length - 1)))}T00:00:00Z`),
      description: `${KIND_LABELS[doc.kind]} van ${formatDate(doc.date)}`,
    })),
    customData: '<language>nl</language>',
  });
};
