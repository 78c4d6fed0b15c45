import { describe, expect, it } from 'vitest';
import { createAnchorAllocator } from '../src/ingest/anchors.ts';

describe('passage anchors', () => {
  it('depend on the words, not on the position', () => {
    const before = createAnchorAllocator();
    const first = before.passage('Voorzitter. Dank u wel.', 'krul');
    const after = createAnchorAllocator();
    after.passage('Een nieuwe alinea die eerder in de bron is ingevoegd.', 'krul');
    expect(after.passage('Voorzitter. Dank u wel.', 'krul')).toBe(first);
    expect(first).toMatch(/^p[0-9a-z]{7}$/);
  });

  it('tell identical passages apart by occurrence and by scope', () => {
    const anchors = createAnchorAllocator();
    const one = anchors.passage('Dank u wel.', 'voorzitter');
    expect(anchors.passage('Dank u wel.', 'voorzitter')).toBe(`${one}-2`);
    expect(anchors.passage('Dank u wel.', 'szabo')).not.toMatch(new RegExp(`^${one}`));
  });

  it('ignore differences of white space and case', () => {
    const anchors = createAnchorAllocator();
    expect(createAnchorAllocator().passage('Dank  u\nwel.')).toBe(anchors.passage('dank u wel.'));
  });

  it('refuse a fixed anchor twice', () => {
    const anchors = createAnchorAllocator();
    anchors.fixed('vraag-1');
    expect(() => anchors.fixed('vraag-1')).toThrow(/vraag-1/);
  });
});
