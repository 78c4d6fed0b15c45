import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParliamentaryDocument } from '../../src/model/document.ts';
import { bodyTexts } from '../../src/model/walk.ts';
import { documentRecords, wordCount } from '../../src/search/records.ts';
import { GENERATED } from '../../src/site/corpus.ts';
import { builtPage, id } from '../site/built-site.ts';

/** The default corpus's models, as `npm run build` ingested them (generated/json). */
const models = readdirSync(join(GENERATED, 'json'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(GENERATED, 'json', name), 'utf8')) as ParliamentaryDocument);
const model = (prefix: string) => models.find((doc) => doc.id.startsWith(prefix))!;

/** A record's passages: its `passages` meta ('p1:0 p2:57') with each passage's words cut from its content. */
function passagesOf(record: ReturnType<typeof documentRecords>[number]) {
  const words = record.content.split(/\s+/);
  const listed = record.meta.passages!.split(' ').map((entry) => ({ anchor: entry.slice(0, entry.lastIndexOf(':')), from: Number(entry.slice(entry.lastIndexOf(':') + 1)) }));
  return listed.map(({ anchor, from }, index) => ({ anchor, words: words.slice(from, listed[index + 1]?.from ?? words.length).join(' ') }));
}

describe('documentRecords', () => {
  it('makes a record of each speech, with its own speaker, party, role and the document\'s kind, year, committee and dossier', () => {
    const debate = model('commissiedebat-2025-01-30');
    const records = documentRecords(debate);
    expect(records.filter((record) => record.filters.spreker)).toHaveLength(debate.body.filter((block) => block.type === 'speech').length);
    const krul = records.find((record) => record.filters.spreker?.[0] === 'Krul')!;
    expect(krul.url).toBe('/documenten/commissiedebat-2025-01-30-opkomende-technologieen/#pq60aa4q');
    expect(krul.filters).toEqual({
      soort: ['Commissiedebat'],
      jaar: ['2025'],
      commissie: ['vaste commissie voor Digitale Zaken'],
      dossier: ['26643'],
      document: ['commissiedebat-2025-01-30-opkomende-technologieen'],
      partij: ['CDA'],
      spreker: ['Krul'],
      rol: ['Kamerlid'],
    });
    expect(krul.meta).toMatchObject({ title: 'Opkomende en toekomstige technologieën', soort: 'Commissiedebat', datum: '30 januari 2025', label: 'Krul (CDA)', wie: 'Krul (CDA)' });
    expect(passagesOf(krul).map((passage) => passage.anchor)).toEqual(['pq60aa4q', 'pnejtzrk', 'pk4ag7yz', 'puc6m6nh', 'p8d6f7j7']);
    expect(passagesOf(krul)[0]!.words).toMatch(/^Voorzitter, dank u wel\. Ik zei voorafgaand aan dit debat al /);
    // The state secretary is named with his office, the chair with the role.
    expect(records.find((record) => record.filters.spreker?.[0] === 'Szabó')!.meta.wie).toBe('Szabó, Staatssecretaris Koninkrijksrelaties en Digitalisering');
    expect(records.find((record) => record.filters.rol?.[0] === 'voorzitter')!.meta.wie).toBe('Valize (PVV), voorzitter');
  });

  it('gives a question its asker and party, and the answer the one member of the cabinet who answers', () => {
    const records = documentRecords(model('antwoorden-2026'));
    const question = records.find((record) => record.meta.label === 'Vraag 1')!;
    expect(question.filters).toMatchObject({ partij: ['Volt'], spreker: ['Dassen'], rol: ['Kamerlid'] });
    expect(question.url).toBe('/documenten/antwoorden-2026-vragen-dassen-over-ai/#vraag-1');
    const answer = records.find((record) => record.meta.label === 'Antwoord op vraag 1')!;
    expect(answer.filters).toMatchObject({ spreker: ['Aerdts'], rol: ['staatssecretaris'] });
    expect(answer.filters.partij).toBeUndefined();
  });

  it('keeps every word of each document in its records, once, each passage under the id it has on the page', () => {
    for (const doc of models) {
      const records = documentRecords(doc);
      const page = builtPage(`documenten/${doc.id}/`);
      const ids = new Set(page.all('[id]').map(id));
      for (const record of records) {
        for (const passage of passagesOf(record)) if (passage.anchor) expect(ids.has(passage.anchor), `${doc.id}#${passage.anchor}`).toBe(true);
      }
      const words = (texts: string[]) => texts.reduce((sum, text) => sum + wordCount(text), 0);
      const title = [doc.title, doc.dossierTitle, doc.committee].filter((text): text is string => !!text);
      const footnotes = doc.footnotes.map((footnote) => `${footnote.number} ${footnote.text}`);
      expect(words(records.map((record) => record.content)), doc.id).toBe(words([...title, ...bodyTexts(doc), ...footnotes]));
    }
  });

  it('cuts each record into its passages where their words start', () => {
    const letter = model('kamerbrief-2025-07');
    const texts = new Map<string, string>();
    for (const block of letter.body) {
      if (block.type === 'paragraph') texts.set(block.passage.anchor, block.passage.text);
    }
    let checked = 0;
    for (const record of documentRecords(letter)) {
      for (const passage of passagesOf(record)) {
        const text = texts.get(passage.anchor);
        if (text === undefined) continue;
        expect(passage.words).toBe(text.trim().split(/\s+/).join(' '));
        checked++;
      }
    }
    expect(checked).toBe(texts.size);
  });
});
