/**
 * Marks the searched words on a document page reached from search: `?highlight=` (the parameter
 * the search page passes; Pagefind's own `pagefind-highlight` is read too), one word per value or
 * several in one. Words are marked where a passage's words begin with them (Pagefind finds
 * "kwantumcomputers" for "kwantumcomputer"), as text nodes split around a <mark>, never as HTML.
 * Our own instead of Pagefind's highlight script, which adds an inline <style> that a strict
 * Content-Security-Policy refuses.
 */
const params = new URLSearchParams(location.search);
const words = [...params.getAll('highlight'), ...params.getAll('pagefind-highlight')]
  .flatMap((value) => value.split(/\s+/))
  .map((word) => word.replace(/[^\p{L}\p{N}'-]/gu, ''))
  .filter((word) => word.length > 1);
const body = document.querySelector<HTMLElement>('.document-body');

if (words.length > 0 && body) {
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    // Only the words of the text: not the speaker labels' links, buttons or the ¶.
    acceptNode: (node) => (node.parentElement?.closest('.passage, .section-heading') && !node.parentElement.closest('button, .anchor, .cite-status') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const node of texts) {
    const value = node.data;
    const matches = [...value.matchAll(pattern)];
    if (matches.length === 0) continue;
    const parts: (string | HTMLElement)[] = [];
    let position = 0;
    for (const match of matches) {
      parts.push(value.slice(position, match.index));
      const mark = document.createElement('mark');
      mark.className = 'search-word';
      mark.textContent = match[0];
      parts.push(mark);
      position = match.index + match[0].length;
    }
    parts.push(value.slice(position));
    node.replaceWith(...parts);
  }
}
