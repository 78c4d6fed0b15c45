import { mkdirSync } from 'node:fs';
import { expect } from 'vitest';
import type { Reader } from './browser.ts';
import { expectCleanLoad } from './reader-checks.ts';
import { searchResults } from './scenarios.ts';

/**
 * Screenshots for people to look at (test-results/screenshots/, not committed), on a desktop and
 * on a phone. Not compared pixel by pixel; what is asserted is that nothing sticks out sideways, so
 * a phone reader never has to scroll horizontally.
 */
export const SCREENSHOTS = new URL('../../test-results/screenshots/', import.meta.url).pathname;
export const SCREENS = {
  desktop: { viewport: { width: 1280, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
} as const;

/** Opens `path` on `screen`, checks that it fits the width and saves `<name>-<screen>.png`. */
export async function photograph(reader: Reader, name: string, path: string, screen: keyof typeof SCREENS): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const page = await reader.open(path, SCREENS[screen]);
  if (name === 'search') expect((await searchResults(page)).length).toBe(2);
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wider = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && getComputedStyle(element).position !== 'absolute')
      .map((element) => `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className ? `.${String(element.className).replace(/ /g, '.')}` : ''}`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wider: wider.slice(0, 5) };
  });
  expect(overflow.wider, `elements wider than the ${screen} screen on ${path}`).toEqual([]);
  expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.width);
  await page.screenshot({ path: `${SCREENSHOTS}${name}-${screen}.png` });
  expectCleanLoad(page);
}
