/**
 * Finding one's way on a document page. The contents and speakers (a folded bar at the top on a
 * phone) fold again once one of their links is followed, so the reader sees the text they asked
 * for; without JavaScript the bar folds with a tap on its summary. A link to something inside a
 * folded part (an agenda item) unfolds it, so the reader lands on it.
 */
const nav = document.querySelector<HTMLDetailsElement>('details.document-nav');
nav?.addEventListener('click', (event) => {
  if ((event.target as Element).closest('a[href^="#"]')) nav.open = false;
});

function unfoldTarget(): void {
  const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const folded = target?.parentElement?.closest<HTMLDetailsElement>('details:not([open])');
  if (!target || !folded || folded === nav) return;
  folded.open = true;
  target.scrollIntoView();
}
unfoldTarget();
addEventListener('hashchange', unfoldTarget);
