import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../src/bench/chromium.ts';
import { serveStatic, type StaticSite } from '../../src/files/static-server.ts';
import { SITES } from '../site/built-site.ts';

export interface Reader {
  /** The served site's root URL, e.g. http://127.0.0.1:41234/verslag/ */
  url: string;
  /** A path below the site's base, as a full URL: at('documenten/x/') */
  at(path?: string): string;
  browser: Browser;
  /** A fresh browsing context (cookies, clipboard permissions, JavaScript on or off). */
  context(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page in a fresh context that fails the test on any page error or failed request. */
  open(path?: string, options?: BrowserContextOptions): Promise<Page>;
  close(): Promise<void>;
}

/** A built site: its directory (ending in /) and the base path it is served under. */
export interface ServedSite {
  dir: string;
  base: string;
}

/**
 * Serves a built site (dist/ at /, dist-subpath/ under /verslag/, or another one a test built),
 * with `headers` on every response, and starts a browser for it.
 */
export async function startReader(site: keyof typeof SITES | ServedSite = 'root', headers: Record<string, string> = {}): Promise<Reader> {
  const { dir, base } = typeof site === 'string' ? SITES[site] : site;
  if (!existsSync(`${dir}index.html`)) throw new Error(`${dir} is not built: run npm run build (and npm run build:subpath) first`);
  const served: StaticSite = await serveStatic(dir, base, headers);
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  const at = (path = '') => new URL(path.replace(/^\//, ''), served.url).href;
  const context = async (options: BrowserContextOptions = {}) => {
    const created = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', ...options });
    // Well below the test's own timeout, so a missing element is reported by its locator.
    created.setDefaultTimeout(60_000);
    contexts.push(created);
    return created;
  };
  return {
    url: served.url,
    at,
    browser,
    context,
    async open(path = '', options = {}) {
      const page = await (await context(options)).newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      // A Content-Security-Policy violation is reported on the console, not as a page error.
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) problems.push(`policy: ${message.text()}`);
      });
      // A request cut off by the reader moving on (net::ERR_ABORTED) is no fault; a 404 is caught below.
      page.on('requestfailed', (request) => {
        const failure = request.failure()?.errorText ?? '';
        if (failure !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${failure})`);
      });
      page.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      (page as Page & { problems: string[] }).problems = problems;
      await page.goto(at(path));
      return page;
    },
    async close() {
      await Promise.all(contexts.map((created) => created.close().catch(() => undefined)));
      await browser.close();
      await served.close();
    },
  };
}

/** What went wrong while the page loaded: page errors, failed requests, HTTP errors. */
export const problemsOf = (page: Page): string[] => (page as Page & { problems?: string[] }).problems ?? [];

export const DOCS = {
  debate: 'commissiedebat-2025-01-30-opkomende-technologieen',
  ao: 'algemeen-overleg-2020-03-11-digitalisering-en-cybersecurity',
  written: 'schriftelijk-overleg-2026-04-15-internationale-digitale-strategie',
  letter: 'kamerbrief-2025-07-moties-en-toezeggingen-digitalisering',
  answers: 'antwoorden-2026-vragen-dassen-over-ai',
} as const;
