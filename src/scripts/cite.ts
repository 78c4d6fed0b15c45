/**
 * Progressive "Citeer" control: adds a button to every passage that copies a citation with the
 * passage's permanent link. Without JavaScript the ¶ anchor link still gives the permanent link.
 */
const article = document.querySelector<HTMLElement>('article[data-cite-url]');

function citation(passage: HTMLElement): string {
  const data = article!.dataset;
  const speech = passage.closest<HTMLElement>('.speech');
  const speaker = speech?.dataset.name ? `${speech.dataset.name}${speech.dataset.party ? ` (${speech.dataset.party})` : ''}` : '';
  const page = passage.dataset.page ? `p. ${passage.dataset.page}` : '';
  const parts = [
    speaker,
    `"${data.citeTitle}"`,
    data.citeKind?.toLowerCase(),
    data.citePaper ? `Kamerstuk ${data.citePaper}` : '',
    data.citeDate,
    page,
  ].filter(Boolean);
  return `${parts.join(', ')}. ${data.citeUrl}#${passage.id}`;
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
  for (const passage of article.querySelectorAll<HTMLElement>('.passage[id]')) {
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
      status.textContent = (await copy(text)) ? 'Citaat gekopieerd' : text;
    });
    passage.append(button, status);
  }
}
