import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePublished } from '../../scrapers/extract/dates.ts';

const MALAY_MONTHS = ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember'];
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The wall clock of `instant` at a fixed offset (minutes east of UTC). */
function wall(instant: Date, offset: number) {
  const d = new Date(instant.getTime() + offset * 60000);
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), mi: d.getUTCMinutes(), s: d.getUTCSeconds(), wd: d.getUTCDay() };
}
const offsetText = (o: number, colon: boolean) => `${o < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(o) / 60))}${colon ? ':' : ''}${pad(Math.abs(o) % 60)}`;

// Whole seconds between 1990 and 2100 (Kuala Lumpur has kept +08:00 throughout).
const instant = fc.integer({ min: Date.UTC(1990, 0, 1) / 1000, max: Date.UTC(2100, 0, 1) / 1000 }).map((s) => new Date(s * 1000));
const offset = fc.integer({ min: -12 * 4, max: 14 * 4 }).map((q) => q * 15);

const formats: Record<string, (t: Date, o: number) => { text: string; timeZone?: string }> = {
  iso: (t, o) => { const w = wall(t, o); return { text: `${w.y}-${pad(w.mo)}-${pad(w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}${offsetText(o, true)}` }; },
  rfc822: (t, o) => { const w = wall(t, o); return { text: `${DAYS[w.wd]}, ${pad(w.d)} ${ENGLISH_MONTHS[w.mo - 1]} ${w.y} ${pad(w.h)}:${pad(w.mi)}:${pad(w.s)} ${offsetText(o, false)}` }; },
  malay: (t) => { const w = wall(t, 480); return { text: `${w.d} ${MALAY_MONTHS[w.mo - 1]} ${w.y}, ${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}` }; },
  dayFirst: (t) => { const w = wall(t, 480); return { text: `${pad(w.d)}/${pad(w.mo)}/${w.y} ${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}`, timeZone: 'Asia/Kuala_Lumpur' }; },
  utcNaive: (t) => { const w = wall(t, 0); return { text: `${w.y}-${pad(w.mo)}-${pad(w.d)} ${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}`, timeZone: 'UTC' }; },
};

const dateWords = fc.constantFrom('30', '2024', 'Oct', 'Oktober', 'Mac', ',', 'KUALA LUMPUR,', '10:15', '10.15', 'pagi', 'malam',
  'pm', 'GMT', '+0800', '-99:99', 'Rabu', 'at', 'T', '2024-10-30', '30/10/2024', '1:2:3:4', 'Z', '(Bernama)', '—', '0', '99');

describe('parsePublished properties', () => {
  it('never throws and answers null or a well-formed result on any string', () => {
    const reference = new Date('2024-11-02T00:00:00Z');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.array(dateWords, { maxLength: 8 }).map((w) => w.join(' '))), (raw) => {
        const parsed = parsePublished(raw, { reference });
        if (parsed === null) return;
        expect(parsed.iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
        expect(Number.isNaN(Date.parse(parsed.iso))).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  for (const [name, format] of Object.entries(formats))
    it(`round-trips a formatted instant (${name}): same instant, and its own ISO parses to itself`, () => {
      fc.assert(
        fc.property(instant, offset, (t, o) => {
          const { text, timeZone } = format(t, o);
          const parsed = parsePublished(text, { timeZone });
          expect(parsed, text).not.toBeNull();
          expect(new Date(parsed!.iso).getTime(), text).toBe(t.getTime());
          expect(parsed!.precision).toBe('time');
          expect(parsePublished(parsed!.iso, { timeZone: 'America/New_York' })).toEqual(parsed);
        }),
        { numRuns: 500 },
      );
    });
});
