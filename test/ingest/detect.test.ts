import { FORMATS } from '../../src/ingest/formats.ts';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/detect.ts';
import { seedText } from '../helpers/seeds.ts';

const seeds: [string, string][] = [
  ['commissiedebat-2025-01-30-opkomende-technologieen', 'debate-markdown'],
  ['algemeen-overleg-2020-03-11-digitalisering-en-cybersecurity', 'debate-pdf'],
  ['schriftelijk-overleg-2026-04-15-internationale-digitale-strategie', 'written-consultation'],
  ['kamerbrief-2025-07-moties-en-toezeggingen-digitalisering', 'letter-word'],
  ['antwoorden-2026-vragen-dassen-over-ai', 'answers-word'],
];

describe('format detection', () => {
  it.each(seeds)('recognises %s from its text alone as %s', (id, format) => {
    expect(detectFormat({ id, path: `${id}.txt`, text: seedText(id), metadata: {} })).toBe(format);
  });

  it('lets the metadata override the text', () => {
    expect(detectFormat({ id: 'x', path: 'x.txt', text: 'Melk', metadata: { format: 'letter-word' } })).toBe('letter-word');
  });

  it('gives every text a format: the generic document where nothing more specific fits', () => {
    expect(detectFormat({ id: 'x', path: 'content/x.txt', text: 'Melk\nBrood\n', metadata: {} })).toBe('document');
    expect(FORMATS.at(-1)!.name).toBe('document');
  });
});
