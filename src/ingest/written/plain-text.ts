import { markdownLinksAsText } from '../text/markdown-links.ts';
import { normaliseSpaces } from '../text/spaces.ts';

/**
 * Markdown left in the export, turned into plain text: links `[label](#)` become their label
 * (and a real target, see markdown-links.ts; Markdown's backslash escapes undone), autolinks `<https://…>` their bare url, emphasis
 * `*Very Large Online Platforms*` its words. Square brackets that are not a link stay: they are
 * the author's ('[High Level Group, hierna 'HLG']').
 */
export function toPlainText(raw: string): string {
  return normaliseSpaces(
    markdownLinksAsText(raw)
      .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
      .replace(/\*\*(\S(?:[^*]*\S)?)\*\*/g, '$1')
      .replace(/(?<![\p{L}\p{N}*])\*(\S(?:[^*]*\S)?)\*(?![\p{L}\p{N}*])/gu, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1'),
  );
}
