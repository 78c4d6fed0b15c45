/**
 * Party names (fracties) as the House writes them. A source abbreviates ("GL-PvdA") or capitalises
 * ("(VOLT)") them in places; parties not listed keep the spelling of the source.
 */
const PARTY_SPELLINGS = [
  'VVD', 'PVV', 'CDA', 'D66', 'GroenLinks-PvdA', 'GroenLinks', 'PvdA', 'NSC', 'BBB', 'SP', 'PvdD',
  'ChristenUnie', 'SGP', 'DENK', 'FVD', 'JA21', 'Volt', '50PLUS',
];

const ABBREVIATIONS: Record<string, string> = {
  'GL-PvdA': 'GroenLinks-PvdA',
  'GL/PvdA': 'GroenLinks-PvdA',
};

export function normaliseParty(party: string): string {
  const name = ABBREVIATIONS[party] ?? party;
  return PARTY_SPELLINGS.find((spelling) => spelling.toLowerCase() === name.toLowerCase()) ?? name;
}
