// Counts per month for the charts: statements, commitments and disputes, or statements per subject.
import type { Statement } from './schema.ts';
import { statementDay } from './dates.ts';

export interface Series {
  label: string;
  counts: number[];
}

export interface MonthlyCounts {
  /** Every month from the first to the last, YYYY-MM, gaps included so that the time axis is honest. */
  months: string[];
  series: Series[];
}

export function monthRange(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

/** For each named series, how much each statement counts for it (0 for none). */
export function countsByMonth(
  statements: readonly Statement[],
  series: readonly { label: string; weight: (s: Statement) => number }[],
): MonthlyCounts {
  const counted = statements.filter((s) => series.some((x) => x.weight(s) > 0));
  if (counted.length === 0) return { months: [], series: series.map((x) => ({ label: x.label, counts: [] })) };
  const monthOf = (s: Statement) => statementDay(s).slice(0, 7);
  // The first and last month in one pass: sorting every month string cost seconds per subject page at 100,000.
  let first = monthOf(counted[0]!);
  let last = first;
  for (const s of counted) {
    const month = monthOf(s);
    if (month < first) first = month;
    else if (month > last) last = month;
  }
  const months = monthRange(first, last);
  const index = new Map(months.map((m, i) => [m, i]));
  return {
    months,
    series: series.map((x) => {
      const counts = months.map(() => 0);
      for (const s of counted) counts[index.get(monthOf(s))!]! += x.weight(s);
      return { label: x.label, counts };
    }),
  };
}

/** The ids that occur most often in a tag field, most frequent first. */
export function topTagIds(
  statements: readonly Statement[],
  field: 'platforms' | 'actors' | 'issues',
  limit: number,
): string[] {
  const counts = new Map<string, number>();
  for (const s of statements) for (const id of s.tags?.[field] ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id]) => id);
}
