import { AxeBuilder } from '@axe-core/playwright';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReader, type Reader, type ServedSite } from './browser.ts';
import { expectCleanLoad } from './reader-checks.ts';
import { searchResults } from './scenarios.ts';

/**
 * Every kind of page, in Chromium with its scripts run, checked with axe-core against WCAG 2.2 A/AA
 * (colour contrast included) and axe's best practices, and for the structure a screen-reader user
 * navigates by: the language, the landmarks, and one h1 with no skipped heading levels. And the
 * page as its scripts leave it is still valid HTML (test/site/html-valid.test.ts checks the files).
 * Each test file that calls this runs in its own worker with its own Chromium.
 */

/** html-validate with the project's .htmlvalidate.json, for the DOM as the scripts leave it. */
const validator = new HtmlValidate(new FileSystemConfigLoader());
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Checks each of `pages` (a name for the kind of page → its path) on the site built at the root,
 * or on the site `site()` returns: one a test builds in an earlier beforeAll.
 */
export function checkAccessibility(pages: Record<string, string>, site: () => ServedSite | 'root' = () => 'root'): void {
  let reader: Reader;
  beforeAll(async () => {
    reader = await startReader(site());
  });
  afterAll(async () => {
    await reader?.close();
  });

  describe.each(Object.entries(pages))('the %s page', (kind, path) => {
    let page: Page;
    beforeAll(async () => {
      page = await reader.open(path);
      if (kind === 'search with results') expect((await searchResults(page)).length).toBeGreaterThan(0);
    });

    it('has no serious or critical accessibility violations, and colour contrast AA is checked', async () => {
      // Passes and undecided checks are listed with one example each: enough to know they ran, and fast.
      const result = await new AxeBuilder({ page }).withTags(WCAG).options({ resultTypes: ['violations'] }).analyze();
      const violations = result.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} (${violation.nodes.length}×, e.g. ${violation.nodes[0]?.target.join(' ')})`);
      expect(violations).toEqual([]);
      // The contrast rule really ran over this page's text, and found nothing it could not decide on.
      expect(result.passes.map((rule) => rule.id)).toContain('color-contrast');
      expect(result.incomplete.filter((rule) => rule.id === 'color-contrast').flatMap((rule) => rule.nodes.map((node) => node.target.join(' ')))).toEqual([]);
      expectCleanLoad(page);
    });

    it('is in Dutch, with its landmarks, one h1 and no skipped heading levels', async () => {
      expect(await page.locator('html').getAttribute('lang')).toBe('nl');
      expect(await page.getByRole('banner').count()).toBe(1);
      expect(await page.getByRole('main').count()).toBe(1);
      expect(await page.getByRole('contentinfo').count()).toBe(1);
      expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(1);
      expect(await page.getByRole('search', { name: 'Zoeken op de site' }).count()).toBe(1);
      // The skip link leads to the main landmark.
      expect(await page.locator('a.skip-link').getAttribute('href')).toBe('#inhoud');
      expect(await page.locator('main#inhoud').count()).toBe(1);

      const levels = await page.locator('h1, h2, h3, h4, h5, h6, [role="heading"]').evaluateAll((headings) =>
        headings.map((heading) => ({
          level: Number(heading.getAttribute('aria-level') ?? heading.tagName.slice(1)),
          text: (heading.textContent ?? '').trim().slice(0, 60),
        })),
      );
      expect(levels.filter((heading) => heading.level === 1)).toHaveLength(1);
      expect(levels[0]?.level).toBe(1);
      const skips = levels.flatMap((heading, index) =>
        index > 0 && heading.level > levels[index - 1]!.level + 1 ? [`h${levels[index - 1]!.level} → h${heading.level} "${heading.text}"`] : [],
      );
      expect(skips).toEqual([]);
    });

    it('is still valid HTML once its scripts have added to it ("Citeer" buttons, search results)', async () => {
      // The browser writes boolean attributes back as hidden="": the source says hidden.
      const serialisation = { rules: { 'attribute-boolean-style': 'off', 'attribute-empty-style': 'off' } } as const;
      const report = await validator.validateString(await page.content(), `${kind}.html`, serialisation);
      const messages = report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message} (${message.selector})`));
      expect(messages).toEqual([]);
    });
  });
}
