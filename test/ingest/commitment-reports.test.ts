import { describe, expect, it } from 'vitest';
import { parseLetterWord } from '../../src/ingest/parsers/letter-word.ts';
import { annotateCommitmentReports } from '../../src/ingest/passes/commitment-reports.ts';
import { seedSource } from '../helpers/seeds.ts';

const letter = parseLetterWord(seedSource('kamerbrief-2025-07-moties-en-toezeggingen-digitalisering'));
const reports = annotateCommitmentReports(letter).commitmentReports!;

describe('commitment-reports pass on the Kamerbrief (seed 003)', () => {
  it('finds §3.1.1 reporting on the commitment of the debate of 30 januari 2025 to Kathmann', () => {
    const icai = reports.find((report) => report.section === 's-3-1-1');
    expect(icai).toMatchObject({
      subject: 'Voortgang en financiering van Innovation Center for Artificial Intelligence (ICAI) labs',
      meetingDate: '2025-01-30',
      member: 'kathmann',
      registerIds: ['TZ202502-135'],
      text: 'In het commissiedebat over opkomende en toekomstige technologieën van 30 januari 2025 heeft mijn voorganger uw Kamer toegezegd u te informeren over de voortgang en financiering van de Innovation Center for Artificial Intelligence (ICAI) labs.',
    });
    const passage = letter.body.find((block) => block.type === 'paragraph' && block.passage.anchor === icai!.at);
    expect(passage).toBeDefined();
  });

  it('finds a report where only the heading cites a register id', () => {
    expect(reports.find((report) => report.section === 's-2-1-5')).toMatchObject({ registerIds: ['TZ202501-151'] });
  });

  it('keeps a meeting date only where the text gives it in full', () => {
    const platforms = reports.find((report) => report.section === 's-3-2-5');
    expect(platforms?.meetingDate).toBeUndefined();
    expect(reports.find((report) => report.section === 's-2-1-6')).toMatchObject({ meetingDate: '2025-01-23', member: 'kathmann' });
  });

  it('reports once per section, and only sections that recall a commitment', () => {
    const sections = reports.map((report) => report.section);
    expect(new Set(sections).size).toBe(sections.length);
    expect(sections).not.toContain('s-3-1-3');
    expect(reports.length).toBe(15);
    // "de motie van het lid Buijsse" names the motion's member, not a member who asked.
    expect(reports.find((report) => report.section === 's-2-1-1')).toMatchObject({ meetingDate: '2025-04-23', member: undefined });
  });
});
