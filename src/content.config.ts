import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The annotated Markdown that `npm run ingest` writes; its frontmatter is `frontmatter()` in src/markdown/write.ts. */
const documents = defineCollection({
  loader: glob({ pattern: '*.md', base: './generated/markdown' }),
  schema: z.object({
    id: z.string(),
    kind: z.enum(['commissiedebat', 'algemeen-overleg', 'schriftelijk-overleg', 'kamerbrief', 'antwoorden']),
    title: z.string(),
    date: z.string(),
    paper: z.object({ dossier: z.string(), number: z.string() }).optional(),
    committee: z.string().optional(),
  }),
});

export const collections = { documents };
