/**
 * The search page: Pagefind's JavaScript API with our own Dutch interface. Each page result is
 * split into the passages (elements with an id) that hold the hits, so a result lands on the
 * passage, not just the document. Text from the index is inserted as text, never as HTML.
 */

import { PASSAGE_ID } from '../search/passage-anchors.ts';

interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}
interface PagefindResultData {
  url: string;
  content: string;
  locations: number[];
  anchors: PagefindAnchor[];
  meta: Record<string, string>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(bundlePath: string, options?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options?: { filters?: Record<string, string[]>; sort?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Filters as the pages declare them (data-pagefind-filter), with their Dutch labels. */
const FILTER_LABELS: Record<string, string> = { soort: 'Soort', jaar: 'Jaar', commissie: 'Commissie', partij: 'Partij', spreker: 'Spreker' };
const RESULTS_PER_PAGE = 20;
const PASSAGES_PER_RESULT = 3;
const EXCERPT_WORDS = 30;

const form = document.querySelector<HTMLFormElement>('#search')!;
const input = form.querySelector<HTMLInputElement>('#search-query')!;
const sort = form.querySelector<HTMLSelectElement>('#search-sort')!;
const filterControls = form.querySelector<HTMLElement>('#search-filter-controls')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const base = form.dataset.base ?? '/';

/** A speech's header ('Krul (CDA)'), just before its first passage. */
const SPEAKER_ID = /-spreker$/;

/** Where a passage stands: the speech, question, answer or section it belongs to. */
function isContext(anchor: PagefindAnchor): boolean {
  return SPEAKER_ID.test(anchor.id) || /^(?:vraag|antwoord)-\d+$/.test(anchor.id) || /^h[2-6]$/.test(anchor.element);
}

/** What to call a passage in a result: the heading, question or speaker it stands under. */
function passageLabel(anchor: PagefindAnchor | undefined, context: PagefindAnchor | undefined): string {
  if (!anchor) return 'Begin van de pagina';
  const own = /^h[1-6]$/.test(anchor.element) || /^(?:vraag|antwoord)-\d+$/.test(anchor.id) ? anchor : context;
  if (anchor.id.startsWith('voetnoot-')) return `Voetnoot ${anchor.id.slice('voetnoot-'.length)}`;
  if (!own) return 'Passage';
  const question = /^(vraag|antwoord)-(\d+)$/.exec(own.id);
  if (question) return question[1] === 'vraag' ? `Vraag ${question[2]}` : `Antwoord op vraag ${question[2]}`;
  return own.text?.replace(/\s+interruptie$/, '').trim() || 'Passage';
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An excerpt of the words around a hit, with the hit words marked. */
function excerpt(words: string[], hits: Set<number>, from: number, to: number): HTMLElement {
  const first = hits.size > 0 ? Math.min(...hits) : from;
  const start = Math.max(from, Math.min(first - Math.floor(EXCERPT_WORDS / 3), to - EXCERPT_WORDS));
  const end = Math.min(to, start + EXCERPT_WORDS);
  const paragraph = element('p', 'excerpt');
  if (start > from) paragraph.append('… ');
  for (let index = start; index < end; index++) {
    if (index > start) paragraph.append(' ');
    paragraph.append(hits.has(index) ? element('mark', undefined, words[index]) : words[index]!);
  }
  if (end < to) paragraph.append(' …');
  return paragraph;
}

/** Groups a page's hits by the passage they fall in, most hits first. */
function passagesWithHits(data: PagefindResultData) {
  const anchors = data.anchors.filter((anchor) => PASSAGE_ID.test(anchor.id)).sort((a, b) => a.location - b.location);
  const contexts = data.anchors.filter(isContext).sort((a, b) => a.location - b.location);
  const contextAt = (location: number) => contexts.filter((context) => context.location <= location).at(-1);
  const words = data.content.split(/\s+/);
  const groups = new Map<number, { anchor?: PagefindAnchor; label: string; hits: Set<number>; from: number; to: number }>();
  for (const location of data.locations) {
    let index = -1;
    for (let i = 0; i < anchors.length && anchors[i]!.location <= location; i++) index = i;
    const group = groups.get(index) ?? {
      anchor: anchors[index],
      label: passageLabel(anchors[index], contextAt(anchors[index]?.location ?? -1)),
      hits: new Set<number>(),
      from: index < 0 ? 0 : anchors[index]!.location,
      to: anchors[index + 1]?.location ?? words.length,
    };
    group.hits.add(location);
    groups.set(index, group);
  }
  return { words, passages: [...groups.values()].sort((a, b) => b.hits.size - a.hits.size).slice(0, PASSAGES_PER_RESULT) };
}

function selectedFilters(): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const select of filterControls.querySelectorAll<HTMLSelectElement>('select')) {
    if (select.value) filters[select.name] = [select.value];
  }
  return filters;
}

function renderFilters(available: Record<string, Record<string, number>>, chosen: URLSearchParams) {
  filterControls.replaceChildren();
  for (const [name, label] of Object.entries(FILTER_LABELS)) {
    const values = available[name];
    if (!values || Object.keys(values).length === 0) continue;
    const id = `filter-${name}`;
    const wrapper = element('p');
    const labelElement = element('label', undefined, label);
    labelElement.htmlFor = id;
    const select = element('select');
    select.id = id;
    select.name = name;
    select.append(new Option('alle', ''));
    for (const value of Object.keys(values).sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }))) {
      select.append(new Option(`${value} (${values[value]})`, value));
    }
    select.value = chosen.get(name) ?? '';
    wrapper.append(labelElement, ' ', select);
    filterControls.append(wrapper);
  }
}

async function renderResult(result: PagefindResult): Promise<HTMLLIElement> {
  const data = await result.data();
  const item = element('li', 'search-result');
  const heading = element('h2', 'search-result-title');
  const link = element('a', undefined, data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const details = [data.meta.soort, data.meta.datum].filter(Boolean).join(' · ');
  item.append(heading, element('p', 'meta', details));
  const { words, passages } = passagesWithHits(data);
  const hits = element('ul', 'search-passages');
  for (const passage of passages) {
    const entry = element('li');
    const target = passage.anchor ? `${data.url.replace(/#.*$/, '')}#${passage.anchor.id}` : data.url;
    const passageLink = element('a', 'search-passage-link', passage.label);
    passageLink.href = target;
    entry.append(passageLink, excerpt(words, passage.hits, passage.from, passage.to));
    hits.append(entry);
  }
  item.append(hits);
  return item;
}

async function run(pagefind: Pagefind, params: URLSearchParams) {
  const term = params.get('q')?.trim() ?? '';
  if (!term) {
    status.textContent = 'Typ een zoekterm.';
    list.replaceChildren();
    return;
  }
  status.textContent = 'Zoeken…';
  const filters: Record<string, string[]> = {};
  for (const name of Object.keys(FILTER_LABELS)) {
    const value = params.get(name);
    if (value) filters[name] = [value];
  }
  const [field, direction] = (params.get('sort') ?? '').split(':');
  const search = await pagefind.search(term, { filters, ...(field ? { sort: { [field]: direction ?? 'desc' } } : {}) });
  const results = search?.results ?? [];
  const shown = await Promise.all(results.slice(0, RESULTS_PER_PAGE).map(renderResult));
  list.replaceChildren(...shown);
  status.textContent =
    results.length === 0 ? `Geen resultaten voor „${term}”.` : `${results.length} ${results.length === 1 ? 'document' : 'documenten'} voor „${term}”${results.length > RESULTS_PER_PAGE ? `, de eerste ${RESULTS_PER_PAGE} getoond` : ''}.`;
}

async function start() {
  form.hidden = false;
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: base });
  // A large corpus is indexed in shards (src/search/index-site.ts); Pagefind merges them here, all
  // loading at once (Pagefind registers each merged index before its first await, in this order).
  const shards = (await (await fetch(`${base}pagefind/shards.json`)).json()) as string[];
  await Promise.all(shards.map((shard) => pagefind.mergeIndex(`${base}pagefind/${shard}/`, { baseUrl: base })));
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') ?? '';
  renderFilters(await pagefind.filters(), params);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    for (const [name, values] of Object.entries(selectedFilters())) next.set(name, values[0]!);
    if (sort.value) next.set('sort', sort.value);
    history.replaceState(null, '', `?${next}`);
    void run(pagefind, next);
  });
  filterControls.addEventListener('change', () => form.requestSubmit());
  sort.addEventListener('change', () => form.requestSubmit());
  await run(pagefind, params);
}

start().catch((error: unknown) => {
  status.textContent = 'Het zoeken kon niet starten: de zoekindex ontbreekt of is niet bereikbaar.';
  console.error(error);
});
