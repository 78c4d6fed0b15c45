/**
 * The document's contents and speakers (a folded bar at the top on a phone): following one of its
 * links folds it again, so the reader sees the text they asked for. Without JavaScript the bar
 * folds with a tap on its summary.
 */
const nav = document.querySelector<HTMLDetailsElement>('details.document-nav');
nav?.addEventListener('click', (event) => {
  if ((event.target as Element).closest('a[href^="#"]')) nav.open = false;
});
