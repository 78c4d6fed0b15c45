import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDirectories } from '../helpers/scratch.ts';

const root = new URL('../../', import.meta.url).pathname;
const debate = 'commissiedebat-2025-01-30-opkomende-technologieen';

const scratch = scratchDirectories();

function ingest(...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'scripts/ingest.ts'), ...args], { cwd: root, encoding: 'utf8' });
}

describe('npm run ingest', () => {
  it('prints one document as open data with --json, from any path', () => {
    const dir = scratch('verslag-json-');
    copyFileSync(join(root, 'content', `${debate}.txt`), join(dir, 'debat.txt'));
    const output = execFileSync(process.execPath, [join(root, 'scripts/ingest.ts'), '--json', join(dir, 'debat.txt')], { encoding: 'utf8' });
    const data = JSON.parse(output);
    expect(data).toMatchObject({ id: 'debat', kind: 'commissiedebat', date: '2025-01-30', paper: { dossier: '26643', number: '1311' } });
    expect(data.speeches).toHaveLength(118);
    expect(data.speeches[1]).toMatchObject({
      speaker: { slug: 'six-dijkstra', name: 'Six Dijkstra', party: 'NSC', role: 'member' },
      interruption: false,
    });
    expect(data.speeches[1].passages[0]).toEqual({ anchor: expect.stringMatching(/^p[0-9a-z]{7}$/), text: expect.stringMatching(/^Dank u wel, voorzitter\./) });
    expect(data.commitments).toHaveLength(7);
    expect(data.commitments[0]).toMatchObject({ by: 'szabo', to: 'krul', status: 'made' });
    expect(data.references.filter((reference: { kind: string }) => reference.kind === 'paper').length).toBeGreaterThanOrEqual(7);
  });

  it('reports a bad document by file and line, still ingests the others, and exits non-zero', () => {
    const content = scratch('verslag-content-');
    const out = join(scratch('verslag-out-'), 'generated');
    copyFileSync(join(root, 'content', `${debate}.txt`), join(content, `${debate}.txt`));
    copyFileSync(join(root, 'content', `${debate}.yml`), join(content, `${debate}.yml`));
    writeFileSync(join(content, 'boodschappenlijst.txt'), 'Melk\nBrood\nKaas\n');
    writeFileSync(join(content, 'kapotte-metadata.txt'), 'Melk\n');
    writeFileSync(join(content, 'kapotte-metadata.yml'), 'kind: commissiedebat\nsoort: fout\n');
    const result = ingest('--content', content, '--out', out);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(content, 'boodschappenlijst.txt')}: the text states no date, not even a year, and the metadata gives none`);
    expect(result.stderr).toContain(`${join(content, 'kapotte-metadata.yml')}:2: unknown metadata key "soort"`);
    expect(result.stdout).toContain('ingested 1 of 3 documents');
    expect(readdirSync(join(out, 'markdown'))).toEqual([`${debate}.md`]);
    expect(existsSync(join(out, 'json', 'boodschappenlijst.json'))).toBe(false);
  });

  it('prints each warning as file:line and succeeds; with --strict the same warnings fail the run', () => {
    // A real plenary item's reader's copy (../shared/real): no chair named, no date, a title taken from its title line.
    const content = scratch('verslag-warn-');
    const source = join(content, 'wmo-mantelzorg.txt');
    copyFileSync(new URL('../../../shared/real/text/h-tk-20172018-70-4.txt', import.meta.url), source);
    const env = { ...process.env, CI: '', VERSLAG_STRICT: '' };
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [join(root, 'scripts/ingest.ts'), '--content', content, '--out', join(scratch('verslag-warn-out-'), 'generated'), ...args], { cwd: root, encoding: 'utf8', env });
    const lenient = run();
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toContain('ingested 1 of 1 documents');
    expect(lenient.stderr).toContain(`${source}: 3 warnings`);
    expect(lenient.stderr).toContain(`warning: ${source}:9: "De voorzitter" speaks, but no chair has been named ("Voorzitter: …"): the chair's turns stay unresolved`);
    expect(lenient.stderr).toContain(`warning: ${source}:3: the text states no date: dated 2017, the first year of vergaderjaar 2017-2018; set "date:" in its metadata`);
    expect(lenient.stderr).toContain(`warning: ${source}:5: no title in the metadata: took the title line, "Wmo / Mantelzorg / Hulpmiddelenbeleid"`);
    const strict = run('--strict');
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('error: --strict: 3 warning(s)');
    // Metadata that states the date and title leaves only what the text cannot say: who chairs.
    writeFileSync(join(content, 'wmo-mantelzorg.yml'), 'date: "2018-04-05"\ntitle: Wmo / Mantelzorg / Hulpmiddelenbeleid\n');
    expect(run().stderr).toContain(`${source}: 1 warning`);
    // Three runs of the ingest, each starting its worker threads: more than the default 20 s on a busy machine.
  }, 600_000);
});
