import { gunzipSync } from 'node:zlib';
import { close, createIndex } from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { PASSAGE_ID, markPassageAnchors } from '../../src/search/passage-anchors.ts';
import { builtFile, builtPages } from '../site/built-site.ts';

const DEBATE_PAGE = 'documenten/commissiedebat-2025-01-30-opkomende-technologieen/index.html';

interface Anchor {
  element: string;
  id: string;
  text: string;
  location: number;
}
interface Fragment {
  url: string;
  content: string;
  anchors: Anchor[];
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

const ids = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]!);
const text = (html: string) => html.replace(/<[^>]*>/g, '');

/** What Pagefind stores for one page: its fragment (gzipped JSON after Pagefind's signature). */
async function pagefindFragment(html: string): Promise<Fragment> {
  const { index } = await createIndex({ forceLanguage: 'nl' });
  await index!.addHTMLFile({ url: '/documenten/x/', content: html });
  const { files } = await index!.getFiles();
  await index!.deleteIndex();
  const fragments = files.filter((file) => file.path.startsWith('fragment/'));
  expect(fragments).toHaveLength(1);
  const json = gunzipSync(fragments[0]!.content).toString('utf8');
  return JSON.parse(json.slice(json.indexOf('{'))) as Fragment;
}

afterAll(() => close());

describe('markPassageAnchors', () => {
  it('moves every passage id of the built documents onto an empty marker, and changes no text', () => {
    const pages = builtPages().filter((page) => page.startsWith('documenten/'));
    expect(pages).toHaveLength(5);
    for (const page of pages) {
      const html = builtFile(page);
      const marked = markPassageAnchors(html);
      expect(ids(marked), page).toEqual(ids(html));
      expect(text(marked), page).toBe(text(html));
      const passages = ids(html).filter((id) => PASSAGE_ID.test(id) && new RegExp(`<(?:p|li)\\b[^>]*\\sid="${id}"`).test(html));
      expect(passages.length, page).toBeGreaterThan(0);
      for (const id of passages) expect(marked, `${page} #${id}`).toContain(`><span id="${id}"></span>`);
      expect(marked, page).not.toMatch(/<(?:p|li)\b[^>]*\sid="p[0-9a-z]{7}"/);
    }
  });

  it('keeps headings and speech headers as they are: the search page shows their text', () => {
    const html = '<h3 id="s-1-2">Termijn</h3><p class="speech-header" id="pabcdefg-spreker"><a href="/personen/krul/">Krul</a></p>';
    expect(markPassageAnchors(html)).toBe(html);
  });

  it('reads attributes whose values hold > or an id-like word', () => {
    const html = '<p class="passage" data-note="a > b id=&quot;x&quot;" id="pabcdefg" data-page="3">Tekst</p>';
    expect(markPassageAnchors(html)).toBe('<p class="passage" data-note="a > b id=&quot;x&quot;" data-page="3"><span id="pabcdefg"></span>Tekst</p>');
  });

  it('gives Pagefind the same words, filters and anchor positions, without the passages\' text a second time', async () => {
    const html = builtFile(DEBATE_PAGE);
    const [original, marked] = [await pagefindFragment(html), await pagefindFragment(markPassageAnchors(html))];
    expect(marked.content).toBe(original.content);
    expect(marked.filters).toEqual(original.filters);
    expect(marked.meta).toEqual(original.meta);
    const position = ({ id, location }: Anchor) => ({ id, location });
    expect(marked.anchors.map(position)).toEqual(original.anchors.map(position));
    const passages = marked.anchors.filter((anchor) => PASSAGE_ID.test(anchor.id) && anchor.element === 'span');
    expect(passages.length).toBeGreaterThan(100);
    for (const anchor of passages) expect(anchor.text).toBe('');
    // The labels the search page shows keep their text: a speech header names its speaker.
    const header = marked.anchors.find((anchor) => anchor.id.endsWith('-spreker'))!;
    expect(header.text).toBe(original.anchors.find((anchor) => anchor.id === header.id)!.text);
    expect(header.text).toMatch(/^[A-Z]/);
    expect(JSON.stringify(marked).length).toBeLessThan(0.7 * JSON.stringify(original).length);
  });
});
