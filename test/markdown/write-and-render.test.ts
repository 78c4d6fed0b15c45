import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { ParliamentaryDocument } from '../../src/model/document.ts';
import { verslagRemarkPlugins } from '../../src/markdown/plugins.ts';
import { toAnnotatedMarkdown } from '../../src/markdown/write.ts';

const passageText = 'Ik stel voor om een half uurtje te schorsen, tot 11:05 uur. Zie Kamerstuk 26 643, nr. 1273 en <b>*niet*</b> [dit](#).';

/** A slice of the debate of 30 januari 2025 (seed 000), with text that tempts Markdown to misread it. */
const doc: ParliamentaryDocument = {
  id: 'commissiedebat-2025-01-30-opkomende-technologieen',
  kind: 'commissiedebat',
  title: 'Opkomende en toekomstige technologieën',
  date: '2025-01-30',
  paper: { dossier: '26643', number: '1311' },
  agenda: [],
  participants: [],
  people: [{ slug: 'valize', name: 'Valize', party: 'PVV' }],
  body: [
    {
      type: 'speech',
      speaker: { slug: 'valize', name: 'Valize', party: 'PVV', role: 'chair' },
      interruption: false,
      passages: [
        {
          anchor: 'p0abc123',
          text: passageText,
          footnoteCalls: [{ number: 3, offset: passageText.indexOf(', tot') }],
        },
      ],
    },
  ],
  commitments: [],
  references: [{ kind: 'paper', text: 'Kamerstuk 26 643, nr. 1273', dossier: '26643', number: '1273', at: 'p0abc123', offset: passageText.indexOf('Kamerstuk') }],
  footnotes: [{ number: 3, anchor: 'voetnoot-3', text: 'Kamerstuk 26 643, nr. 1273', calledFrom: 'p0abc123' }],
  unclassified: [],
};

function render(markdown: string, base = '/verslag/', documentForPaper?: (paper: { dossier: string; number: string }) => string | undefined): string {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
  return String(
    unified().use(remarkParse).use(verslagRemarkPlugins({ base, documentForPaper })).use(remarkRehype).use(rehypeStringify).processSync(body),
  );
}

describe('annotated Markdown', () => {
  const markdown = toAnnotatedMarkdown(doc);

  it('carries the metadata as frontmatter', () => {
    expect(markdown).toMatch(/^---\nid: "commissiedebat-2025-01-30-opkomende-technologieen"\nkind: "commissiedebat"\n/);
    expect(markdown).toContain('date: "2025-01-30"\n');
    expect(markdown).toContain('paper:\n  dossier: "26643"\n  number: "1311"\n');
  });

  it('escapes a time so that it is not read as a directive', () => {
    expect(markdown).toContain('11\\:05');
    expect(markdown).toContain(':::passage{#p0abc123}');
  });

  it('renders a passage with its anchor, speaker link, reference and footnote call', () => {
    const html = render(markdown);
    expect(html).toContain('<section class="speech role-chair" data-speaker="valize" data-name="Valize" data-party="PVV" data-cite-who="Valize (PVV, voorzitter)">');
    expect(html).toContain('<a href="/verslag/personen/valize/" class="speaker">Valize</a>');
    expect(html).toContain('<p id="p0abc123" class="passage">');
    expect(html).toContain('schorsen<sup class="footnote-call"><a href="#voetnoot-3" aria-label="Voetnoot 3">3</a></sup>, tot 11:05 uur');
    expect(html).toContain('<a href="https://zoek.officielebekendmakingen.nl/kst-26643-1273.html" class="ref ref-paper external" rel="external">Kamerstuk 26 643, nr. 1273</a>');
    expect(html).toContain('<sup class="footnote-call"><a href="#voetnoot-3" aria-label="Voetnoot 3">3</a></sup>');
    expect(html).toContain('<a href="#p0abc123" class="anchor" aria-label="Link naar deze passage" data-pagefind-ignore="">¶</a>');
    expect(html).toContain('<li id="voetnoot-3" value="3">');
    expect(html).toContain('<a href="#p0abc123" class="footnote-back"');
  });

  it('links a cited paper that the corpus holds to its document page', () => {
    const html = render(markdown, '/verslag/', (paper) => (paper.number === '1273' ? 'kamerbrief-handboek' : undefined));
    expect(html).toContain('<a href="/verslag/documenten/kamerbrief-handboek/" class="ref ref-paper">Kamerstuk 26 643, nr. 1273</a>');
  });

  it('never lets source text through as HTML or Markdown', () => {
    const html = render(markdown);
    expect(html).toContain('&#x3C;b>*niet*&#x3C;/b> [dit](#).');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<em>');
  });
});
