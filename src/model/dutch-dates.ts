/** The months as Dutch writes them, January first: for reading dates in sources and writing them on pages. */
export const MONTHS = [
  'januari', 'februari', 'maart', 'april', 'mei', 'juni',
  'juli', 'augustus', 'september', 'oktober', 'november', 'december',
];

/** '2025-01-30' → '30 januari 2025'; '2025-07' → 'juli 2025'; '2026' → '2026': an ISO date as Dutch writes it. */
export function formatDutchDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (!month) return year!;
  const monthName = MONTHS[Number(month) - 1]!;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
