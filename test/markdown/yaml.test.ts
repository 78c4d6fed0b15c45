import { parse, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../../src/ingest/pipeline.ts';
import { frontmatter } from '../../src/markdown/write.ts';
import { writeYaml } from '../../src/markdown/yaml.ts';
import { SEED_IDS, seedSource } from '../helpers/seeds.ts';

describe('writeYaml', () => {
  it.each(SEED_IDS)('writes what the yaml library writes, without its line folding, and reads back the same: %s', (id) => {
    const data = JSON.parse(JSON.stringify(frontmatter(ingestDocument(seedSource(id))))) as Record<string, unknown>;
    const written = writeYaml(data);
    expect(parse(written)).toStrictEqual(data);
    expect(written).toBe(stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 }));
  });

  it('writes any text as a double-quoted scalar that reads back as the same characters', () => {
    const texts = ['"aanhalingstekens" en \\ backslash', 'regel\neen\r\ntwee\ttab', ': # - ? [] {} & * ! | > \' % @ `', '  spaties  ', '2025-01-30', 'true', 'null', '12', '', 'é — \u2028 \u0085 \u00a0 \u0007 \u{1F600}'];
    const data = { texts, people: [{ slug: 'a', name: texts[0], by: ['x', 'y'], paper: { dossier: '26643' } }, { slug: 'b' }], empty: [], none: {}, line: 12 };
    expect(parse(writeYaml(data))).toStrictEqual(data);
    expect(writeYaml({ people: [{ slug: 'valize', name: 'Valize' }], motions: [] })).toBe('people:\n  - slug: "valize"\n    name: "Valize"\nmotions: []\n');
  });

  it('refuses a value the model does not have, rather than guessing', () => {
    expect(() => writeYaml({ date: new Date(0) as unknown })).toThrow();
    expect(() => writeYaml({ x: null })).toThrow('cannot write null');
  });
});
