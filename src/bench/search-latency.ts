import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serveStatic } from '../files/static-server.ts';

/** Words every generated corpus holds (the default corpus's own sentences), common and rare, one and two words. */
export const LATENCY_QUERIES = ['kabinet', 'gezichtsherkenning', 'digitale overheid', 'kwantumcomputer', 'Europese Commissie'];

/** How long a reader waits for the search page, per query: ready is the page loaded with its index, first the first result after the query. */
export interface LatencyRun {
  query: string;
  /** From navigating to the search page to its being ready for a query: the form, and the facets listed (Pagefind and its filters loaded). */
  readyMs: number;
  /** From submitting the query to the first result on the screen. */
  firstResultMs: number;
  /** From opening the search page with the query in its address (`/zoeken/?q=…`, as the search box in every page's header does) to the first result on the screen. */
  arrivalMs: number;
  /** Documents the page reports for the query. */
  status: string;
}

export interface LatencyReport {
  /** The CPU slowed this many times (Chrome DevTools' Emulation.setCPUThrottlingRate): 1 is the machine's own speed, 4 as on a phone. */
  throttle: number;
  runs: LatencyRun[];
}

/**
 * Opens a built site's search page in Chromium, served over loopback as a static host would, and
 * measures for each query the time from submitting it to the first result on the screen, each in a
 * fresh page (so nothing of an earlier query is cached), at the machine's speed and with the CPU
 * slowed `throttles` times. A measurement, not a test: it prints what it finds and asserts nothing.
 */
export function measureSearchLatency(site: string, options: LatencyOptions = {}): Promise<LatencyReport[]> {
  return eachQuery(site, options, async (browser, url, query, throttle): Promise<LatencyRun> => {
    const { context, page } = await phonePage(browser, throttle);
    const started = performance.now();
    await page.goto(new URL('zoeken/', url).href);
    await page.locator('#search-status').filter({ hasText: 'Typ een zoekterm.' }).waitFor();
    // Ready when its facets are listed too: the page then does nothing until the reader submits.
    await page.locator('#search-filter-controls select').first().waitFor({ state: 'attached' });
    const readyMs = performance.now() - started;
    // Measured in the page, by the page's clock: from the submit to the first result in the list.
    await page.locator('#search-query').fill(query);
    const firstResultMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const list = document.querySelector('#search-results')!;
          const status = document.querySelector('#search-status')!;
          const submitted = performance.now();
          const done = () => {
            if (list.querySelector('li.search-result') || /Geen resultaten/.test(status.textContent ?? '')) {
              observer.disconnect();
              resolve(performance.now() - submitted);
            }
          };
          const observer = new MutationObserver(done);
          observer.observe(list, { childList: true });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
          document.querySelector<HTMLFormElement>('#search')!.requestSubmit();
        }),
    );
    await page.locator('#search-status').filter({ hasText: /voor „/ }).waitFor();
    const status = (await page.locator('#search-status').textContent()) ?? '';
    await context.close();
    return { query, readyMs, firstResultMs, arrivalMs: await arrival(browser, url, query, throttle), status };
  });
}

/** Which queries a measurement runs, and at which CPU speeds (1: the machine's own; 4: slowed four times, as on a phone). */
interface LatencyOptions {
  queries?: string[];
  throttles?: number[];
}

/**
 * The frame of a latency measurement: the site served over loopback as a static host would, one
 * Chromium, and `measure` run for each query at each CPU speed, in that order; its runs per speed.
 */
async function eachQuery<R>(site: string, options: LatencyOptions, measure: (browser: Browser, url: string, query: string, throttle: number) => Promise<R>): Promise<{ throttle: number; runs: R[] }[]> {
  const served = await serveStatic(site.endsWith('/') ? site : `${site}/`, '/');
  const browser = await launchChromium();
  try {
    const reports: { throttle: number; runs: R[] }[] = [];
    for (const throttle of options.throttles ?? [1, 4]) {
      const runs: R[] = [];
      for (const query of options.queries ?? LATENCY_QUERIES) runs.push(await measure(browser, served.url, query, throttle));
      reports.push({ throttle, runs });
    }
    return reports;
  } finally {
    await browser.close();
    await served.close();
  }
}

/** A fresh page as on a phone, in a context of its own (nothing of an earlier page cached), with the CPU slowed `throttle` times. */
async function phonePage(browser: Browser, throttle: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'nl-NL' });
  context.setDefaultTimeout(300_000);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page };
}

/**
 * From navigating to `/zoeken/?q=<query>` in a fresh page to the first result on the screen, by the
 * page's own clock (which starts at the navigation): what a reader waits after searching from a
 * page's header.
 */
async function arrival(browser: Browser, site: string, query: string, throttle: number): Promise<number> {
  const { context, page } = await phonePage(browser, throttle);
  try {
    // Installed before the page's own scripts run: notes when the first result (or "Geen resultaten") appears.
    await page.addInitScript(() => {
      const record = () => {
        const status = document.querySelector('#search-status')?.textContent ?? '';
        if (document.querySelector('#search-results li.search-result') || /Geen resultaten/.test(status)) {
          (window as unknown as { firstResultAt: number }).firstResultAt = performance.now();
          observer.disconnect();
        }
      };
      const observer = new MutationObserver(record);
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(new URL(`zoeken/?q=${encodeURIComponent(query)}`, site).href);
    await page.waitForFunction(() => 'firstResultAt' in window);
    return await page.evaluate(() => (window as unknown as { firstResultAt: number }).firstResultAt);
  } finally {
    await context.close();
  }
}

/** Pagefind's own search on a site, for one query: from search() to the first result's data, which a page needs to show it. */
export interface PagefindRun {
  query: string;
  firstResultMs: number;
  /** Pages Pagefind found. */
  pages: number;
}

/**
 * The peer's latency, as a reference for the search page's: Pagefind's own JavaScript API on a site
 * it indexed (one index, no filters, as `pagefind --site` writes it), each query in a fresh page as
 * on a phone, measured from search() to the first result's data, once Pagefind is loaded (init:
 * its entry, metadata and WebAssembly) and has answered one search (so that its worker and
 * WebAssembly are warm, as on the search page ready for a query). The warm-up searches a word no
 * corpus holds, which loads one chunk of the index at most.
 */
export function measurePagefindLatency(site: string, options: LatencyOptions = {}): Promise<{ throttle: number; runs: PagefindRun[] }[]> {
  return eachQuery(site, options, async (browser, url, query, throttle): Promise<PagefindRun> => {
    const { context, page } = await phonePage(browser, throttle);
    try {
      await page.goto(url);
      const measured = await page.evaluate(async (query) => {
        const pagefind = await import(new URL('pagefind/pagefind.js', document.baseURI).href);
        await pagefind.init();
        await pagefind.search('zzqxjvwk');
        const started = performance.now();
        const found = await pagefind.search(query);
        await found.results[0]?.data();
        return { firstResultMs: performance.now() - started, pages: found.results.length as number };
      }, query);
      return { query, ...measured };
    } finally {
      await context.close();
    }
  });
}

/** The peer's latency as lines to print, as formatLatency prints the search page's. */
export function formatPagefindLatency(reports: { throttle: number; runs: PagefindRun[] }[]): string {
  return reports
    .map(({ throttle, runs }) => {
      const first = runs.map((run) => run.firstResultMs);
      return (
        `peer search latency (Pagefind's own API over the Hugo site), CPU ${throttle === 1 ? 'unthrottled' : `slowed ${throttle}×`}: ` +
        `query to first result median ${median(first).toFixed(0)} ms, slowest ${Math.max(...first).toFixed(0)} ms (` +
        runs.map((run) => `„${run.query}” ${run.firstResultMs.toFixed(0)} ms, ${run.pages} pages`).join('; ') +
        ')'
      );
    })
    .join('\n');
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The latency as lines to print: per throttle, the median and the slowest, and every query. */
export function formatLatency(reports: LatencyReport[]): string {
  const lines: string[] = [];
  for (const { throttle, runs } of reports) {
    const first = runs.map((run) => run.firstResultMs);
    lines.push(
      `search latency, CPU ${throttle === 1 ? 'unthrottled' : `slowed ${throttle}×`}: query to first result median ${median(first).toFixed(0)} ms, slowest ${Math.max(...first).toFixed(0)} ms; ` +
        `page ready for a query median ${median(runs.map((run) => run.readyMs)).toFixed(0)} ms; ` +
        `opening /zoeken/?q=… to first result median ${median(runs.map((run) => run.arrivalMs)).toFixed(0)} ms`,
    );
    for (const run of runs) {
      lines.push(
        `  „${run.query}”: ${run.firstResultMs.toFixed(0)} ms to the first result (page ready after ${run.readyMs.toFixed(0)} ms; ` +
          `opened with the query, ${run.arrivalMs.toFixed(0)} ms); ${run.status}`,
      );
    }
  }
  return lines.join('\n');
}
