import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorHistoryPath, readAnchorHistory, serialiseAnchorHistory } from '../../src/ingest/anchor-history.ts';
import type { AnchorHistory } from '../../src/ingest/anchors.ts';
import { ingestSource } from '../../src/ingest/pipeline.ts';
import { readSource } from '../../src/ingest/read-source.ts';
import { ingestCorpus } from '../../src/ingest/run.ts';
import { SourceError } from '../../src/ingest/source.ts';
import { CORRECTION_NOTE } from '../../src/markdown/remark-verslag.ts';
import { renderDocumentHtml } from '../../src/markdown/render.ts';
import type { ParliamentaryDocument, Passage } from '../../src/model/document.ts';
import { blockPassages } from '../../src/model/walk.ts';
import { scratchDirectories } from '../helpers/scratch.ts';
import { SEED_IDS, seedSource, seedText } from '../helpers/seeds.ts';

const root = new URL('../../', import.meta.url).pathname;
const debate = 'commissiedebat-2025-01-30-opkomende-technologieen';
const scratch = scratchDirectories();

const passagesOf = (doc: ParliamentaryDocument): Passage[] => doc.body.flatMap(blockPassages);

/** The seed as published (no history yet), then the edited text ingested against that history. */
function publishThenEdit(edit: (text: string) => string) {
  const before = ingestSource(seedSource(debate));
  const after = ingestSource({ ...seedSource(debate, edit(seedText(debate))), anchorHistory: before.anchorHistory });
  return { before, after };
}

/**
 * The words a reader lands on when following `#fragment` on the page: the text of the passage
 * (`<p class="passage">`) that holds the element with that id, or that is it.
 */
function landingText(html: string, fragment: string): string {
  const at = html.indexOf(` id="${fragment}"`);
  expect(at, `#${fragment} is on the page`).toBeGreaterThan(-1);
  const start = html.lastIndexOf('<p ', at);
  const end = html.indexOf('</p>', at);
  return html.slice(start, end).replace(/<[^>]+>/g, '').replace(/\s*¶$/, '');
}

const render = (doc: ParliamentaryDocument) => renderDocumentHtml(doc, { base: '/' });

describe('anchors that survive corrections of the seeds', () => {
  const changed = 'Een hele goede ochtend allemaal.';
  const corrected = 'Een heel goede ochtend allemaal.';

  it('an anchor whose passage changed leads to the passage that replaced it, which says it was corrected', () => {
    const { before, after } = publishThenEdit((text) => text.replace(changed, corrected));
    const old = passagesOf(before.doc).find((passage) => passage.text.startsWith(changed))!;
    const now = passagesOf(after.doc).find((passage) => passage.text.startsWith(corrected))!;
    expect(now.anchor).not.toBe(old.anchor);
    expect(after.doc.formerAnchors).toEqual([{ anchor: old.anchor, now: now.anchor, corrected: true }]);
    // Every other passage kept its anchor.
    const others = (doc: ParliamentaryDocument) => passagesOf(doc).map((passage) => passage.anchor).filter((anchor) => anchor !== old.anchor && anchor !== now.anchor);
    expect(others(after.doc)).toEqual(others(before.doc));

    const html = render(after.doc);
    expect(landingText(html, old.anchor)).toBe(`${CORRECTION_NOTE} ${now.text}`);
    expect(landingText(html, now.anchor)).toContain(now.text);
    expect(html).toContain(`<span id="${old.anchor}" class="former-anchor" data-pagefind-ignore=""></span>`);
  });

  it('an anchor never moves to other words when a repeated sentence is inserted earlier', () => {
    const repeated = 'Dat zeg ik toe.';
    const inserted = `Staatssecretaris **Szabó**:\n\n${repeated}\n\n`;
    const { before, after } = publishThenEdit((text) => text.replace('**De heer Six Dijkstra (NSC):**', `${inserted}**De heer Six Dijkstra (NSC):**`));
    // Each published "Dat zeg ik toe." with the passage before it (the chair's summary of the toezegging).
    const inContext = (doc: ParliamentaryDocument) => {
      const passages = passagesOf(doc);
      return passages.flatMap((passage, index) => (passage.text === repeated ? [{ anchor: passage.anchor, before: passages[index - 1]!.text }] : []));
    };
    const published = inContext(before.doc);
    expect(published).toHaveLength(2);
    const now = inContext(after.doc);
    expect(now).toHaveLength(3);
    // The inserted one is new; the two published ones keep their anchors and their place.
    expect(now.slice(1)).toEqual(published);
    expect(published.map(({ anchor }) => anchor)).not.toContain(now[0]!.anchor);
    expect(now[0]!.before).toMatch(/^Een hele goede ochtend allemaal\./);
    expect(after.doc.formerAnchors).toBeUndefined();

    const html = render(after.doc);
    for (const { anchor, before: previous } of published) {
      expect(landingText(html, anchor)).toBe(repeated);
      // The passage just before the one the fragment lands on is the one it followed when it was published.
      const at = html.indexOf(` id="${anchor}"`);
      const previousAt = html.lastIndexOf(previous.slice(0, 60), at);
      expect(previousAt).toBeGreaterThan(-1);
      expect(html.slice(previousAt, at)).not.toContain('class="passage');
    }
  });

  it('settles the second parse the same way: the history is a fixed point, so a rebuild changes nothing', () => {
    const repeated = 'Dat zeg ik toe.';
    const { after } = publishThenEdit((text) => text.replace(changed, corrected).replace('**De heer Six Dijkstra (NSC):**', `Staatssecretaris **Szabó**:\n\n${repeated}\n\n**De heer Six Dijkstra (NSC):**`));
    const again = ingestSource({ ...seedSource(debate, seedText(debate).replace(changed, corrected).replace('**De heer Six Dijkstra (NSC):**', `Staatssecretaris **Szabó**:\n\n${repeated}\n\n**De heer Six Dijkstra (NSC):**`)), anchorHistory: after.anchorHistory });
    expect(again.doc).toEqual(after.doc);
    expect(again.anchorHistory).toEqual(after.anchorHistory);
  });

  it('keeps a link through two corrections, and places a deleted passage\'s anchor on the one that follows', () => {
    const first = publishThenEdit((text) => text.replace(changed, corrected));
    const second = ingestSource({ ...seedSource(debate, seedText(debate).replace(changed, 'Een zeer goede ochtend allemaal.')), anchorHistory: first.after.anchorHistory });
    const original = passagesOf(first.before.doc).find((passage) => passage.text.startsWith(changed))!.anchor;
    const latest = passagesOf(second.doc).find((passage) => passage.text.startsWith('Een zeer goede'))!.anchor;
    expect(second.doc.formerAnchors?.map(({ anchor, now }) => [anchor, now]).sort()).toEqual(
      [[original, latest], [passagesOf(first.after.doc).find((passage) => passage.text.startsWith(corrected))!.anchor, latest]].sort(),
    );

    const sentence = 'Tot slot wil ik op dit thema ook nog mijn zorgen uiten';
    const deleted = passagesOf(first.before.doc).findIndex((passage) => passage.text.startsWith(sentence));
    const lines = seedText(debate).split('\n');
    const without = lines.filter((line) => !line.startsWith(sentence)).join('\n');
    const gone = ingestSource({ ...seedSource(debate, without), anchorHistory: first.before.anchorHistory });
    const next = passagesOf(first.before.doc)[deleted + 1]!;
    expect(gone.doc.formerAnchors).toEqual([{ anchor: passagesOf(first.before.doc)[deleted]!.anchor, now: next.anchor, corrected: true }]);
    expect(landingText(render(gone.doc), passagesOf(first.before.doc)[deleted]!.anchor)).toBe(`${CORRECTION_NOTE} ${next.text}`);
  });
});

describe('the anchor history beside the sources', () => {
  it('is committed for every seed, as the ingest writes it (a build changes none of them)', () => {
    for (const id of SEED_IDS) {
      const path = join(root, 'content', `${id}.txt`);
      const written = readFileSync(anchorHistoryPath(path), 'utf8');
      expect(serialiseAnchorHistory(ingestSource(readSource(path)).anchorHistory), `content/anchors/${id}.json is up to date`).toBe(written);
    }
  });

  it('keeps the anchors main published with occurrence counts: "#punq2bb7-2" still lands on the second "U heeft nog 30 seconden."', () => {
    const doc = ingestSource(readSource(join(root, 'content', `${debate}.txt`))).doc;
    const said = passagesOf(doc).filter((passage) => passage.text === 'U heeft nog 30 seconden.');
    expect(said.map(({ anchor }) => anchor)).toEqual(['punq2bb7', 'p1bgivva']);
    expect(doc.formerAnchors).toContainEqual({ anchor: 'punq2bb7-2', now: 'p1bgivva', corrected: false });
    const html = render(doc);
    expect(landingText(html, 'punq2bb7-2')).toBe('U heeft nog 30 seconden.');
    // The former anchor's element is the first thing inside the passage it now leads to.
    const passageStart = html.indexOf(' id="p1bgivva"');
    expect(passageStart).toBeGreaterThan(0);
    expect(html.slice(passageStart, html.indexOf(' id="punq2bb7-2"'))).toMatch(/^ id="p1bgivva"[^>]*><span$/);
  });

  it('is written by the ingest, read back by the next, and sends an old link to the corrected passage', async () => {
    const content = scratch('verslag-anchors-');
    const out = join(scratch('verslag-anchors-out-'), 'generated');
    for (const extension of ['txt', 'yml']) copyFileSync(join(root, 'content', `${debate}.${extension}`), join(content, `${debate}.${extension}`));
    expect(await ingestCorpus(content, out, { workers: 1 })).toMatchObject({ errors: [], parsed: 1 });
    const historyFile = anchorHistoryPath(join(content, `${debate}.txt`));
    expect(historyFile).toBe(join(content, 'anchors', `${debate}.json`));
    const published = readAnchorHistory(join(content, `${debate}.txt`))!;
    const model = () => JSON.parse(readFileSync(join(out, 'json', `${debate}.json`), 'utf8')) as ParliamentaryDocument;
    // Every passage's anchor, in reading order (chair changes, which have one too, between them).
    const body = passagesOf(model()).map(({ anchor }) => anchor);
    expect(published.passages.map(({ anchor }) => anchor).filter((anchor) => body.includes(anchor))).toEqual(body);
    // Unchanged: nothing parsed, the history untouched.
    const written = readFileSync(historyFile, 'utf8');
    expect(await ingestCorpus(content, out, { workers: 1 })).toMatchObject({ parsed: 0, reused: 1 });

    const oldAnchor = passagesOf(model()).find((passage) => passage.text.startsWith('Een hele goede ochtend'))!.anchor;
    writeFileSync(join(content, `${debate}.txt`), seedText(debate).replace('Een hele goede ochtend', 'Een heel goede ochtend'));
    expect(await ingestCorpus(content, out, { workers: 1 })).toMatchObject({ errors: [], parsed: 1 });
    expect(readFileSync(historyFile, 'utf8')).not.toBe(written);
    const doc = model();
    expect(landingText(render(doc), oldAnchor)).toMatch(new RegExp(`^${CORRECTION_NOTE} Een heel goede ochtend allemaal\\.`));
    // The history it wrote is the one it reads: the next run parses nothing.
    expect(await ingestCorpus(content, out, { workers: 1 })).toMatchObject({ parsed: 0, reused: 1 });
  });

  it('refuses a history that is not one Verslag wrote, naming it', () => {
    const content = scratch('verslag-anchors-bad-');
    copyFileSync(join(root, 'content', `${debate}.txt`), join(content, `${debate}.txt`));
    const path = anchorHistoryPath(join(content, `${debate}.txt`));
    expect(readAnchorHistory(join(content, `${debate}.txt`))).toBeUndefined();
    const history: AnchorHistory = { version: 1, passages: [{ anchor: '../../x' }] };
    mkdirSync(join(content, 'anchors'));
    writeFileSync(path, JSON.stringify(history));
    expect(() => readAnchorHistory(join(content, `${debate}.txt`))).toThrow(SourceError);
    expect(() => readAnchorHistory(join(content, `${debate}.txt`))).toThrow(`${path}: the anchor history is not one Verslag wrote: passage 1 is not`);
    writeFileSync(path, '<<<<<<< HEAD\n');
    expect(() => readAnchorHistory(join(content, `${debate}.txt`))).toThrow(/the anchor history is not valid JSON/);
    // A history directory that leads elsewhere would have the build write there.
    const elsewhere = join(scratch('verslag-elsewhere-'), 'content');
    mkdirSync(elsewhere);
    copyFileSync(join(root, 'content', `${debate}.txt`), join(elsewhere, `${debate}.txt`));
    symlinkSync(scratch('verslag-outside-'), join(elsewhere, 'anchors'));
    expect(() => readAnchorHistory(join(elsewhere, `${debate}.txt`))).toThrow(`${join(elsewhere, 'anchors')}: is a symbolic link`);
  });
});
