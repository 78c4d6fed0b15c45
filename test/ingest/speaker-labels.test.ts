import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Speech } from '../../src/model/document.ts';
import { classifyLabelLine, parseSpeakerLabel } from '../../src/ingest/debate/speaker-labels.ts';
import { parseDebateMarkdown } from '../../src/ingest/parsers/debate-markdown.ts';
import { parseDebateText } from '../../src/ingest/parsers/debate-text.ts';
import { seedSource, seedText } from '../helpers/seeds.ts';

describe('speaker labels', () => {
  it('reads every spelling the House and its copies print', () => {
    expect(parseSpeakerLabel('De voorzitter:')).toEqual({ kind: 'chair' });
    expect(parseSpeakerLabel('Mevrouw Kröger (GroenLinks):')).toEqual({ kind: 'member', honorific: 'Mevrouw', name: 'Kröger', party: 'GroenLinks' });
    expect(parseSpeakerLabel('Mevr. Kathmann (GroenLinks-PvdA):')).toEqual({ kind: 'member', honorific: 'Mevrouw', name: 'Kathmann', party: 'GroenLinks-PvdA' });
    expect(parseSpeakerLabel('Dhr. Krul (CDA):')).toEqual({ kind: 'member', honorific: 'De heer', name: 'Krul', party: 'CDA' });
    expect(parseSpeakerLabel('Kamerlid Kostić (PvdD):')).toEqual({ kind: 'member', name: 'Kostić', party: 'PvdD' });
    expect(parseSpeakerLabel("De heer Van 't Wout (VVD):")).toEqual({ kind: 'member', honorific: 'De heer', name: "Van 't Wout", party: 'VVD' });
    expect(parseSpeakerLabel('De heer Van der Staaij (SGP):')).toMatchObject({ name: 'Van der Staaij' });
    expect(parseSpeakerLabel('De heer Klein (50PLUS/Klein):')).toMatchObject({ name: 'Klein', party: '50PLUS/Klein' });
    expect(parseSpeakerLabel('De heer Jasper van Dijk (SP):')).toMatchObject({ name: 'Jasper van Dijk' });
    expect(parseSpeakerLabel('De heer Eichelsheim:')).toEqual({ kind: 'member', honorific: 'De heer', name: 'Eichelsheim' });
    expect(parseSpeakerLabel('Minister Ollongren:')).toEqual({ kind: 'cabinet', title: 'Minister', role: 'minister', name: 'Ollongren' });
    expect(parseSpeakerLabel('Minister-president Rutte:')).toEqual({ kind: 'cabinet', title: 'Minister-president', role: 'minister', name: 'Rutte' });
    expect(parseSpeakerLabel('Staatssecretaris Van Oostenbruggen:')).toEqual({ kind: 'cabinet', title: 'Staatssecretaris', role: 'state-secretary', name: 'Van Oostenbruggen' });
  });

  it('does not take sentences ending in a colon for labels', () => {
    for (const line of ['Aan de orde is de behandeling van:', 'Ik stel voor toe te voegen aan de agenda:', 'De motie-Wassenberg (21501-08, nr. 719) is in die zin gewijzigd dat zij thans luidt:', 'verzoekt de regering:']) {
      expect(classifyLabelLine(line), line).toBeUndefined();
    }
    expect(classifyLabelLine('Mevr. Kathmann (GroenLinks-PvdA:')).toBe('malformed-label');
  });
});

describe('label variants make turns, not text of the previous turn', () => {
  // A real committee debate's reader's copy (../shared/real, vlos-2a27783d: Nationale fiscaliteit), its labels respelled.
  const path = new URL('../../../shared/real/text/vlos-2a27783d-3d6b-4e26-9fcf-52c17a41f6bf.txt', import.meta.url);
  const original = readFileSync(path, 'utf8');
  const turns = (text: string) => {
    const doc = parseDebateText({ id: 'x', path: 'x.txt', text, metadata: {} });
    const count = new Map<string, number>();
    for (const block of doc.body) if (block.type === 'speech') count.set(`${block.speaker.name}/${block.speaker.role}`, (count.get(`${block.speaker.name}/${block.speaker.role}`) ?? 0) + 1);
    return Object.fromEntries(count);
  };
  const before = turns(original);

  it.each([
    ['Mevrouw Van Eijk (VVD):', 'Mevr. Van Eijk (VVD):'],
    ['Mevrouw Van Eijk (VVD):', 'Kamerlid Van Eijk (VVD):'],
    ['De heer Kouwenhoven (NSC):', 'Dhr. Kouwenhoven (NSC):'],
  ])('%s as %s', (label, variant) => {
    expect(turns(original.replaceAll(`\n${label}\n`, `\n${variant}\n`))).toEqual(before);
  });

  it('Minister-president and a name with a particle ("Van \'t Wout") each keep their turns', () => {
    const variant = original.replaceAll('\nStaatssecretaris Van Oostenbruggen:\n', '\nMinister-president Van Oostenbruggen:\n').replaceAll('\nDe heer Kouwenhoven (NSC):\n', "\nDe heer Van 't Wout (VVD):\n");
    const after = turns(variant);
    expect(after['Van Oostenbruggen/minister']).toBe(before['Van Oostenbruggen/state-secretary']);
    expect(after["Van 't Wout/member"]).toBe(before['Kouwenhoven/member']);
    expect(Object.values(after).reduce((a, b) => a + b)).toBe(Object.values(before).reduce((a, b) => a + b));
  });

  it('in the Markdown export too: "**Kamerlid Krul (CDA):**" and "**Mevr. Kathmann (GroenLinks-PvdA):**"', () => {
    const id = 'commissiedebat-2025-01-30-opkomende-technologieen';
    const speeches = (text: string) => parseDebateMarkdown(seedSource(id, text)).body.filter((block): block is Speech => block.type === 'speech');
    const seed = speeches(seedText(id));
    const variant = speeches(seedText(id).replaceAll('**De heer Krul (CDA):**', '**Kamerlid Krul (CDA):**').replaceAll('**Mevrouw Kathmann (GroenLinks-PvdA):**', '**Mevr. Kathmann (GroenLinks-PvdA):**'));
    expect(variant.map((speech) => speech.speaker.slug)).toEqual(seed.map((speech) => speech.speaker.slug));
    expect(seedText(id)).toContain('**De heer Krul (CDA):**');
    expect(seedText(id)).toContain('**Mevrouw Kathmann (GroenLinks-PvdA):**');
  });

  it('a label without a party is a guest the committee hears (vlos-93758182: "De heer Eichelsheim:")', () => {
    const text = readFileSync(new URL('../../../shared/real/text/vlos-93758182-978b-4899-9d4d-1776c7baeab3.txt', import.meta.url), 'utf8');
    const guests = parseDebateText({ id: 'x', path: 'x.txt', text, metadata: {} }).body.filter((block): block is Speech => block.type === 'speech' && block.speaker.role === 'guest');
    expect(guests.map((speech) => speech.speaker.slug)).toEqual(['eichelsheim']);
  });
});
