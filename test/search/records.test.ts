import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParliamentaryDocument } from '../../src/model/document.ts';
import { bodyTexts } from '../../src/model/walk.ts';
import { readRecordUrl } from '../../src/search/record-url.ts';
import { documentRecords, wordCount, type SearchRecord } from '../../src/search/records.ts';
import { GENERATED } from '../../src/site/corpus.ts';
import { builtPage, id } from '../site/built-site.ts';

/** The default corpus's models, as `npm run build` ingested them (generated/json). */
const models = readdirSync(join(GENERATED, 'json'))
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(GENERATED, 'json', name), 'utf8')) as ParliamentaryDocument);
const model = (prefix: string) => models.find((doc) => doc.id.startsWith(prefix))!;

/** A record's details, read back from its URL as the search page reads them. */
const detailsOf = (record: SearchRecord) => readRecordUrl(record.url).details!;

/** A record's passages as its URL lists them (anchor and first word), each with its words cut from its content, and its label. */
function passagesOf(record: SearchRecord) {
  const words = record.content.split(/\s+/);
  const listed = detailsOf(record).passages;
  return listed.map(([anchor, from, label], index) => ({ anchor, label, words: words.slice(from, listed[index + 1]?.[1] ?? words.length).join(' ') }));
}

describe('documentRecords', () => {
  it('makes a record of each speaker\'s speeches, with their own speaker, party, role and the document\'s kind, year, committee and dossier', () => {
    const debate = model('commissiedebat-2025-01-30');
    const records = documentRecords(debate);
    const speeches = debate.body.filter((block) => block.type === 'speech');
    const voices = new Set(speeches.map((speech) => JSON.stringify([speech.speaker.name, speech.speaker.party, speech.speaker.role])));
    expect(records.filter((record) => record.filters.spreker)).toHaveLength(voices.size);
    expect(voices.size).toBeLessThan(speeches.length / 3);
    const krul = records.find((record) => record.filters.spreker?.[0] === 'Krul')!;
    expect(readRecordUrl(krul.url)).toMatchObject({ page: '/documenten/commissiedebat-2025-01-30-opkomende-technologieen/', anchor: 'pq60aa4q' });
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
    // Pagefind indexes meta as words: only who speaks is there; what the result shows besides is in the URL.
    expect(krul.meta).toEqual({ wie: 'Krul (CDA)' });
    expect(detailsOf(krul)).toMatchObject({ title: 'Opkomende en toekomstige technologieën', kind: 'Commissiedebat', date: '30 januari 2025', label: 'Krul (CDA)' });
    // All of Krul's passages, his first speech's first, in reading order.
    const his = speeches.filter((speech) => speech.speaker.name === 'Krul').flatMap((speech) => speech.passages.map((passage) => passage.anchor));
    expect(passagesOf(krul).map((passage) => passage.anchor)).toEqual(his);
    expect(his.slice(0, 5)).toEqual(['pq60aa4q', 'pnejtzrk', 'pk4ag7yz', 'puc6m6nh', 'p8d6f7j7']);
    expect(speeches.filter((speech) => speech.speaker.name === 'Krul').length).toBeGreaterThan(1);
    expect(passagesOf(krul)[0]!.words).toMatch(/^Voorzitter, dank u wel\. Ik zei voorafgaand aan dit debat al /);
    // The state secretary is named with his office, the chair with the role.
    expect(records.find((record) => record.filters.spreker?.[0] === 'Szabó')!.meta.wie).toBe('Szabó, Staatssecretaris Koninkrijksrelaties en Digitalisering');
    expect(records.find((record) => record.filters.rol?.[0] === 'voorzitter')!.meta.wie).toBe('Valize (PVV), voorzitter');
  });

  it('gives questions their asker and party, and the answers the one member of the cabinet who answers, each passage named', () => {
    const records = documentRecords(model('antwoorden-2026'));
    const questions = records.find((record) => detailsOf(record).label === 'Vragen')!;
    expect(questions.filters).toMatchObject({ partij: ['Volt'], spreker: ['Dassen'], rol: ['Kamerlid'] });
    expect(readRecordUrl(questions.url)).toMatchObject({ page: '/documenten/antwoorden-2026-vragen-dassen-over-ai/', anchor: 'vraag-1' });
    // Twelve questions of one member: one record, each passage named by its question, landing on it.
    expect(passagesOf(questions).map((passage) => [passage.anchor, passage.label])).toEqual(Array.from({ length: 12 }, (_, index) => [`vraag-${index + 1}`, `Vraag ${index + 1}`]));
    const answers = records.find((record) => detailsOf(record).label === 'Antwoorden')!;
    expect(answers.filters).toMatchObject({ spreker: ['Aerdts'], rol: ['staatssecretaris'] });
    expect(answers.filters.partij).toBeUndefined();
    expect(passagesOf(answers)[0]).toMatchObject({ anchor: 'antwoord-1', label: 'Antwoord op vraag 1' });
    expect(passagesOf(answers)[1]).toMatchObject({ anchor: 'p472if9s', label: 'Antwoord op vraag 1' });
    expect(readRecordUrl(answers.url).anchor).toBe('antwoord-1');
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
