import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { BlockContent, PhrasingContent, Root, RootContent } from 'mdast';
import { directiveTreeToMarkdown } from './serialize.ts';
import { writeYaml } from './yaml.ts';
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
  return `---\n${writeYaml(frontmatter(doc))}---\n\n${body}`;
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

/**
 * The document's fields that the frontmatter holds, in the order written: every field the body's
 * directives do not (the agenda, the body, commitments, references and footnotes are in the body;
 * commitment reports are derived from the body again). So the annotated Markdown holds the whole
 * model, and the annotated-markdown source format (src/ingest/parsers/annotated-markdown.ts)
 * reads it back to the same model. A field added to the model must be added here: the type check
 * below fails until it is.
 */
export const FRONTMATTER_FIELDS = [
  'id',
  'kind',
  'title',
  'date',
  'dateEstimated',
  'paper',
  'committee',
  'dossierTitle',
  'dates',
  'documentNumber',
  'status',
  'sourceId',
  'sender',
  'addressee',
  'header',
  'participants',
  'people',
  'motions',
  'decisions',
  'artefacts',
  'unclassified',
] as const satisfies readonly (keyof ParliamentaryDocument)[];

/**
 * The fields the body holds, or that are derived from it. `formerAnchors` are written on the
 * passages they lead to (`corrected`, `formerly`) and derived again from the anchor history
 * (content/anchors/) whenever a source, an annotated one too, is ingested.
 */
export type BodyField = 'agenda' | 'body' | 'commitments' | 'references' | 'footnotes' | 'commitmentReports' | 'formerAnchors';

type Unwritten = Exclude<keyof ParliamentaryDocument, (typeof FRONTMATTER_FIELDS)[number] | BodyField>;
// Fails to type-check, naming the field, when the model has a field neither the frontmatter nor the body holds.
const everyFieldWritten: [Unwritten] extends [never] ? true : Unwritten = true;
void everyFieldWritten;

/** The frontmatter: the document's metadata and the records its body refers to (people, motions), absent fields left out. */
export function frontmatter(doc: ParliamentaryDocument): Partial<ParliamentaryDocument> {
  const result: Record<string, unknown> = {};
  for (const field of FRONTMATTER_FIELDS) if (doc[field] !== undefined) result[field] = doc[field];
  return result as Partial<ParliamentaryDocument>;
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
  /** The directive, given what its label holds: the span's text, with the spans inside it. */
  node: (label: PhrasingContent[]) => PhrasingContent;
}

function referenceSpan(reference: Reference): Span {
  return {
    start: reference.offset,
    end: reference.offset + reference.text.length,
    node: (label) =>
      inline(
        'ref',
        {
          kind: reference.kind,
          dossier: reference.dossier,
          number: reference.number,
          id: reference.kind === 'paper' ? undefined : reference.id,
          people: reference.people?.join(' '),
        },
        label,
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

/**
 * Text with its spans as inline directives. A span inside another (a motion's title that cites
 * another motion) is written inside its label; a footnote call at a span's start stands before it.
 * Spans that cross keep the first.
 */
function phrasing(text: string, spans: Span[]): PhrasingContent[] {
  const width = (span: Span): number => span.end - span.start;
  const sorted = [...spans].sort((a, b) => a.start - b.start || Number(width(b) === 0) - Number(width(a) === 0) || b.end - a.end);
  return nested(text, sorted, 0, text.length);
}

/** The text from `from` to `to`, with `spans` (sorted, outer before inner) as directives. */
function nested(text: string, spans: Span[], from: number, to: number): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let position = from;
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!;
    if (span.start < position) continue;
    let last = index;
    while (last + 1 < spans.length && spans[last + 1]!.start < span.end && spans[last + 1]!.end <= span.end) last++;
    if (span.start > position) nodes.push({ type: 'text', value: text.slice(position, span.start) });
    nodes.push(span.node(span.end > span.start ? nested(text, spans.slice(index + 1, last + 1), span.start, span.end) : []));
    position = span.end;
    index = last;
  }
  if (position < to) nodes.push({ type: 'text', value: text.slice(position, to) });
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
      reaction: commitment?.reaction?.anchor,
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
  return { speaker: speaker.slug, name: speaker.name, party: speaker.party, role: speaker.role, office: speaker.office, unresolved: speaker.unresolved };
}

function blockNodes(block: Block, context: WriteContext): RootContent[] {
  switch (block.type) {
    case 'speech':
      return [
        container(
          'speech',
          { ...speakerAttributes(block.speaker), interruption: block.interruption, termijn: block.termijn, motions: block.motions?.join(' ') },
          block.passages.map((item) => passage(item, context)),
        ),
      ];
    case 'chair-change':
      return [leaf('chair-change', { id: block.anchor, ...speakerAttributes(block.chair), ...formerAttributes(block.anchor, context) }, [{ type: 'text', value: block.text }])];
    case 'procedural':
      // A line of unknown role is a bare `procedural` flag, so that reading it back gives no role.
      return [passage(block.passage, context, { procedural: block.role ?? true, 'front-matter': block.frontMatter, ...(block.speaker ? speakerAttributes(block.speaker) : {}) })];
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
