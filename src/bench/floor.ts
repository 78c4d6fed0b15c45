/**
 * The floor of a Verslag build on the machine that runs the benchmark: what its parts cost alone,
 * with nothing of Verslag's own around them, so that a target can be judged against what the stack
 * can do here. A clean build cannot take less wall time than the CPU time of its parts spread over
 * every core: the ingest alone, Astro's pages alone (no search index), and an index of the same
 * words at Pagefind's own cost, the CPU time its command spends on the peer's pages (one record per
 * page, no filters). A rebuild cannot take less than Astro's build with nothing changed.
 */
export interface FloorParts {
  ingestCpuSeconds: number;
  astroCpuSeconds: number;
  /** Pagefind's CPU time over the peer's pages: the same words, indexed as cheaply as Pagefind does. */
  indexCpuSeconds: number;
  cores: number;
  /** Astro's build again in the same project, with nothing changed (its incremental build). */
  astroAgainSeconds: number;
}

export interface FloorFigures {
  /** The CPU time of the parts spread over every core. */
  cleanSeconds: number;
  /** That floor over the peer's wall time (Hugo + Pagefind): the least ratio this machine allows. */
  ofPeer: number;
  /** Astro's build with nothing changed over Verslag's whole clean build: the least rebuild fraction. */
  rebuildFraction: number;
}

export function buildFloor(parts: FloorParts, peerSeconds: number, cleanSeconds: number): FloorFigures {
  const floor = (parts.ingestCpuSeconds + parts.astroCpuSeconds + parts.indexCpuSeconds) / parts.cores;
  return { cleanSeconds: floor, ofPeer: floor / peerSeconds, rebuildFraction: parts.astroAgainSeconds / cleanSeconds };
}

/** The floor in words, two lines, for the benchmark's summary. */
export function formatFloor(parts: FloorParts, figures: FloorFigures): string[] {
  const cpu = (seconds: number) => seconds.toFixed(1);
  return [
    `floor of a clean build here, every core busy: (ingest ${cpu(parts.ingestCpuSeconds)} + Astro's pages ${cpu(parts.astroCpuSeconds)} + Pagefind over the same words ${cpu(parts.indexCpuSeconds)} CPU s) ÷ ${parts.cores} cores = ` +
      `${figures.cleanSeconds.toFixed(1)} s = ×${figures.ofPeer.toFixed(2)} of Hugo + Pagefind`,
    `floor of a rebuild here: Astro's build with nothing changed ${parts.astroAgainSeconds.toFixed(1)} s = ${figures.rebuildFraction.toFixed(2)} of the clean build`,
  ];
}
