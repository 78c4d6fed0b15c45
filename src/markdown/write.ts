import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { BlockContent, PhrasingContent, Root, RootContent } from 'mdast';
import { stringify as stringifyYaml } from 'yaml';
import { directiveTreeToMarkdown } from './serialize.ts';
import type {
  Block,
  Commitment,
  FootnoteCall,
  FormerAnchor,
  ParliamentaryDocument,
  Passage,
  Reference,
  Speaker,
} from '../model/document.ts';

/**
 * Writes a document as annotated Markdown: YAML frontmatter with the document's metadata, then
 * the body as remark-directive containers (`::::speech`, `:::passage{#p3k9x2a}`, `:ref[…]{…}`).
 * The Markdown is built as an mdast tree and serialised (src/markdown/serialize.ts), so that text
 * such as "10:15" or "<script>" is escaped and the file parses back to the same tree.
 */
export function toAnnotatedMarkdown(doc: ParliamentaryDocument): string {
  const body = directiveTreeToMarkdown(toDirectiveTree(doc));
  // Every string quoted: YAML 1.1 readers (Astro's) would otherwise turn 2025-01-30 into a Date.
  const yaml = stringifyYaml(frontmatter(doc), { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n\n${body}`;
}

/**
 * The document body as an mdast tree of directives: what the annotated Markdown says. The site
 * renders HTML from this same tree (src/markdown/render.ts), so it need not parse the Markdown again.
 */
export function toDirectiveTree(doc: ParliamentaryDocument): Root {
  const context = new WriteContext(doc);
  const tree: Root = { type: 'root', children: [] };
  if (doc.agenda.length > 0) tree.children.push(agenda(doc, context));
  for (const block of doc.body) tree.children.push(...blockNodes(block, context));
  if (doc.footnotes.length > 0) tree.children.push(footnotes(doc, context));
  if (doc.unclassified.length > 0) tree.children.push(unclassified(doc));
  return tree;
}

/** What the site needs of a document before reading its body; the full model is in the JSON export. */
export function frontmatter(doc: ParliamentaryDocument) {
  return {
    id: doc.id,
    kind: doc.kind,
    title: doc.title,
    date: doc.date,
    ...(doc.paper ? { paper: doc.paper } : {}),
    ...(doc.committee ? { committee: doc.committee } : {}),
  };
}

/** Lookups the writer needs per passage: references, commitments and former anchors by the anchor they sit at. */
class WriteContext {
  readonly referencesAt = new Map<string, Reference[]>();
  readonly commitmentAt = new Map<string, Commitment>();
  readonly formerAt = new Map<string, FormerAnchor[]>();
  constructor(doc: ParliamentaryDocument) {
    for (const former of doc.formerAnchors ?? []) this.formerAt.set(former.now, [...(this.formerAt.get(former.now) ?? []), former]);
    for (const reference of doc.references) {
      const list = this.referencesAt.get(reference.at) ?? [];
      list.push(reference);
      this.referencesAt.set(reference.at, list);
    }
    for (const commitment of doc.commitments) this.commitmentAt.set(commitment.anchor, commitment);
  }
}

type Attributes = Record<string, string | number | boolean | undefined>;

/** Directive attributes: drops absent values; `true` becomes a bare flag. */
function attributes(values: Attributes): Record<string, string> {
  const result: Record<string, string> = {};
  for (const key in values) {
    const value = values[key];
    if (value === undefined || value === false) continue;
    result[key] = value === true ? '' : String(value);
  }
  return result;
}

function container(name: string, values: Attributes, children: (BlockContent | ContainerDirective)[]): ContainerDirective {
  return { type: 'containerDirective', name, attributes: attributes(values), children } as ContainerDirective;
}

function leaf(name: string, values: Attributes, children: PhrasingContent[]): LeafDirective {
  return { type: 'leafDirective', name, attributes: attributes(values), children };
}

function inline(name: string, values: Attributes, children: PhrasingContent[]): TextDirective {
  return { type: 'textDirective', name, attributes: attributes(values), children };
}

/** A span of text that becomes an inline directive. */
interface Span {
  start: number;
  end: number;
  node: (text: string) => PhrasingContent;
}

function referenceSpan(reference: Reference): Span {
  return {
    start: reference.offset,
    end: reference.offset + reference.text.length,
    node: (text) =>
      inline(
        'ref',
        {
          kind: reference.kind,
          dossier: reference.dossier,
          number: reference.number,
          id: reference.kind === 'paper' ? undefined : reference.id,
          people: reference.people?.join(' '),
        },
        [{ type: 'text', value: text }],
      ),
  };
}

function footnoteSpan(call: FootnoteCall): Span {
  return {
    start: call.offset,
    end: call.offset,
    node: () => inline('fn', { number: call.number }, [{ type: 'text', value: String(call.number) }]),
  };
}

/** The references and footnote calls inside the text at `at`, shifted by `shift` characters. */
function spansAt(at: string, calls: FootnoteCall[] | undefined, context: WriteContext, shift = 0): Span[] {
  const spans = [...(context.referencesAt.get(at) ?? []).map(referenceSpan), ...(calls ?? []).map(footnoteSpan)];
  return spans.map((span) => ({ ...span, start: span.start + shift, end: span.end + shift }));
}

/** Text with its spans as inline directives; overlapping spans keep the first. */
function phrasing(text: string, spans: Span[]): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let position = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (span.start < position) continue;
    if (span.start > position) nodes.push({ type: 'text', value: text.slice(position, span.start) });
    nodes.push(span.node(text.slice(span.start, span.end)));
    position = span.end;
  }
  if (position < text.length) nodes.push({ type: 'text', value: text.slice(position) });
  return nodes;
}

function passage(item: Passage, context: WriteContext, extra: Attributes = {}): ContainerDirective {
  const commitment = context.commitmentAt.get(item.anchor);
  return container(
    'passage',
    {
      id: item.anchor,
      page: item.page,
      list: item.listItem,
      chair: item.chair,
      commitment: commitment?.status,
      by: commitment?.by,
      to: commitment?.to,
      ...formerAttributes(item.anchor, context),
      ...extra,
    },
    [{ type: 'paragraph', children: phrasing(item.text, spansAt(item.anchor, item.footnoteCalls, context)) }],
  );
}

/**
 * Anchors published earlier for what is now this passage: `corrected` where its words changed,
 * `formerly` where only the anchor did. The page gives each an element of its own beside the passage.
 */
function formerAttributes(anchor: string, context: WriteContext): Attributes {
  const former = context.formerAt.get(anchor) ?? [];
  const ids = (corrected: boolean) => former.filter((item) => item.corrected === corrected).map((item) => item.anchor).join(' ') || undefined;
  return { corrected: ids(true), formerly: ids(false) };
}

function speakerAttributes(speaker: Speaker): Attributes {
  return { speaker: speaker.slug, name: speaker.name, party: speaker.party, role: speaker.role, unresolved: speaker.unresolved };
}

function blockNodes(block: Block, context: WriteContext): RootContent[] {
  switch (block.type) {
    case 'speech':
      return [
        container(
          'speech',
          { ...speakerAttributes(block.speaker), interruption: block.interruption, termijn: block.termijn },
          block.passages.map((item) => passage(item, context)),
        ),
      ];
    case 'chair-change':
      return [leaf('chair-change', { id: block.anchor, ...speakerAttributes(block.chair), ...formerAttributes(block.anchor, context) }, [{ type: 'text', value: block.text }])];
    case 'procedural':
      return [passage(block.passage, context, { procedural: block.role ?? 'other' })];
    case 'paragraph':
      return [passage(block.passage, context)];
    case 'heading': {
      // The number is written before the title, so the title's spans move along.
      const title = block.number ? `${block.number} ${block.title}` : block.title;
      const spans = spansAt(block.anchor, block.footnoteCalls, context, title.length - block.title.length);
      return [leaf('heading', { id: block.anchor, level: block.level, number: block.number }, phrasing(title, spans))];
    }
    case 'question':
      return [
        container(
          'question',
          { id: block.anchor, number: block.number, party: block.party, asker: block.askedBy },
          block.passages.map((item) => passage(item, context)),
        ),
        container(
          'answer',
          { id: block.answer.anchor, question: block.number, refers: block.answer.refersTo.join(' ') || undefined },
          block.answer.passages.map((item) => passage(item, context)),
        ),
      ];
  }
}

function agenda(doc: ParliamentaryDocument, context: WriteContext): ContainerDirective {
  return container(
    'agenda',
    {},
    doc.agenda.map((item) =>
      leaf('agenda-item', { id: item.anchor, dossier: item.paper?.dossier, number: item.paper?.number }, phrasing(item.text, spansAt(item.anchor, undefined, context))),
    ),
  );
}

function footnotes(doc: ParliamentaryDocument, context: WriteContext): ContainerDirective {
  return container(
    'footnotes',
    {},
    doc.footnotes.map((note) =>
      container('footnote', { id: note.anchor, number: note.number, from: note.calledFrom }, [
        { type: 'paragraph', children: phrasing(note.text, spansAt(note.anchor, undefined, context)) },
      ]),
    ),
  );
}

/** Text the parser could not place, with its source line: shown, never dropped. */
function unclassified(doc: ParliamentaryDocument): ContainerDirective {
  return container(
    'unclassified',
    {},
    doc.unclassified.map((item) => leaf('unclassified-line', { line: item.line }, [{ type: 'text', value: item.text }])),
  );
}
