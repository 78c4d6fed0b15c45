import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { documentsLoader } from './content/documents-loader.ts';
import { DOCUMENT_KINDS } from './model/document.ts';

/** The documents of the corpus index that `npm run ingest` writes, with their metadata (see the loader). */
const documents = defineCollection({
  loader: documentsLoader(),
  schema: z.object({
    id: z.string(),
    kind: z.enum(DOCUMENT_KINDS),
    title: z.string(),
    date: z.string(),
    paper: z.object({ dossier: z.string(), number: z.string() }).optional(),
    committee: z.string().optional(),
  }),
});

export const collections = { documents };
