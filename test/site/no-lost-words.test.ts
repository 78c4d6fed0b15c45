import { readFileSync, readdirSync } from 'node:fs';
import type { ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import type { ParliamentaryDocument } from '../../src/model/document.ts';
import { bodyTexts } from '../../src/model/walk.ts';
import { expectTextsInOrder } from '../helpers/no-lost-words.ts';
import { SITES, builtPage } from './built-site.ts';

/**
 * No word is lost on the way to the reader: every text of each document's model (its body in
 * reading order, then its footnotes) appears on the document's built page, whole and in order.
 * The ingest tests prove source → model; this proves model → HTML.
 */
const JSON_DIR = new URL('../../generated/json/', import.meta.url);
const ids = readdirSync(JSON_DIR).filter((file) => file.endsWith('.json')).map((file) => file.replace(/\.json$/, ''));
const modelOf = (id: string): ParliamentaryDocument => JSON.parse(readFileSync(new URL(`${id}.json`, JSON_DIR), 'utf8'));

/**
 * The text of the document on its page: not its metadata header or table of contents (which repeat
 * headings), nor the footnote calls the page adds into the words (the model keeps them apart).
 */
function documentText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element') return '';
  if (node.tagName === 'header' || node.tagName === 'nav') return '';
  if (String(node.properties.className ?? '').split(/[ ,]/).includes('footnote-call')) return '';
  return node.children.map(documentText).join('');
}

describe.each(Object.entries(SITES))('the %s build', (name, site) => {
  it('has a page for each of the five documents', () => {
    expect(ids).toHaveLength(5);
  });

  it.each(ids)('shows every word of %s, in order', (id) => {
    const model = modelOf(id);
    const page = builtPage(`/documenten/${id}/`, site);
    const text = documentText(page.one('article.document'));
    const texts = [...bodyTexts(model), ...model.footnotes.map((footnote) => footnote.text)];
    expect(texts.length).toBeGreaterThan(10);
    expectTextsInOrder(text, texts, `the page of ${id}`);
  });
});
