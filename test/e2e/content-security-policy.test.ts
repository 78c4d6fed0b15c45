import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/site/content-security-policy.ts';
import { DOCS, startReader, type Reader } from './browser.ts';
import { expectCleanLoad, textOf } from './reader-checks.ts';
import { searchResults } from './scenarios.ts';

/**
 * The site served with the Content-Security-Policy the README tells hosts to send: every feature
 * works (Citeer, search), and the browser reports no violation (browser.ts counts one as a problem).
 */
let reader: Reader;
beforeAll(async () => {
  reader = await startReader('root', { 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
});
afterAll(async () => {
  await reader?.close();
});

describe('under the Content-Security-Policy of the README', () => {
  it('is the policy the README gives hosts', () => {
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`);
  });

  it('"Citeer" copies a citation', async () => {
    const page = await reader.open(`documenten/${DOCS.debate}/#pq60aa4q`, { permissions: ['clipboard-read', 'clipboard-write'] });
    const response = await page.reload();
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    await page.locator('#pq60aa4q').getByRole('button', { name: /^Citeer/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain(`/documenten/${DOCS.debate}/#pq60aa4q`);
    expect(await textOf(page, '#pq60aa4q .cite-status')).toContain('gekopieerd');
    expectCleanLoad(page);
  });

  it('search finds the passages (Pagefind compiles its WebAssembly)', async () => {
    const page = await reader.open('zoeken/?q=kwantumcomputer');
    expect((await searchResults(page)).length).toBeGreaterThan(0);
    expectCleanLoad(page);
  });
});
