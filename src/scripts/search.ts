/**
 * The search page: Pagefind's JavaScript API with our own Dutch interface. A document is indexed
 * as one record per speaker, one per asker of questions, one for the answers and one for the rest
 * of its text (src/search/records.ts), each with its speaker's filters; this page groups the records that match by document, shows each
 * record's passage with the most hits (within one document, every passage with hits), and counts
 * the facets over the current query and filters.
 * Text from the index is inserted as text, never as HTML.
 */

import { DOCUMENT_FILTER, type Facet } from '../search/record-filters.ts';
import { readRecordUrl } from '../search/record-url.ts';
import { SearchIndexes, type FilterCounts, type Filters, type PagefindResultData, type Sort } from './search-indexes.ts';

/** The facets a reader can narrow by (the records' filters, src/search/records.ts), with their Dutch labels. */
const FACET_LABELS: Record<Facet, string> = {
  soort: 'Soort',
  jaar: 'Jaar',
  commissie: 'Commissie',
  dossier: 'Dossier',
  partij: 'Partij',
  spreker: 'Spreker',
  rol: 'Rol',
};
const RESULTS_PER_PAGE = 20;
/** Records shown per document; the others are behind "Meer treffers in dit document". */
const RECORDS_PER_RESULT = 3;
/** Within one document, every hit up to this many. */
const RECORDS_IN_DOCUMENT = 100;
/** Passages with hits shown per record (a record is a speaker's speeches in a document): the best one; within one document, up to twenty. */
const PASSAGES_PER_RECORD = 1;
const PASSAGES_IN_DOCUMENT = 20;
/** Records whose data is loaded at a time; the first batch is shown as soon as it is in. */
const BATCH = 10;
const EXCERPT_WORDS = 30;

const form = document.querySelector<HTMLFormElement>('#search')!;
const input = form.querySelector<HTMLInputElement>('#search-query')!;
const sort = form.querySelector<HTMLSelectElement>('#search-sort')!;
const refine = form.querySelector<HTMLDetailsElement>('#search-refine')!;
const refineCount = form.querySelector<HTMLElement>('#search-refine-count')!;
const filterControls = form.querySelector<HTMLElement>('#search-filter-controls')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const scope = document.querySelector<HTMLElement>('#search-scope')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const base = form.dataset.base ?? '/';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A passage of a record: its anchor ('' for the top of the page), where its words start and end, and its own label where it has one. */
interface PassageSpan {
  anchor: string;
  from: number;
  to: number;
  label?: string;
}

/** A result as this page uses it: a record's words and hits, with what its URL says of it (src/search/record-url.ts), or a page indexed as HTML. */
interface Hit {
  /** The page the record belongs to, without the passage. */
  page: string;
  title: string;
  /** 'Commissiedebat · 30 januari 2025'. */
  subtitle: string;
  label: string;
  wie?: string;
  words: string[];
  locations: number[];
  spans: PassageSpan[];
}

function hitOf(data: PagefindResultData): Hit {
  const { page, details } = readRecordUrl(data.url);
  const words = data.content.split(/\s+/);
  const spans: PassageSpan[] = (details?.passages ?? [['', 0]]).map(([anchor, from, label]) => ({ anchor, from, to: words.length, ...(label ? { label } : {}) }));
  spans.forEach((span, index) => (span.to = spans[index + 1]?.from ?? words.length));
  return {
    page,
    title: details?.title ?? data.meta.title ?? page,
    subtitle: details ? [details.kind, details.date].join(' · ') : '',
    label: details?.label ?? 'Passage',
    ...(data.meta.wie ? { wie: data.meta.wie } : {}),
    words,
    locations: data.locations,
    spans,
  };
}

/**
 * The passages of a record that hold hits, with those hits, the most hits first (in reading order
 * where equal); a record whose hits Pagefind does not place gives its first passage.
 */
function hitPassages({ spans, locations }: Hit): { span: PassageSpan; hits: Set<number> }[] {
  const found = spans
    .map((span) => ({ span, hits: new Set(locations.filter((location) => location >= span.from && location < span.to)) }))
    .filter(({ hits }) => hits.size > 0)
    .sort((a, b) => b.hits.size - a.hits.size || a.span.from - b.span.from);
  return found.length > 0 ? found : [{ span: spans[0]!, hits: new Set() }];
}

/** An excerpt of a passage's words around its first hit, with the hit words marked. */
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

/** What a passage is called in a result: who speaks ('Kathmann (GroenLinks-PvdA)'), or what it is ('Vraag 3 · Dassen (Volt)'). */
function passageLabel(hit: Hit, span: PassageSpan): string {
  const label = span.label ?? hit.label;
  if (!hit.wie || hit.wie === label) return label;
  return `${label} · ${hit.wie}`;
}

/** The records of one document (or the one page) that match, in the order of their scores. */
interface ResultGroup {
  page: string;
  records: Hit[];
}

/** The document id of a document's page (/documenten/<id>/), the value of its records' document filter. */
const documentIdOf = (page: string): string | undefined => /\/documenten\/([^/]+)\/$/.exec(page)?.[1];

function renderGroup(group: ResultGroup, hitsInDocument: number, params: URLSearchParams, perGroup: number, passagesPerRecord: number): HTMLLIElement {
  const first = group.records[0]!;
  const item = element('li', 'search-result');
  const heading = element('h2', 'search-result-title');
  const link = element('a', undefined, first.title);
  link.href = group.page;
  heading.append(link);
  item.append(heading, element('p', 'meta', first.subtitle));
  const passages = element('ul', 'search-passages');
  /** Whether a shown record has passages with hits that are not shown. */
  let passagesLeft = false;
  for (const hit of group.records.slice(0, perGroup)) {
    const found = hitPassages(hit);
    passagesLeft ||= found.length > passagesPerRecord;
    for (const { span, hits } of found.slice(0, passagesPerRecord)) {
      const entry = element('li');
      const passageLink = element('a', 'search-passage-link', passageLabel(hit, span));
      passageLink.href = span.anchor ? `${group.page}#${span.anchor}` : group.page;
      entry.append(passageLink, excerpt(hit.words, hits, span.from, span.to));
      passages.append(entry);
    }
  }
  item.append(passages);
  const id = documentIdOf(group.page);
  const shown = Math.min(perGroup, group.records.length);
  if (id && !params.get(DOCUMENT_FILTER) && (hitsInDocument > shown || passagesLeft)) {
    const more = new URLSearchParams(params);
    more.set(DOCUMENT_FILTER, id);
    const moreLink = element('a', 'search-more', 'Meer treffers in dit document');
    moreLink.href = `?${more}`;
    const line = element('p', 'search-more-line');
    line.append(moreLink);
    item.append(line);
  }
  return item;
}

/** The filters chosen in the URL: the facets and the document. */
function chosenFilters(params: URLSearchParams): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  for (const name of [...Object.keys(FACET_LABELS), DOCUMENT_FILTER]) {
    const value = params.get(name);
    if (value) filters[name] = [value];
  }
  return filters;
}

/**
 * A facet's values with the number of results each gives: the values that give results with the
 * current query and the other facets' choices (a chosen value is counted without its own facet, so
 * the reader can switch to another value), and the chosen value even when it gives none.
 */
function renderFacets(counts: FilterCounts, chosen: Record<string, string[]>) {
  filterControls.replaceChildren();
  for (const [name, label] of Object.entries(FACET_LABELS)) {
    const selected = chosen[name]?.[0] ?? '';
    const values = Object.entries(counts[name] ?? {}).filter(([value, count]) => count > 0 || value === selected);
    if (values.length === 0) continue;
    const id = `filter-${name}`;
    const wrapper = element('p');
    const labelElement = element('label', undefined, label);
    labelElement.htmlFor = id;
    const select = element('select');
    select.id = id;
    select.name = name;
    select.append(new Option('alle', ''));
    for (const [value, count] of values.sort(([a], [b]) => a.localeCompare(b, 'nl', { numeric: true }))) {
      select.append(new Option(`${value} (${count})`, value));
    }
    select.value = selected;
    wrapper.append(labelElement, ' ', select);
    filterControls.append(wrapper);
  }
  const active = Object.keys(chosen).filter((name) => name in FACET_LABELS).length;
  refineCount.textContent = active > 0 ? ` (${active} actief)` : '';
}

/**
 * The facet counts for the current query, counted on the facets' workers (search-indexes.ts): per
 * facet with a chosen value, a search without that choice (see renderFacets); the document filter's
 * counts are the hits per document.
 */
async function facetCounts(indexes: SearchIndexes, term: string, filters: Filters): Promise<FilterCounts> {
  const chosen = Object.keys(filters).filter((name) => name in FACET_LABELS);
  const [counts, ...without] = await Promise.all([
    indexes.counts(term, filters),
    ...chosen.map((name) => {
      const others = { ...filters };
      delete others[name];
      return indexes.counts(term, others);
    }),
  ]);
  chosen.forEach((name, at) => (counts![name] = without[at]![name] ?? {}));
  return counts!;
}

/** "12 treffers in 3 documenten voor „kabinet”". */
function summary(hits: number, documents: number, term: string): string {
  if (hits === 0) return `Geen resultaten voor „${term}”.`;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${count(hits, 'treffer', 'treffers')} in ${count(documents, 'document', 'documenten')} voor „${term}”`;
}

/** The scope line when the search is within one document: which one, and the way back to all of them. */
function renderScope(params: URLSearchParams, title: string | undefined) {
  scope.replaceChildren();
  scope.hidden = !params.get(DOCUMENT_FILTER);
  if (scope.hidden) return;
  const all = new URLSearchParams(params);
  all.delete(DOCUMENT_FILTER);
  const back = element('a', undefined, 'in alle documenten zoeken');
  back.href = `?${all}`;
  scope.append(`Alleen in „${title ?? params.get(DOCUMENT_FILTER)}”: `, back);
}

let generation = 0;

/** The sort the reader chose ('datum:desc'), or none: by relevance. */
function sortOf(params: URLSearchParams): Sort | undefined {
  const [field, direction] = (params.get('sort') ?? '').split(':');
  return field ? { [field]: direction === 'asc' ? 'asc' : 'desc' } : undefined;
}

async function run(indexes: SearchIndexes, params: URLSearchParams) {
  const current = ++generation;
  const term = params.get('q')?.trim() ?? '';
  const filters = chosenFilters(params);
  if (!term) {
    status.textContent = 'Typ een zoekterm.';
    list.replaceChildren();
    renderScope(params, undefined);
    const counts = await indexes.counts(null);
    if (current === generation) renderFacets(counts, filters);
    return;
  }
  status.textContent = 'Zoeken…';
  const oneDocument = !!filters[DOCUMENT_FILTER];
  const perGroup = oneDocument ? RECORDS_IN_DOCUMENT : RECORDS_PER_RESULT;
  const maxLoaded = oneDocument ? RECORDS_IN_DOCUMENT : RESULTS_PER_PAGE * RECORDS_PER_RESULT * 2;
  const sorted = sortOf(params);
  // Sorted, the results are those of the first shards in that order, enough for this page; counted, they are all.
  const results = await indexes.search(term, filters, sorted, maxLoaded);
  if (current !== generation) return;
  // Counted once the first result is on the screen, while the others load: the facets and the hits per document.
  let counting: Promise<FilterCounts> | undefined;
  const count = () => (counting ??= facetCounts(indexes, term, filters));
  /** Hits per document id, once counted. */
  let perDocument: Record<string, number> | undefined;
  const inDocuments = (counted: Record<string, number>) => Object.values(counted).reduce((sum, count) => sum + count, 0);
  // Results outside documents (people, parties) are a page each; a sort leaves them out (they have no date).
  const hitCount = (counted: Record<string, number>) => (sorted ? inDocuments(counted) : results.length);
  const documentCount = (counted: Record<string, number>) => Object.values(counted).filter((count) => count > 0).length + (hitCount(counted) - inDocuments(counted));

  // The records' data in batches, grouped by document, until a page of documents is full.
  const groups = new Map<string, ResultGroup>();
  const hitsOf = (page: string) => perDocument?.[documentIdOf(page) ?? ''] ?? 1;
  /** Whether the page is full: as many documents as it shows, each with the records it shows (until the hits per document are counted, one each). */
  const full = () =>
    groups.size >= Math.min(RESULTS_PER_PAGE, perDocument ? documentCount(perDocument) : RESULTS_PER_PAGE) &&
    [...groups.values()].every((group) => group.records.length >= Math.min(perGroup, hitsOf(group.page)));
  let loaded = 0;
  list.replaceChildren();
  const render = () => {
    list.replaceChildren(...[...groups.values()].map((group) => renderGroup(group, hitsOf(group.page), params, perGroup, oneDocument ? PASSAGES_IN_DOCUMENT : PASSAGES_PER_RECORD)));
  };
  /** Loads batches until the page is full; false if a newer search took over. */
  const fill = async (): Promise<boolean> => {
    while (loaded < results.length && loaded < maxLoaded && !full()) {
      // A batch loads at once; the first result is shown as soon as it is in (it waits for one fragment only), the rest per batch.
      const batch = results.slice(loaded, loaded + BATCH).map((result) => result.data());
      loaded += BATCH;
      for (const pending of batch) {
        const hit = hitOf(await pending);
        if (current !== generation) return false;
        const group = groups.get(hit.page);
        if (group) group.records.push(hit);
        else if (groups.size < RESULTS_PER_PAGE) groups.set(hit.page, { page: hit.page, records: [hit] });
        if (list.childElementCount === 0) {
          render();
          void count();
        }
      }
      render();
    }
    return current === generation;
  };
  if (!(await fill())) return;
  const counts = await count();
  if (current !== generation) return;
  perDocument = counts[DOCUMENT_FILTER] ?? {};
  // With the hits per document counted, a document may show more of its records, and "Meer treffers".
  if (!(await fill())) return;
  render();
  // The status once every result shown is in: a reader of a screen reader hears it once.
  const documents = documentCount(perDocument);
  const hits = hitCount(perDocument);
  const more = documents > RESULTS_PER_PAGE ? `, de eerste ${RESULTS_PER_PAGE} documenten getoond` : '';
  status.textContent = `${summary(hits, documents, term)}${hits > 0 ? `${more}.` : ''}`;
  renderScope(params, [...groups.values()][0]?.records[0]?.title);
  renderFacets(counts, filters);
}

async function start() {
  form.hidden = false;
  // Wide screens show the facets; on a phone they stay folded, so the first result is on the first screen.
  refine.open = window.matchMedia('(min-width: 60rem)').matches;
  const indexes = await SearchIndexes.open(base);
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  sort.value = params.get('sort') ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (input.value.trim()) next.set('q', input.value.trim());
    for (const select of filterControls.querySelectorAll<HTMLSelectElement>('select')) if (select.value) next.set(select.name, select.value);
    const within = new URLSearchParams(location.search).get(DOCUMENT_FILTER);
    if (within) next.set(DOCUMENT_FILTER, within);
    if (sort.value) next.set('sort', sort.value);
    history.replaceState(null, '', `?${next}`);
    void run(indexes, next);
  });
  // While the reader types, the index chunks for the words so far are fetched: the search on submit then only scores.
  input.addEventListener('input', () => {
    if (input.value.trim()) indexes.preload(input.value.trim());
  });
  filterControls.addEventListener('change', () => form.requestSubmit());
  sort.addEventListener('change', () => form.requestSubmit());
  await run(indexes, params);
}

start().catch((error: unknown) => {
  status.textContent = 'Het zoeken kon niet starten: de zoekindex ontbreekt of is niet bereikbaar.';
  console.error(error);
});

// A module (not a script whose names are global: `status` would be window.status).
export {};
