import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { DocumentKind, ParliamentaryDocument } from '../../model/document.ts';
import { readBody } from '../annotated/body.ts';
import { hasVerslagFrontmatter, readFrontmatter, splitFrontmatter } from '../annotated/frontmatter.ts';
import type { Diagnostics } from '../diagnostics.ts';
import type { SourceFormatModule } from '../format.ts';
import { SourceError, type SourceDocument } from '../source.ts';

/**
 * Verslag's own annotated Markdown (what the ingest writes to generated/markdown/<id>.md) as a
 * source: an editor takes a document's Markdown, corrects it (a turn given to the wrong speaker, a
 * commitment's status, a reference) and puts it in content/. Its frontmatter holds the document's
 * metadata and records (people, participants, motions, …), its directives the body with every
 * anchor, reference, footnote call and commitment, so it reads back to the model it was written
 * from (test/ingest/annotated-markdown.test.ts proves the round trip). The references and
 * commitments it holds are the editor's word: the passes that would find them are not run again.
 */
export function parseAnnotatedMarkdown(source: SourceDocument, diagnostics: Diagnostics): ParliamentaryDocument {
  const split = splitFrontmatter(source.text);
  const front = readFrontmatter(split, diagnostics);
  const tree = unified().use(remarkParse).use(remarkDirective).parse(split.body);
  const people = front.people ?? [];
  const { agenda, body, footnotes, references, commitments } = readBody(tree, people, diagnostics);

  if (front.id !== undefined && front.id !== source.id) {
    diagnostics.warn(`the frontmatter's id "${front.id}" is not the file's name: the document's id is "${source.id}", from its file name`, 2);
  }
  const kind: DocumentKind = front.kind ?? source.metadata.kind ?? 'kamerstuk';
  if (front.kind === undefined && source.metadata.kind === undefined) diagnostics.warn('the frontmatter gives no kind: read as kamerstuk', 1);
  const date = front.date ?? source.metadata.date;
  if (date === undefined) throw new SourceError(source.path, 'the frontmatter gives no date (date: "2025-01-30") and no metadata file does', 1);
  let title = front.title ?? source.metadata.title;
  if (title === undefined) {
    const heading = body.find((block) => block.type === 'heading');
    title = heading?.type === 'heading' ? heading.title : `${kind} ${date}`;
    diagnostics.warn(`the frontmatter gives no title: "${title}" is used`, 1);
  }
  const paper = front.paper ?? source.metadata.paper;
  const committee = front.committee ?? source.metadata.committee;
  return {
    ...front,
    id: source.id,
    kind,
    title,
    date,
    ...(paper ? { paper } : {}),
    ...(committee ? { committee } : {}),
    agenda,
    participants: front.participants ?? [],
    people,
    body,
    commitments,
    references,
    footnotes,
    unclassified: front.unclassified ?? [],
  };
}

export const annotatedMarkdown: SourceFormatModule = {
  name: 'annotated-markdown',
  description: "Verslag's own annotated Markdown (generated/markdown/<id>.md), corrected by an editor",
  extensions: ['.md'],
  detect: (source) => hasVerslagFrontmatter(source.text),
  annotated: true,
  parse: parseAnnotatedMarkdown,
};
