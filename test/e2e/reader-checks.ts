import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { problemsOf } from './browser.ts';

/** The highlight of the passage a link points at (--mark in site.css). */
export const TARGET_BACKGROUND = 'rgb(255, 244, 194)';

/**
 * The reader has landed on `#id`: it is the fragment of the address, the element is scrolled into
 * the viewport (its top edge on screen), and it is highlighted as the :target.
 */
export async function expectLandedOn(page: Page, id: string): Promise<void> {
  await expect.poll(() => new URL(page.url()).hash, { message: `address of ${page.url()}` }).toBe(`#${id}`);
  const target = page.locator(`[id="${id}"]`);
  expect(await target.count(), `#${id} exists on ${page.url()}`).toBe(1);
  await expect
    .poll(() => target.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= -1 && box.top < window.innerHeight;
    }), { message: `#${id} is scrolled into view` })
    .toBe(true);
  const state = await target.evaluate((element) => ({ target: element.matches(':target'), background: getComputedStyle(element).backgroundColor }));
  expect(state, `#${id} is highlighted as the target`).toEqual({ target: true, background: TARGET_BACKGROUND });
}

/** The page loaded without script errors, failed requests or HTTP errors. */
export function expectCleanLoad(page: Page): void {
  expect(problemsOf(page), `problems while loading ${page.url()}`).toEqual([]);
}

/** The path of the page's address below the site's base: 'documenten/x/' */
export const pathOf = (page: Page, base: string): string => new URL(page.url()).pathname.slice(base.length);

/** The visible text of an element, with white space collapsed. */
export async function textOf(page: Page, selector: string): Promise<string> {
  return ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();
}
