import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { SITES, builtPages } from './built-site.ts';

/**
 * Every built page is valid HTML by html-validate's recommended rules, with the project's
 * configuration (.htmlvalidate.json at the root, found by walking up from each file).
 */
const validator = new HtmlValidate(new FileSystemConfigLoader());

describe.each(Object.entries(SITES))('the %s build', (name, site) => {
  const pages = builtPages(site);

  it('has pages to validate', () => {
    expect(pages.length).toBeGreaterThan(80);
  });

  it.each(pages)('%s is valid HTML', async (page) => {
    const report = await validator.validateFile(`${site.dir}${page}`);
    const messages = report.results.flatMap((result) =>
      result.messages.map((message) => `${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}${message.selector ? ` (${message.selector})` : ''}`),
    );
    expect(messages).toEqual([]);
  });
});
