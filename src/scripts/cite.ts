/**
 * Progressive "Citeer" control: a button on every passage worth citing (not on procedural lines or
 * a bare "Oké.") that copies a citation with the passage's permanent link, and shows the reader
 * what it copied. Who is cited (speaker, asker, sender, the minister of a toezegging) is written
 * into the page at build time (data-cite-who); src/site/citation.ts words both. Without
 * JavaScript the ¶ anchor link still gives the permanent link.
 */
import { citationText } from '../site/citation.ts';

const article = document.querySelector<HTMLElement>('article[data-cite-url]');

function citation(passage: HTMLElement): string {
  const data = article!.dataset;
  return citationText(
    { title: data.citeTitle ?? '', kind: data.citeKind ?? '', number: data.citeNumber || undefined, date: data.citeDate ?? '', url: data.citeUrl ?? '' },
    { who: passage.closest<HTMLElement>('[data-cite-who]')?.dataset.citeWho, page: passage.dataset.page, anchor: passage.id },
  );
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

if (article) {
  for (const passage of article.querySelectorAll<HTMLElement>('.passage[id]:not(.minor):not(.procedural)')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cite-button';
    button.textContent = 'Citeer';
    // The accessible name starts with the visible word, so voice control ('klik Citeer') finds it.
    button.setAttribute('aria-label', 'Citeer deze passage: kopieer een citaat met de permanente link');
    const status = document.createElement('span');
    status.className = 'cite-status';
    status.setAttribute('role', 'status');
    button.addEventListener('click', async () => {
      const text = citation(passage);
      const copied = await copy(text);
      const shown = document.createElement('span');
      shown.className = 'cite-text';
      shown.textContent = text;
      status.replaceChildren(copied ? 'Citaat gekopieerd: ' : 'Kopieer dit citaat: ', shown);
    });
    passage.append(button, status);
  }
  // On a touch screen there is no hover: a tap on a passage shows its controls (¶, Citeer).
  article.addEventListener('click', (event) => {
    const passage = (event.target as Element).closest('.passage');
    for (const active of article.querySelectorAll('.passage.is-active')) if (active !== passage) active.classList.remove('is-active');
    passage?.classList.add('is-active');
  });
}
