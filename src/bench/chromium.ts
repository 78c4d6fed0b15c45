import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium: CI installs it (.ci/run), since browser downloads are impossible there. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * Starts Chromium for the end-to-end tests and the search benchmark: CHROMIUM_PATH if set, else
 * Debian's /usr/bin/chromium, else the one Playwright installs (`npx playwright-core install
 * chromium` on a developer's machine).
 */
export function launchChromium(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH || (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined);
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}
