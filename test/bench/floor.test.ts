import { describe, expect, it } from 'vitest';
import { buildFloor, formatFloor } from '../../src/bench/floor.ts';

describe('the floor of a build', () => {
  // The parts as measured alone at 1,000 documents on the project's 2-core machine (README, Performance).
  const parts = { ingestCpuSeconds: 18.4, astroCpuSeconds: 34.0, indexCpuSeconds: 34.3, cores: 2, astroAgainSeconds: 9.6 };

  it("spreads the parts' CPU time over every core, and compares it with the peer and the rebuild with Astro's own", () => {
    const figures = buildFloor(parts, 29.8, 70.8);
    expect(figures.cleanSeconds).toBeCloseTo(43.35, 2);
    expect(figures.ofPeer).toBeCloseTo(43.35 / 29.8, 6);
    expect(figures.rebuildFraction).toBeCloseTo(9.6 / 70.8, 6);
    expect(formatFloor(parts, figures)).toEqual([
      "floor of a clean build here, every core busy: (ingest 18.4 + Astro's pages 34.0 + Pagefind over the same words 34.3 CPU s) ÷ 2 cores = 43.3 s = ×1.45 of Hugo + Pagefind",
      "floor of a rebuild here: Astro's build with nothing changed 9.6 s = 0.14 of the clean build",
    ]);
  });
});
