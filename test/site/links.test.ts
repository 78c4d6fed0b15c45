import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { SITES, builtPages } from './built-site.ts';

/**
 * A link checker over the whole built site: every internal href, src and action on every page
 * resolves to a built file, and every #fragment to an element id on the page it points to.
 * External links (another origin, mailto: …) are counted, never fetched.
 */
const ORIGIN = 'http://verslag.test';
const LINKING = [
  ['a[href], area[href], link[href]', 'href'],
  ['script[src], img[src], iframe[src], source[src], audio[src], video[src]', 'src'],
  ['form[action]', 'action'],
] as const;

interface LinkReport {
  internal: number;
  fragments: number;
  external: Map<string, number>;
  /** '<page>: <attribute>="<value>" → <why>' */
  broken: string[];
}

function checkSite(site: (typeof SITES)[keyof typeof SITES]): LinkReport {
  const idsOf = new Map<string, Set<string>>();
  const ids = (file: string) => {
    let found = idsOf.get(file);
    if (!found) {
      const tree = fromHtml(readFileSync(file, 'utf8'));
      found = new Set(selectAll('[id], a[name]', tree).map((element) => String(element.properties.id ?? element.properties.name)));
      idsOf.set(file, found);
    }
    return found;
  };
  const report: LinkReport = { internal: 0, fragments: 0, external: new Map(), broken: [] };

  for (const page of builtPages(site)) {
    const file = join(site.dir, page);
    const pageUrl = new URL(`${site.base}${page.replace(/index\.html$/, '')}`, ORIGIN);
    const tree = fromHtml(readFileSync(file, 'utf8'));
    for (const [selector, attribute] of LINKING) {
      for (const element of selectAll(selector, tree) as Element[]) {
        const value = String(element.properties[attribute] ?? '');
        const broken = (why: string) => report.broken.push(`${page}: <${element.tagName} ${attribute}="${value}"> → ${why}`);
        let url: URL;
        try {
          url = new URL(value, pageUrl);
        } catch {
          broken('not a URL');
          continue;
        }
        if (url.origin !== ORIGIN) {
          const kind = url.protocol === 'http:' || url.protocol === 'https:' ? url.host : url.protocol;
          report.external.set(kind, (report.external.get(kind) ?? 0) + 1);
          continue;
        }
        report.internal++;
        const path = decodeURIComponent(url.pathname);
        if (!path.startsWith(site.base)) {
          broken(`outside the site's base ${site.base}`);
          continue;
        }
        let target = join(site.dir, path.slice(site.base.length));
        if (path.endsWith('/')) target = join(target, 'index.html');
        else if (existsSync(target) && statSync(target).isDirectory()) {
          broken('a directory without its trailing slash');
          continue;
        }
        if (!existsSync(target)) {
          broken(`no such file ${target.slice(site.dir.length)}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment === '') continue;
        report.fragments++;
        if (!target.endsWith('.html')) broken('a fragment on a page that is not HTML');
        else if (!ids(target).has(fragment)) broken(`no element with id "${fragment}" on ${target.slice(site.dir.length)}`);
      }
    }
  }
  return report;
}

describe.each(Object.entries(SITES))('the links of the %s build', (name, site) => {
  const report = checkSite(site);

  it('all resolve: each internal link to a built file, each #fragment to an id on its page', () => {
    expect(report.broken).toEqual([]);
  });

  it('are many: the check really ran over the cross-links, and external ones were only counted', () => {
    expect(report.internal).toBeGreaterThan(2500);
    expect(report.fragments).toBeGreaterThan(1000);
    // The canonical and official-publication links, not fetched.
    expect(report.external.get('verslag.example.org')).toBeGreaterThan(80);
    expect(report.external.get('zoek.officielebekendmakingen.nl')).toBeGreaterThan(0);
  });
});
