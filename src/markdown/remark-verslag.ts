import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import type { Node, Parent, PhrasingContent, Root } from 'mdast';
import { COMMITMENT_STATUS_LABELS, ROLE_LABELS } from '../site/labels.ts';
import { routes } from '../site/routes.ts';
import { termijnLabel, termijnStarts } from '../site/toc.ts';
import { officialPaperUrl } from '../site/official.ts';
import type { PaperNumber, Role } from '../model/document.ts';
import { citedAnswer, citedCommitment, citedPerson, citedQuestion, inRunningText, type CitedPerson } from '../site/citation.ts';

type Directive = ContainerDirective | LeafDirective | TextDirective;
type Properties = Record<string, string | number | boolean | string[]>;

export interface RemarkVerslagOptions {
  /** The site's base path, e.g. '/' or '/verslag/'. */
  base: string;
  /** The id of the corpus document that is this Kamerstuk, if the corpus holds it. */
  documentForPaper?: (paper: PaperNumber) => string | undefined;
  /** Links from a passage to where other documents take it up (a commitment and its report). */
  passageLinks?: (documentId: string, anchor: string) => { href: string; text: string }[];
  /** The year whose commitments page lists a register id (TZ…) with its report; without one, the id is not linked. */
  registerIdYear?: (id: string) => string | undefined;
  /** A person the document names, as citations name them (with their office, where they hold one). */
  person?: (slug: string) => CitedPerson | undefined;
  /** Who sends a letter or the answers, where the document names them. */
  sender?: CitedPerson;
}

/** Fewer words than this, and a passage is a minor one ("Oké.", "Het woord is aan de heer Krul."): no "Citeer" of its own. */
const MINOR_PASSAGE_WORDS = 8;

/** An element node: its hName and hProperties say what it becomes in HTML (see to-hast.ts). */
function element(tagName: string, properties: Properties, children: PhrasingContent[] | Node[]): Parent {
  return { type: 'paragraph', data: { hName: tagName, hProperties: properties }, children } as unknown as Parent;
}

const text = (value: string) => ({ type: 'text', value }) as PhrasingContent;

function link(href: string, children: PhrasingContent[], properties: Properties = {}): PhrasingContent {
  return element('a', { href, ...properties }, children) as unknown as PhrasingContent;
}

/**
 * Calls `visitor` on every directive of the tree, parents before children, reading a node's
 * children after its visit (so children the visitor puts in place are walked, as with
 * unist-util-visit). Written out because unist-util-visit allocates a parents list per node:
 * it was a quarter of the time to render a document.
 */
function eachDirective(node: Node, visitor: (directive: Directive) => void): void {
  if (node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') visitor(node as Directive);
  const children = (node as Parent).children;
  if (children) for (const child of children) eachDirective(child, visitor);
}

/** Said beside a passage whose words were corrected after an earlier version was published (and cited). */
export const CORRECTION_NOTE = 'Gecorrigeerd: deze passage vervangt een eerdere versie van de tekst, waarnaar een oudere link kan verwijzen.';

/**
 * What a passage or chair change carries of its former anchors (write.ts: `corrected`, `formerly`):
 * an empty element with each old id, so that a link to it lands here, without JavaScript, and, if
 * the words changed, a note that says so. Pagefind skips them: the passage is found by its own id.
 */
function formerAnchors(a: Record<string, string | null | undefined>): PhrasingContent[] {
  const ids = [...(a.corrected ?? '').split(' '), ...(a.formerly ?? '').split(' ')].filter(Boolean);
  const targets = ids.map((id) => element('span', { id, className: ['former-anchor'], dataPagefindIgnore: '' }, []) as unknown as PhrasingContent);
  if (!a.corrected) return targets;
  return [...targets, element('span', { className: ['correction-note'], dataPagefindIgnore: '' }, [text(CORRECTION_NOTE)]) as unknown as PhrasingContent, text(' ')];
}

/** Words in a passage's text. */
function wordCount(node: Node | undefined): number {
  let count = 0;
  const walk = (current: Node) => {
    if (current.type === 'text') count += String((current as unknown as { value: string }).value).split(/\s+/).filter(Boolean).length;
    for (const child of (current as Parent).children ?? []) walk(child);
  };
  if (node) walk(node);
  return count;
}

/**
 * A heading where a termijn begins ("Tweede termijn"), so the body shows what the contents list:
 * one level below the section (agenda item) it begins in, else an h2.
 */
function insertTermijnHeadings(tree: Root): void {
  const sectionLevel = (child: Root['children'][number]) => (child.type === 'leafDirective' && child.name === 'heading' ? Number(child.attributes?.level ?? 1) : undefined);
  const starts = new Map(
    termijnStarts(
      tree.children.map((child) => {
        const termijn = child.type === 'containerDirective' && child.name === 'speech' ? child.attributes?.termijn : undefined;
        return { termijn: termijn ? Number(termijn) : undefined, section: sectionLevel(child) !== undefined };
      }),
    ).map((start) => [start.index, start]),
  );
  const children: Root['children'] = [];
  // A section heading of model level n is an h(n+1) (see 'heading' below); its termijnen one below that.
  let level = 2;
  tree.children.forEach((child, index) => {
    const section = sectionLevel(child);
    if (section !== undefined) level = Math.min(6, section + 2);
    const start = starts.get(index);
    if (start) children.push(element(`h${level}`, { id: start.anchor, className: ['termijn-heading'] }, [text(termijnLabel(start.termijn))]) as never);
    children.push(child);
  });
  tree.children = children;
}

/** How many items an agenda has, in words: '1 punt', '7 punten'. */
function agendaSize(count: number): string {
  return `${count} ${count === 1 ? 'punt' : 'punten'}`;
}

/**
 * The line that announces the agenda ("Aan de orde is de behandeling van:") where it stands in view,
 * its papers moved into the folded agenda at the top: a link to the agenda follows it, so that the
 * line does not end in nothing. A line ending in a colon with no list after it, in a document that
 * has an agenda; one folded into the front matter is left as it is (the agenda is beside it).
 */
function pointToAgenda(tree: Root): void {
  const agenda = tree.children.find((child): child is ContainerDirective => child.type === 'containerDirective' && child.name === 'agenda');
  if (!agenda) return;
  const count = agenda.children.length;
  const isListItem = (child: Root['children'][number] | undefined) => child?.type === 'containerDirective' && child.name === 'passage' && child.attributes?.list !== undefined && child.attributes.list !== null;
  for (let index = tree.children.length - 1; index >= 0; index--) {
    const child = tree.children[index]!;
    if (child.type !== 'containerDirective' || child.name !== 'passage' || isListItem(tree.children[index + 1])) continue;
    const last = (child.children[0] as Parent | undefined)?.children.at(-1);
    if (last?.type !== 'text' || !/:\s*$/.test((last as unknown as { value: string }).value)) continue;
    const pointer = element('p', { className: ['agenda-pointer'], dataPagefindIgnore: '' }, [link('#agenda', [text(`Agenda (${agendaSize(count)})`)])]);
    tree.children.splice(index + 1, 0, pointer as never);
  }
}

/**
 * A report's front matter (its header lines, introduction, signatures, attendance: often ten
 * lines before the first word spoken) folded, as the agenda is: on a phone the first screen shows
 * the debate, not its paperwork. Folded, not dropped: it is in the page, opens with a tap, and a
 * link to a line of it opens it (src/scripts/document-nav.ts).
 */
function foldFrontMatter(tree: Root): void {
  const isFrontMatter = (child: Root['children'][number]) => child.type === 'containerDirective' && child.name === 'passage' && child.attributes?.['front-matter'] !== undefined && child.attributes['front-matter'] !== null;
  const children: Root['children'] = [];
  let run: Root['children'] = [];
  const flush = () => {
    if (run.length === 0) return;
    const summary = element('summary', {}, [text(`Inleiding en aanwezigen (${run.length} ${run.length === 1 ? 'regel' : 'regels'})`)]);
    children.push(element('details', { className: ['front-matter'] }, [summary, ...run] as Node[]) as never);
    run = [];
  };
  // Only the run before the first section or turn: a line after an agenda item's heading ("Aan de
  // orde is de behandeling van:") opens that item, and stays in view.
  let folded = false;
  for (const child of tree.children) {
    if (!folded && isFrontMatter(child)) run.push(child);
    else {
      if (run.length > 0) folded = true;
      flush();
      children.push(child);
    }
  }
  flush();
  tree.children = children;
}

/** Turns Verslag's directives into semantic HTML. Text stays text nodes: nothing is injected as HTML. */
export function remarkVerslag(options: RemarkVerslagOptions) {
  const to = routes(options.base);
  return (tree: Root, file: { path?: string }) => {
    // The Markdown file is named after the document: generated/markdown/<id>.md.
    const documentId = (file.path ?? '').replace(/^.*\//, '').replace(/\.md$/, '');
    // The answers this document holds: a reference to another document's "vraag 25" links nowhere.
    const answers = new Set<string>();
    // Who sends the letter or the answers, as a citation of an answer names them.
    const sender = options.sender && citedPerson(options.sender);
    eachDirective(tree, (directive) => {
      if (directive.type === 'containerDirective' && directive.name === 'answer') answers.add(directive.attributes?.id ?? '');
    });
    insertTermijnHeadings(tree);
    foldFrontMatter(tree);
    pointToAgenda(tree);
    eachDirective(tree, (directive) => {
      const a = directive.attributes ?? {};
      const data = (directive.data ??= {});
      const set = (hName: string, hProperties: Properties = {}) => {
        data.hName = hName;
        data.hProperties = hProperties;
      };
      switch (directive.name) {
        case 'speech': {
          const classes = ['speech', `role-${a.role}`];
          if (a.interruption !== undefined) classes.push('interruption');
          const office = options.person?.(a.speaker ?? '')?.office;
          const role = a.role as Role | undefined;
          set('section', {
            className: classes,
            dataSpeaker: a.speaker ?? '',
            dataName: a.name ?? '',
            ...(a.party ? { dataParty: a.party } : {}),
            ...(a.termijn ? { dataTermijn: a.termijn } : {}),
            // Who "Citeer" names: the speaker with party, or with office for a member of the cabinet.
            dataCiteWho: citedPerson({ name: a.name ?? '', party: a.party ?? undefined, office: role === 'minister' || role === 'state-secretary' ? office : undefined, role }),
          });
          // A chair the source does not name has no person page: the label is not a link.
          const name = [text(a.name ?? '')];
          const label = [a.unresolved === undefined ? link(to.person(a.speaker!), name, { className: ['speaker'] }) : (element('span', { className: ['speaker'] }, name) as unknown as PhrasingContent)];
          if (a.party) label.push(text(' '), element('span', { className: ['party'] }, [text(`(${a.party})`)]) as unknown as PhrasingContent);
          if (role && role !== 'member') {
            const roleLabel = (role === 'minister' || role === 'state-secretary') && office ? inRunningText(office) : (ROLE_LABELS[role] ?? role);
            label.push(text(', '), element('span', { className: ['role'] }, [text(roleLabel)]) as unknown as PhrasingContent);
          }
          if (a.interruption !== undefined) label.push(text(' '), element('span', { className: ['interruption-label'] }, [text('interruptie')]) as unknown as PhrasingContent);
          // A turn's short passages ("Oké.", "Het woord is aan de heer Krul.") are minor: no "Citeer" of their own.
          for (const child of directive.children as Directive[]) {
            if (child.name === 'passage' && !child.attributes?.commitment && wordCount(child.children[0]) < MINOR_PASSAGE_WORDS) (child.attributes ??= {}).minor = '';
          }
          // The header's id lets search results name the speaker of a hit (the passage after it).
          const first = (directive.children[0] as Directive | undefined)?.attributes?.id;
          directive.children.unshift(element('p', { className: ['speech-header'], ...(first ? { id: `${first}-spreker` } : {}) }, label) as never);
          break;
        }
        case 'passage': {
          const classes = ['passage'];
          if (a.list !== undefined) classes.push('list-item');
          if (a.chair !== undefined) classes.push('chair-words');
          if (a.procedural !== undefined) classes.push('procedural', `procedural-${a.procedural || 'other'}`);
          if (a.commitment) classes.push('commitment', `commitment-${a.commitment}`);
          const paragraph = directive.children[0] as Parent | undefined;
          const content = (paragraph?.children ?? []) as PhrasingContent[];
          if (a.minor !== undefined) classes.push('minor');
          // A toezegging is cited as the minister's, also where the chair reads it out.
          const who: Properties = a.commitment ? { dataCiteWho: citedCommitment(options.person?.(a.by ?? ''), options.person?.(a.to ?? '')) } : {};
          set('p', { id: a.id ?? '', className: classes, ...(a.page ? { dataPage: a.page } : {}), ...who });
          const status = a.commitment as keyof typeof COMMITMENT_STATUS_LABELS | undefined;
          const label = status ? [element('span', { className: ['commitment-status'] }, [text(`Toezegging (${COMMITMENT_STATUS_LABELS[status]}): `)])] : [];
          // The chair's words inside another's turn (a motion's announcement) say whose they are.
          if (a.chair !== undefined) label.push(element('span', { className: ['chair-label'] }, [text('De voorzitter: ')]));
          const seeAlso = (options.passageLinks?.(documentId, a.id ?? '') ?? []).flatMap((target) => [
            text(' '),
            element('span', { className: ['see-also'] }, [link(target.href, [text(target.text)])]),
          ]);
          directive.children = [
            ...formerAnchors(a),
            ...label,
            ...content,
            ...seeAlso,
            text(' '),
            link(`#${a.id}`, [text('¶')], { className: ['anchor'], ariaLabel: 'Link naar deze passage', dataPagefindIgnore: '' }),
          ] as never;
          break;
        }
        case 'chair-change':
          set('p', { id: a.id ?? '', className: ['chair-change'], dataChair: a.speaker ?? '' });
          directive.children = [...formerAnchors(a), ...directive.children] as never;
          break;
        case 'heading': {
          const level = Math.min(6, Number(a.level ?? 1) + 1);
          set(`h${level}`, { id: a.id ?? '', className: ['section-heading'] });
          break;
        }
        case 'question':
          set('section', {
            id: a.id ?? '',
            className: ['question'],
            dataNumber: a.number ?? '',
            dataParty: a.party ?? '',
            dataCiteWho: citedQuestion(a.number ?? '', options.person?.(a.asker ?? ''), a.party ?? undefined),
          });
          directive.children.unshift(
            element('p', { className: ['qa-label'], dataPagefindIgnore: '' }, [
              text(`Vraag ${a.number}${a.party ? ` (${a.party})` : ''} `),
              link(`#antwoord-${a.number}`, [text('naar het antwoord')], { className: ['qa-link'] }),
            ]) as never,
          );
          break;
        case 'answer':
          set('section', { id: a.id ?? '', className: ['answer'], dataQuestion: a.question ?? '', dataCiteWho: citedAnswer(a.question ?? '', sender) });
          directive.children.unshift(
            element('p', { className: ['qa-label'], dataPagefindIgnore: '' }, [
              text(`Antwoord op vraag ${a.question} `),
              link(`#vraag-${a.question}`, [text('naar de vraag')], { className: ['qa-link'] }),
            ]) as never,
          );
          break;
        case 'agenda':
          // Folded: the letters on the agenda are what the meeting is about, not the text to read first.
          set('details', { className: ['agenda'] });
          directive.children = [
            element('summary', {}, [element('h2', { id: 'agenda' }, [text('Agenda')]), text(` (${agendaSize(directive.children.length)})`)]),
            element('ul', {}, directive.children as Node[]),
          ] as never;
          break;
        case 'agenda-item':
          set('li', { id: a.id ?? '' });
          break;
        case 'footnotes':
          set('section', { className: ['footnotes'], ariaLabelledby: 'voetnoten' });
          directive.children = [
            element('h2', { id: 'voetnoten' }, [text('Voetnoten')]),
            element('ol', {}, directive.children as Node[]),
          ] as never;
          break;
        case 'footnote': {
          set('li', { id: a.id ?? '', value: a.number ?? '' });
          const paragraph = directive.children[0] as Parent | undefined;
          if (paragraph && a.from) {
            (paragraph.children as PhrasingContent[]).push(
              text(' '),
              link(`#${a.from}`, [text('↩')], { className: ['footnote-back'], ariaLabel: `Terug naar de tekst bij voetnoot ${a.number}` }),
            );
          }
          break;
        }
        case 'unclassified':
          set('section', { className: ['unclassified'], ariaLabelledby: 'niet-geplaatst' });
          directive.children = [
            element('h2', { id: 'niet-geplaatst' }, [text('Niet geplaatste tekst')]),
            element('p', {}, [text('Deze tekst uit de bron kon Verslag niet in de structuur van het document plaatsen. Hij staat hier zoals in de bron, met het regelnummer.')]),
            element('ul', {}, directive.children as Node[]),
          ] as never;
          break;
        case 'unclassified-line':
          set('li', { dataLine: a.line ?? '' });
          directive.children = [element('span', { className: ['source-line'] }, [text(`Regel ${a.line}: `)]), ...(directive.children as PhrasingContent[])] as never;
          break;
        case 'fn':
          set('sup', { className: ['footnote-call'] });
          directive.children = [
            link(`#voetnoot-${a.number}`, directive.children as PhrasingContent[], { ariaLabel: `Voetnoot ${a.number}` }),
          ] as never;
          break;
        case 'ref':
          switch (a.kind) {
            case 'paper': {
              // A cited paper the corpus holds links to its page; any other to its official publication.
              const paper = { dossier: a.dossier!, number: a.number! };
              const id = options.documentForPaper?.(paper);
              set('a', id ? { href: to.document(id), className: ['ref', 'ref-paper'] } : { href: officialPaperUrl(paper), className: ['ref', 'ref-paper', 'external'], rel: 'external' });
              break;
            }
            case 'question':
              if (answers.has(`antwoord-${a.id}`)) set('a', { href: `#antwoord-${a.id}`, className: ['ref', 'ref-question'] });
              else set('span', { className: ['ref', 'ref-question'] });
              break;
            case 'url':
              set('a', { href: a.id ?? '', className: ['ref', 'ref-url'], rel: 'external noopener' });
              break;
            case 'commitment-id': {
              const year = options.registerIdYear?.(a.id!);
              if (year) set('a', { href: to.commitmentId(a.id!, year), className: ['ref', 'ref-commitment-id'] });
              else set('span', { className: ['ref', 'ref-commitment-id'] });
              break;
            }
            default:
              set('span', { className: ['ref', `ref-${a.kind}`], dataPeople: a.people ?? '' });
          }
          break;
        default:
          throw new Error(`unknown directive "${directive.name}" in annotated Markdown`);
      }
    });
  };
}
