import type { PluggableList } from 'unified';
import remarkDirective from 'remark-directive';
import { remarkVerslag } from './remark-verslag.ts';

/** The remark plugins that read Verslag's annotated Markdown; Astro's config and the tests share them. */
export function verslagRemarkPlugins(base: string): PluggableList {
  return [remarkDirective, [remarkVerslag, { base }]];
}
