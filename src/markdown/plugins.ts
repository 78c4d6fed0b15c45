import type { PluggableList } from 'unified';
import remarkDirective from 'remark-directive';
import { remarkVerslag, type RemarkVerslagOptions } from './remark-verslag.ts';

/** The remark plugins that read Verslag's annotated Markdown; Astro's config and the tests share them. */
export function verslagRemarkPlugins(options: RemarkVerslagOptions): PluggableList {
  return [remarkDirective, [remarkVerslag, options]];
}
