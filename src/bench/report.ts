/** One row of the benchmark's table: a stage and what it cost and produced. */
export interface StageResult {
  stage: string;
  seconds?: number;
  /** CPU seconds, user and system, over all cores: above the wall time when the stage runs in parallel. */
  cpuSeconds?: number;
  peakRssBytes?: number;
  /** Documents ingested, or HTML pages written. */
  pages?: number;
  outputBytes?: number;
  indexBytes?: number;
  /** Megabytes of source text per second of wall time (ingest). */
  sourceMBps?: number;
  /** Megabytes of source text per CPU second: what one core gets through (ingest). */
  sourceMBpsPerCore?: number;
  note?: string;
}

const MB = 1e6;

const COLUMNS: { title: string; value: (row: StageResult) => string }[] = [
  { title: 'stage', value: (row) => row.stage },
  { title: 'wall s', value: (row) => fixed(row.seconds, 2) },
  { title: 'CPU s', value: (row) => fixed(row.cpuSeconds, 2) },
  { title: 'peak RSS MB', value: (row) => fixed(row.peakRssBytes && row.peakRssBytes / MB, 0) },
  { title: 'pages', value: (row) => (row.pages === undefined ? '–' : String(row.pages)) },
  { title: 'output MB', value: (row) => fixed(row.outputBytes && row.outputBytes / MB, 2) },
  { title: 'index MB', value: (row) => fixed(row.indexBytes && row.indexBytes / MB, 2) },
  { title: 'source MB/s', value: (row) => fixed(row.sourceMBps, 2) },
  { title: 'per core', value: (row) => fixed(row.sourceMBpsPerCore, 2) },
  { title: 'note', value: (row) => row.note ?? '' },
];

/** A figure with `digits` decimals, or '–' when there is none. */
export function fixed(value: number | undefined, digits: number): string {
  return value === undefined || Number.isNaN(value) ? '–' : value.toFixed(digits);
}

/** The results as an aligned plain-text table (numbers right-aligned). */
export function formatTable(rows: StageResult[]): string {
  const cells = [COLUMNS.map((column) => column.title), ...rows.map((row) => COLUMNS.map((column) => column.value(row)))];
  const widths = COLUMNS.map((_, index) => Math.max(...cells.map((line) => line[index]!.length)));
  const line = (values: string[]) =>
    values
      .map((value, index) => (index === 0 || index === COLUMNS.length - 1 ? value.padEnd(widths[index]!) : value.padStart(widths[index]!)))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
