import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../src/model/corpus.ts';
import { buildSiteWithSources, type SiteWithSources } from '../helpers/site-with-sources.ts';

/**
 * A site of the default corpus plus real VLOS transcripts (test/helpers/site-with-sources.ts). Beside
 * them, the reader's copy of another committee debate as text: a member who speaks in both the
 * text and an XML source must be one person whose page lists both.
 */
const REAL = new URL('../../../shared/real/', import.meta.url).pathname;

/** A committee debate of the vaste commissie voor Financiën (3 July 2025), a plenary vote, a procedurevergadering (a casco), a plenary debate with motions. */
const XML = [
  'vlos-a86a6bc6-2bba-4d64-b9c6-16af46d8a8a7',
  'vlos-d5130a6f-0400-4b03-b8d3-8daed02dc4af',
  'vlos-b5130467-a6c2-4f83-99c3-65ec778e5a24',
  'vlos-1378fd61-cf82-4208-a700-021382f839b0',
];
/** The 2 July debate as its reader's copy: Van Eijk (VVD) speaks in it and in the 3 July transcript. */
const TEXT = 'vlos-2a27783d-3d6b-4e26-9fcf-52c17a41f6bf';
const TEXT_ID = 'commissiedebat-2025-07-02-nationale-fiscaliteit';

describe('a site of the default corpus plus VLOS transcripts', () => {
  let site: SiteWithSources;
  let dist: string;
  const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

  beforeAll(async () => {
    site = await buildSiteWithSources('verslag-vlos-site-', [
      ...XML.map((id) => ({ from: join(REAL, 'xml', `${id}.xml`), as: `${id}.xml` })),
      { from: join(REAL, 'text', `${TEXT}.txt`), as: `${TEXT_ID}.txt`, metadata: 'format: debate-pdf\nkind: commissiedebat\ntitle: Nationale fiscaliteit\n' },
    ]);
    dist = site.dist;
  }, 240_000);

  afterAll(() => site?.remove());

  it('makes each transcript a document page with its kind, status notice and sections', () => {
    const debate = page(`documenten/${XML[0]}`);
    expect(debate).toContain('<h1>Internationale fiscaliteit</h1>');
    expect(debate).toContain('Ongecorrigeerd verslag: de tekst kan nog worden gecorrigeerd.');
    expect(debate).toMatch(/<dt>Commissie<\/dt><dd>vaste commissie voor Financiën<\/dd>/);
    expect(page(`documenten/${XML[1]}`)).toContain('<h1>105e vergadering, donderdag 10 juli 2025</h1>');
    expect(page(`documenten/${XML[1]}`)).toContain('Plenaire vergadering');
    expect(page(`documenten/${XML[2]}`)).toContain('Voorpublicatie: alleen de opzet van het verslag; de tekst volgt nog.');
    expect(page(`documenten/${TEXT_ID}`)).not.toContain('transcript-status');
    for (const id of XML) expect(existsSync(join(dist, 'documenten', `${id}.json`))).toBe(true);
  });

  it('lists the motions a member submitted on their page, linked to the motion in the transcript', () => {
    const person = page('personen/soepboer');
    expect(person).toContain('De motie-Soepboer over zonder financiële borging niet verdergaan met het streven naar inclusief onderwijs (31497, nr. 499)');
    const model = JSON.parse(readFileSync(join(dist, 'documenten', `${XML[3]}.json`), 'utf8')) as { motions: { anchor: string }[] };
    expect(person).toContain(`href="/documenten/${XML[3]}/#${model.motions[0]!.anchor}"`);
  });

  it("joins a member's turns across the text and the XML source on one person page, with the official full name", () => {
    const person = page('personen/van-eijk');
    expect(person).toContain('Wendy van Eijk');
    expect(person).toContain(`href="/documenten/${XML[0]}/#`);
    expect(person).toContain(`href="/documenten/${TEXT_ID}/#`);
    // The corpus index keeps the official identity the XML gives, whichever source came first.
    const index = JSON.parse(readFileSync(join(site.generated, 'corpus.json'), 'utf8')) as CorpusIndex;
    expect(index.people.find((candidate) => candidate.slug === 'van-eijk')).toMatchObject({ name: 'Van Eijk', party: 'VVD', firstName: 'Wendy', fullName: 'Wendy van Eijk', id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  });
});
