// Relative dates on listing pages and feeds ("2 jam lalu", "semalam", "yesterday"), read against the fetch time in
// the source's zone, so the day a reader in Kuala Lumpur would mean is the day stored.
import { describe, expect, it } from 'vitest';
import { parsePublished } from '../../scrapers/extract/dates.ts';

/** 00:30:45 on 3 March 2026 in Kuala Lumpur, still 2 March in UTC. */
const justAfterMidnight = new Date('2026-03-02T16:30:45Z');
const read = (raw: string, fetchedAt = justAfterMidnight, timeZone?: string) => parsePublished(raw, { fetchedAt, timeZone });

describe('relative dates read against the fetch time (Asia/Kuala_Lumpur)', () => {
  it.each([
    ['2 jam lalu', '2026-03-02T22:30:00+08:00'],
    ['2 jam yang lalu', '2026-03-02T22:30:00+08:00'],
    ['sejam lalu', '2026-03-02T23:30:00+08:00'],
    ['45 minit lalu', '2026-03-02T23:45:00+08:00'],
    ['Dikemaskini 10 minit lepas', '2026-03-03T00:20:00+08:00'],
    ['30 saat lalu', '2026-03-03T00:30:00+08:00'],
    ['2 hours ago', '2026-03-02T22:30:00+08:00'],
    ['an hour ago', '2026-03-02T23:30:00+08:00'],
    ['5m ago', '2026-03-03T00:25:00+08:00'],
    ['Updated 3 hrs ago', '2026-03-02T21:30:00+08:00'],
    ['Semalam, 8:05 malam', '2026-03-02T20:05:00+08:00'],
    ['yesterday at 3:45 pm', '2026-03-02T15:45:00+08:00'],
    ['Hari ini 12:10 pagi', '2026-03-03T00:10:00+08:00'],
  ])('%s → %s, to the minute', (raw, iso) => {
    expect(read(raw)).toEqual({ iso, precision: 'time' });
  });

  it.each([
    ['semalam', '2026-03-02'],
    ['Semalam', '2026-03-02'],
    ['yesterday', '2026-03-02'],
    ['kelmarin', '2026-03-01'],
    ['hari ini', '2026-03-03'],
    ['Today', '2026-03-03'],
    ['3 hari lepas', '2026-02-28'],
    ['3 hari yang lalu', '2026-02-28'],
    ['sehari lalu', '2026-03-02'],
    ['a day ago', '2026-03-02'],
    ['3 days ago', '2026-02-28'],
  ])('%s → %s, a day in Kuala Lumpur (not in UTC, where it is still 2 March)', (raw, day) => {
    expect(read(raw)).toEqual({ iso: `${day}T00:00:00+08:00`, precision: 'day' });
  });

  it('counts days on the calendar across the day boundary, month ends and leap days', () => {
    const lastMinute = new Date('2026-03-03T15:59:00Z'); // 23:59 on 3 March in Kuala Lumpur
    expect(read('semalam', lastMinute)?.iso).toBe('2026-03-02T00:00:00+08:00');
    expect(read('2 jam lalu', lastMinute)?.iso).toBe('2026-03-03T21:59:00+08:00');
    expect(read('1 hari lalu', new Date('2025-12-31T16:05:00Z'))?.iso).toBe('2025-12-31T00:00:00+08:00');
    expect(read('2 hari lalu', new Date('2026-01-01T03:00:00Z'))?.iso).toBe('2025-12-30T00:00:00+08:00');
    expect(read('kelmarin', new Date('2024-03-01T02:00:00Z'))?.iso).toBe('2024-02-28T00:00:00+08:00');
    expect(read('semalam', new Date('2024-03-01T02:00:00Z'))?.iso).toBe('2024-02-29T00:00:00+08:00');
  });

  it('uses the offset in force at the moment meant, in a zone with summer time', () => {
    // Clocks in London went forward at 01:00 UTC on 29 March 2026: 03:30 BST less two hours is 00:30 GMT.
    const afterChange = new Date('2026-03-29T02:30:00Z');
    expect(read('2 hours ago', afterChange, 'Europe/London')?.iso).toBe('2026-03-29T00:30:00+00:00');
    expect(read('yesterday', afterChange, 'Europe/London')?.iso).toBe('2026-03-28T00:00:00+00:00');
    expect(read('1 hour ago', afterChange, 'Europe/London')?.iso).toBe('2026-03-29T02:30:00+01:00');
  });

  it.each([
    'baru-baru ini',
    'beberapa minit lalu',
    'a few minutes ago',
    'just now',
    '1 minggu lalu',
    '2 weeks ago',
    '3 bulan lalu',
    'setahun lalu',
    'dalam 2 jam',
    'in 2 hours',
    '2 jam',
    'lalu',
    '2 jam lalu 5 Mac 2026',
    'semalam 5 Mac',
    'kemarin',
  ])('%s is not a date: null, never a guess', (raw) => {
    expect(read(raw)).toBeNull();
  });

  it('refuses a relative time later than the fetch', () => {
    expect(read('Today 14:05')).toBeNull();
    expect(read('Today 00:30')?.iso).toBe('2026-03-03T00:30:00+08:00');
  });

  it('reads no relative phrase without a fetch time: a page re-read later must not be dated by the re-reading', () => {
    for (const raw of ['2 jam lalu', 'semalam', 'yesterday', '3 hari lepas']) {
      expect(parsePublished(raw)).toBeNull();
      expect(parsePublished(raw, { reference: justAfterMidnight })).toBeNull();
    }
  });

  it('keeps absolute dates as they were, with the fetch time as the reference for datelines', () => {
    expect(read('30 Oktober 2024, 10.15 pagi')?.iso).toBe('2024-10-30T10:15:00+08:00');
    expect(read('KUALA LUMPUR, Dec 30 (Bernama) -- The ministry said')?.iso).toBe('2025-12-30T00:00:00+08:00');
  });

  it('takes no word of the object prototype for a month, zone or time of day', () => {
    expect(parsePublished('5 Mei 2024 10:00 constructor')).toBeNull();
    expect(read('constructor lalu')).toBeNull();
    expect(read('2 constructor ago')).toBeNull();
  });
});
