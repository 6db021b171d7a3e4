// A deadline the text itself gives: "by January 1, 2025", "before 30 June", "sebelum 1 Januari 2025",
// "by the end of 2025". Dates without a deadline word (published on Oct 22) are not deadlines.

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, januari: 1, feb: 2, february: 2, februari: 2, mar: 3, march: 3, mac: 3, apr: 4, april: 4,
  may: 5, mei: 5, jun: 6, june: 6, jul: 7, july: 7, julai: 7, aug: 8, august: 8, ogos: 8, sep: 9, sept: 9,
  september: 9, oct: 10, october: 10, okt: 10, oktober: 10, nov: 11, november: 11, dec: 12, december: 12, dis: 12,
  disember: 12,
};
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const DEADLINE = '(?:by|before|no later than|not later than|ahead of|sebelum|menjelang|selewat-lewatnya|paling lewat|tidak lewat daripada|by\\s+the\\s+end\\s+of|before\\s+the\\s+end\\s+of|end\\s+of|hujung|akhir)';
const DAY_MONTH = new RegExp(`\\b${DEADLINE}\\s+(?:(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?)(?:,?\\s+(\\d{4}))?`, 'i');
const MONTH_ONLY = new RegExp(`\\b${DEADLINE}\\s+(?:the\\s+end\\s+of\\s+|hujung\\s+|akhir\\s+)?${MONTH}\\s+(\\d{4})`, 'i');
const YEAR_END = new RegExp(`\\b(?:by|before)\\s+(?:the\\s+)?end(?:\\s+of|-)\\s*(\\d{4})|\\b(?:sebelum|menjelang)\\s+(?:hujung|akhir)\\s+tahun\\s+(\\d{4})`, 'i');
const ISO = new RegExp(`\\b${DEADLINE}\\s+(\\d{4})-(\\d{2})-(\\d{2})\\b`, 'i');

const pad = (n: number) => String(n).padStart(2, '0');
function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? `${year}-${pad(month)}-${pad(day)}` : null;
}
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The deadline in `text` as YYYY-MM-DD, or null. A date without a year takes the next such date after `reference`. */
export function findDueDate(text: string, reference: Date | null): string | null {
  const isoMatch = ISO.exec(text);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const m = DAY_MONTH.exec(text);
  if (m) {
    const day = Number(m[1] ?? m[4]);
    const month = MONTHS[(m[2] ?? m[3] ?? '').toLowerCase()];
    if (!month) return null;
    let year = m[5] ? Number(m[5]) : null;
    if (year === null) {
      if (!reference) return null;
      year = reference.getUTCFullYear();
      if (Date.UTC(year, month - 1, day) < reference.getTime() - 86_400_000) year += 1;
    }
    return iso(year, month, day);
  }
  const monthOnly = MONTH_ONLY.exec(text);
  if (monthOnly) {
    const month = MONTHS[(monthOnly[1] ?? '').toLowerCase()];
    const year = Number(monthOnly[2]);
    return month ? iso(year, month, lastDay(year, month)) : null;
  }
  const yearEnd = YEAR_END.exec(text);
  if (yearEnd) return iso(Number(yearEnd[1] ?? yearEnd[2]), 12, 31);
  return null;
}
