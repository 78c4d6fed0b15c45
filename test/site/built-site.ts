import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/** The built sites that `npm test` makes before running the tests: at the root and under /verslag/. */
export const SITES = {
  root: { dir: new URL('../../dist/', import.meta.url).pathname, base: '/' },
  subpath: { dir: new URL('../../dist-subpath/', import.meta.url).pathname, base: '/verslag/' },
};

export function builtFile(path: string, site = SITES.root): string {
  const file = join(site.dir, path);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build (and npm run build:subpath) first`);
  return readFileSync(file, 'utf8');
}

/** Every HTML page of a built site, as paths relative to its directory ('documenten/x/index.html'). */
export function builtPages(site = SITES.root): string[] {
  if (!existsSync(join(site.dir, 'index.html'))) throw new Error(`${site.dir} is not built: run npm run build (and npm run build:subpath) first`);
  return (readdirSync(site.dir, { recursive: true }) as string[]).filter((path) => path.endsWith('.html')).sort();
}

/** A built page as a tree, with CSS-selector queries. */
export function builtPage(path: string, site = SITES.root) {
  const tree: Root = fromHtml(builtFile(path.endsWith('.html') ? path : join(path, 'index.html'), site));
  return {
    tree,
    one(selector: string): Element {
      const found = select(selector, tree);
      if (!found) throw new Error(`no element matches ${selector} in ${path}`);
      return found;
    },
    all: (selector: string): Element[] => selectAll(selector, tree),
    text: (element: Element | Root = tree) => toString(element).replace(/\s+/g, ' ').trim(),
  };
}

export const href = (element: Element) => String(element.properties.href ?? '');
export const id = (element: Element) => String(element.properties.id ?? '');
