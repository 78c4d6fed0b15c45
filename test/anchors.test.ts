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

  it('tell identical passages apart by the passage before them, not by a count, and by scope', () => {
    const anchors = createAnchorAllocator();
    const one = anchors.passage('Dank u wel.', 'voorzitter');
    const between = anchors.passage('Ik geef het woord aan de heer Krul.', 'voorzitter');
    const two = anchors.passage('Dank u wel.', 'voorzitter');
    const three = anchors.passage('Dank u wel.', 'voorzitter');
    expect(new Set([one, two, three]).size).toBe(3);
    for (const anchor of [one, between, two, three]) expect(anchor).toMatch(/^p[0-9a-z]{7}$/);
    expect(anchors.passage('Dank u wel.', 'szabo')).not.toBe(one);
    // The second one's anchor is made of its words and the passage before it: another sentence
    // said earlier in the document does not change it.
    const elsewhere = createAnchorAllocator();
    elsewhere.passage('Dank u wel.', 'voorzitter');
    elsewhere.passage('Een ingevoegde alinea.', 'voorzitter');
    elsewhere.passage('Ik geef het woord aan de heer Krul.', 'voorzitter');
    expect(elsewhere.passage('Dank u wel.', 'voorzitter')).toBe(two);
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
