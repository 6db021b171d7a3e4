import { describe, expect, it } from 'vitest';
import { parsePublished, parseMalayDate } from '../../scrapers/extract/dates.ts';

const reference = new Date('2024-11-02T03:00:00Z');
const iso = (raw: string, options: Parameters<typeof parsePublished>[1] = { reference }) => parsePublished(raw, options)?.iso ?? null;

describe('parsePublished', () => {
  it('reads Malay month names and abbreviations', () => {
    const months = ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember'];
    months.forEach((name, i) => expect(iso(`5 ${name} 2024`)).toBe(`2024-${String(i + 1).padStart(2, '0')}-05T00:00:00+08:00`));
    expect(iso('5 Okt 2024')).toBe('2024-10-05T00:00:00+08:00');
    expect(iso('5 Dis 2024')).toBe('2024-12-05T00:00:00+08:00');
    expect(iso('Sept 5, 2024')).toBe('2024-09-05T00:00:00+08:00');
    expect(parseMalayDate('Rabu, 30 Oktober 2024')).toEqual({ iso: '2024-10-30T00:00:00+08:00', precision: 'day' });
  });

  it('reads Malay times of day', () => {
    expect(iso('30 Oktober 2024, 10.15 pagi')).toBe('2024-10-30T10:15:00+08:00');
    expect(iso('Rabu, 30 Okt 2024 8:05 malam')).toBe('2024-10-30T20:05:00+08:00');
    expect(iso('30 Okt 2024 3.30 petang')).toBe('2024-10-30T15:30:00+08:00');
    expect(iso('1 Ogos 2024 12 tengah hari')).toBe('2024-08-01T12:00:00+08:00');
    expect(iso('Diterbitkan pada 1 Ogos 2024 pukul 9:00 pagi')).toBe('2024-08-01T09:00:00+08:00');
  });

  it('gives datelines the latest year that does not put them in the future', () => {
    expect(iso('KUALA LUMPUR, Oct 30')).toBe('2024-10-30T00:00:00+08:00');
    expect(iso('KUALA LUMPUR, Dec 30 (Bernama) -- The ministry said')).toBe('2023-12-30T00:00:00+08:00');
    expect(iso('GEORGE TOWN, 2 Nov: Polis')).toBe('2024-11-02T00:00:00+08:00');
    expect(iso('PUTRAJAYA, Nov 3')).toBe('2023-11-03T00:00:00+08:00');
  });

  it('reads day-first numeric dates, never month-first', () => {
    expect(iso('30/10/2024')).toBe('2024-10-30T00:00:00+08:00');
    expect(iso('30-10-2024')).toBe('2024-10-30T00:00:00+08:00');
    expect(iso('30.10.2024 14:00')).toBe('2024-10-30T14:00:00+08:00');
    expect(iso('05/10/2024')).toBe('2024-10-05T00:00:00+08:00');
    expect(iso('10/30/2024')).toBeNull();
    expect(iso('30-Okt-2024')).toBe('2024-10-30T00:00:00+08:00');
    expect(iso('30/Oct/2024 14:05')).toBe('2024-10-30T14:05:00+08:00');
    expect(iso('Oct-30-2024')).toBe('2024-10-30T00:00:00+08:00');
  });

  it('reads English page dates with am/pm and zones', () => {
    expect(iso('MAR 03, 2026')).toBe('2026-03-03T00:00:00+08:00');
    expect(iso('Published on 30 October 2024 at 10:00 AM')).toBe('2024-10-30T10:00:00+08:00');
    expect(iso('Wednesday, 30 Oct 2024 10:23 PM MYT')).toBe('2024-10-30T22:23:00+08:00');
    expect(iso('October 30th, 2024 12:05 a.m.')).toBe('2024-10-30T00:05:00+08:00');
  });

  it('keeps the offset a feed date states, and the zone given for one without', () => {
    expect(parsePublished('Tue, 29 Oct 2024 10:00:00 GMT')).toEqual({ iso: '2024-10-29T10:00:00+00:00', precision: 'time' });
    expect(iso('2024-10-30T10:00:00-05:00')).toBe('2024-10-30T10:00:00-05:00');
    expect(iso('2024-10-30T10:00:00')).toBe('2024-10-30T10:00:00+08:00');
    expect(parsePublished('2024-10-30')).toEqual({ iso: '2024-10-30T00:00:00+08:00', precision: 'day' });
    expect(iso('30/03/2025 12:00', { timeZone: 'Europe/London' })).toBe('2025-03-30T12:00:00+01:00');
    expect(iso('29/03/2025 12:00', { timeZone: 'Europe/London' })).toBe('2025-03-29T12:00:00+00:00');
  });

  it('rejects what it cannot read whole rather than guessing', () => {
    for (const raw of ['', '   ', 'yesterday', '29 Feb 2023', '31 April 2024', '30 Oct 2024 25:00', 'Oct 2024', '2024',
      'Published on 30 October 2024 by Reuters', '30 Oct 2024 10:00 12:00', '03-12-31', 'Oct Nov 30 2024'])
      expect(parsePublished(raw, { reference }), raw).toBeNull();
  });
});
