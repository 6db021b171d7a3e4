// Publication dates as sources write them: feed dates (RFC 822, W3C-DTF / ISO 8601), English and Malay
// dates on pages ("30 Oktober 2024, 10.15 pagi"), datelines ("KUALA LUMPUR, Oct 30"), day-first numbers, and
// relative phrases on listings ("2 jam lalu", "semalam", "yesterday") read against the time they were fetched.
// The rule throughout: a string is read whole or not at all. A date we cannot account for is null, never a guess.

export interface PublishedTime {
  iso: string; // ISO 8601 with offset
  precision: 'time' | 'day';
}

export interface ParseDateOptions {
  /** The zone of a date written without one (default Asia/Kuala_Lumpur). */
  timeZone?: string;
  /** "Now" for datelines without a year: the year chosen is the latest that does not put the date after it. */
  reference?: Date;
  /**
   * When the text was fetched. Only then are relative phrases ("2 jam lalu", "semalam", "3 days ago") read, against
   * this time: a page re-read later from a snapshot must not be dated by the re-reading. Also the default reference.
   */
  fetchedAt?: Date;
}

export const DEFAULT_TIME_ZONE = 'Asia/Kuala_Lumpur';

// Null-prototype tables, so a word such as "constructor" is not found in them.
const MONTHS: Record<string, number> = Object.create(null);
const addMonths = (names: string[], month: number) => names.forEach((n) => (MONTHS[n] = month));
addMonths(['january', 'januari', 'jan'], 1);
addMonths(['february', 'februari', 'feb'], 2);
addMonths(['march', 'mac', 'mar'], 3);
addMonths(['april', 'apr'], 4);
addMonths(['may', 'mei'], 5);
addMonths(['june', 'jun'], 6);
addMonths(['july', 'julai', 'jul'], 7);
addMonths(['august', 'ogos', 'aug', 'ogo'], 8);
addMonths(['september', 'sept', 'sep'], 9);
addMonths(['october', 'oktober', 'oct', 'okt'], 10);
addMonths(['november', 'nov'], 11);
addMonths(['december', 'disember', 'dec', 'dis'], 12);

const WEEKDAYS = new Set(
  [
    'monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri saturday sat sunday sun',
    'isnin isn selasa sel rabu rab khamis kha jumaat jum sabtu sab ahad aha minggu',
  ]
    .join(' ')
    .split(' '),
);

/** Words that label a date on a page without changing it. */
const FILLER = new Set([
  'published', 'updated', 'posted', 'last', 'modified', 'date', 'on', 'at', 'the', 'of',
  'diterbitkan', 'dikemaskini', 'dikemas', 'kini', 'kemaskini', 'tarikh', 'pada', 'pukul', 'jam', 'hb', 'haribulan',
  '-', '–', '—', '|', '/', '·', '•', '@',
]);

/** Zone abbreviations that feeds and Malaysian pages use, in minutes east of UTC. Ambiguous ones (IST, BST) are left out. */
const ZONES: Record<string, number> = Object.assign(Object.create(null), {
  z: 0, ut: 0, utc: 0, gmt: 0, 'etc/gmt': 0, 'etc/utc': 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  at: -240, et: -300, ct: -360, mt: -420, pt: -480,
  met: 60, mest: 120, cet: 60, cest: 120, eet: 120, eest: 180,
  myt: 480, sgt: 480, hkt: 480, awst: 480, wib: 420, wita: 480, wit: 540, jst: 540, kst: 540,
  aest: 600, aedt: 660,
});

type Meridiem = 'am' | 'pm' | 'noon' | 'night';
const MERIDIEMS: Record<string, Meridiem> = Object.assign(Object.create(null), {
  am: 'am', 'a.m.': 'am', 'a.m': 'am', pm: 'pm', 'p.m.': 'pm', 'p.m': 'pm',
  pagi: 'am', 'tengah hari': 'noon', tengahari: 'noon', tgh: 'noon', petang: 'pm', ptg: 'pm', malam: 'night',
});

interface Parts {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Minutes east of UTC when the string names its zone. */
  offset?: number;
  /** "semalam" (1), "kelmarin" (2), "today" (0): the day is this many days before the fetch day, in the zone. */
  daysBack?: number;
}

/** Words naming a day by its distance from today. "Kemarin" is left out: yesterday in Indonesian, often the day before in Malay. */
const RELATIVE_DAYS: Record<string, number> = Object.assign(Object.create(null), { today: 0, hariini: 0, yesterday: 1, semalam: 1, kelmarin: 2 });

/** Units of "2 jam lalu" / "3 days ago", in minutes; a day is counted on the calendar, not as 1,440 minutes. */
const AGO_UNITS: Record<string, number | 'day'> = Object.create(null);
const addUnits = (names: string, unit: number | 'day') => names.split(' ').forEach((n) => (AGO_UNITS[n] = unit));
addUnits('s sec secs second seconds saat', 1 / 60);
addUnits('m min mins minute minutes minit', 1);
addUnits('h hr hrs hour hours jam', 60);
addUnits('d day days hari', 'day');

// "2 jam lalu", "3 hari yang lepas", "sejam lalu", "an hour ago", "5m ago". Weeks, months and vague amounts
// ("beberapa minit", "baru-baru ini", "a few days ago") name no day and are not read.
const AGO = /^(?:(\d{1,4}|an?|one|satu)\s*|se)([a-z]+)\s+(?:yang\s+)?(?:lalu|lepas|ago)$/;

/** Parse a publication date; null when the string is not wholly a date we can read. Never throws on any string. */
export function parsePublished(raw: string, options: ParseDateOptions = {}): PublishedTime | null {
  if (typeof raw !== 'string' || raw.length > 200) return null;
  const text = raw.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const fetchedAt = options.fetchedAt && !Number.isNaN(options.fetchedAt.getTime()) ? options.fetchedAt : null;
  const parts = parseIso(text) ?? parseAgo(text, fetchedAt, timeZone) ?? parseWords(text) ?? parseWords(stripDateline(text));
  if (!parts) return null;
  if (parts.daysBack !== undefined) {
    if (!fetchedAt) return null;
    Object.assign(parts, daysBefore(fetchedAt, parts.daysBack, timeZone));
  }
  const published = resolve(parts, timeZone, options.reference ?? fetchedAt ?? new Date());
  // "Today 14:05" on a page fetched at 00:30 is not a publication time.
  if (published && fetchedAt && parts.daysBack !== undefined && Date.parse(published.iso) > fetchedAt.getTime()) return null;
  return published;
}

/** The name for Malay-language pages; the same parser reads both languages. */
export const parseMalayDate = parsePublished;

/** "2 jam lalu" read against the fetch time: minutes and hours to the minute, days as calendar days in the zone. */
function parseAgo(text: string, fetchedAt: Date | null, timeZone: string): Parts | null {
  const words = text.toLowerCase().replace(/[,:()]/g, ' ').split(' ').filter(Boolean);
  while (words.length && FILLER.has(words[0]!)) words.shift();
  const m = AGO.exec(words.join(' '));
  const unit = m ? AGO_UNITS[m[2]!] : undefined;
  if (!m || unit === undefined || !fetchedAt) return null;
  const amount = m[1] === undefined || !/^\d/.test(m[1]) ? 1 : +m[1];
  if (unit === 'day') return { daysBack: amount };
  const ms = Math.floor((fetchedAt.getTime() - amount * unit * 60000) / 60000) * 60000;
  const offset = zoneOffsetMinutes(timeZone, ms);
  const wall = new Date(ms + offset * 60000);
  return {
    year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate(),
    hour: wall.getUTCHours(), minute: wall.getUTCMinutes(), second: 0, offset,
  };
}

/** The calendar day `days` before the day `fetchedAt` falls on in `timeZone`. */
function daysBefore(fetchedAt: Date, days: number, timeZone: string): Pick<Parts, 'year' | 'month' | 'day'> {
  const today = dayInZone(fetchedAt.getTime(), timeZone);
  const date = new Date(wallMs(Math.floor(today / 10000), Math.floor(today / 100) % 100, today % 100, 0, 0, 0));
  date.setUTCDate(date.getUTCDate() - days);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const ISO =
  /^(\d{4})-(0?\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)? ?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** W3C-DTF and ISO 8601 extended form (also Google's three-digit month "2003-012-31"). */
function parseIso(text: string): Parts | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (zone && h === undefined) return null;
  const parts: Parts = { year: +y!, month: +mo!, day: +d! };
  if (h !== undefined) Object.assign(parts, { hour: +h, minute: +mi!, second: s ? +s : 0 });
  if (zone) {
    const offset = parseOffset(zone);
    if (offset === null) return null;
    parts.offset = offset;
  }
  return parts;
}

/** "KUALA LUMPUR, Oct 30 (Bernama) — ..." → "Oct 30": the place in capitals, the date, then the story. */
function stripDateline(text: string): string {
  const m = /^[A-Z][A-Z .'’-]*[A-Z]\.?\s*,\s*(.+)$/.exec(text);
  if (!m) return '';
  return m[1]!.split(/\s*(?:\(|\s[-–—]+\s|[–—]|--|:\s)/)[0]!;
}

const NUMERIC_DATE = /^(\d{1,4})([-/.])(\d{1,2})\2(\d{1,4})$/;
const TIME = /^(\d{1,2})(?::(\d{2})(?::(\d{2})(?:[.,]\d+)?)?|\.(\d{2})(?=a|p))?(a\.?m\.?|p\.?m\.?)?(z|[+-]\d{2}:?\d{2})?$/;

/** Dates written with words, numbers and times in any of the usual orders; every token must be accounted for. */
function parseWords(text: string): Parts | null {
  if (!text) return null;
  const tokens = text
    .toLowerCase()
    // "30-Okt-2024", "30/Oct/2024", "Oct-30-2024": a month name between separators is a word among words.
    .replace(/\b(\d{1,4})[-/.]([a-z]{3,9})\.?[-/.](\d{1,4})\b/g, (m, a: string, month: string, b: string) =>
      MONTHS[month] === undefined ? m : `${a} ${month} ${b}`)
    .replace(/\b([a-z]{3,9})[-/.](\d{1,2})[-/.](\d{4})\b/g, (m, month: string, a: string, b: string) =>
      MONTHS[month] === undefined ? m : `${month} ${a} ${b}`)
    .replace(/tengah hari/g, 'tengahari')
    .replace(/hari ini/g, 'hariini')
    .replace(/[,()\[\]]/g, ' ')
    .split(' ')
    .filter(Boolean);
  const parts: Parts = {};
  // Day and year numbers around the month name, in the order written.
  const numbers: { value: number; digits: number }[] = [];
  let meridiem: Meridiem | undefined;
  const setOnce = <K extends keyof Parts>(key: K, value: Parts[K]): boolean => {
    if (parts[key] !== undefined) return false;
    parts[key] = value;
    return true;
  };
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i]!;
    const word = token.replace(/\.$/, '');
    // "AT" after the time is Atlantic Time (feeds use it); elsewhere "at" is the word ("on 30 Oct at 10:00").
    if (token === 'at' && parts.hour !== undefined && i === tokens.length - 1) {
      if (!setOnce('offset', ZONES.at)) return null;
      continue;
    }
    if (WEEKDAYS.has(word) || FILLER.has(token)) continue;
    if (RELATIVE_DAYS[word] !== undefined) {
      if (!setOnce('daysBack', RELATIVE_DAYS[word])) return null;
      continue;
    }
    if (MONTHS[word] !== undefined) {
      if (!setOnce('month', MONTHS[word])) return null;
      continue;
    }
    if (MERIDIEMS[token] ?? MERIDIEMS[word]) {
      if (meridiem || parts.hour === undefined) return null;
      meridiem = MERIDIEMS[token] ?? MERIDIEMS[word];
      continue;
    }
    if (token === 'gmt' || token === 'utc') {
      // "GMT-01:01", "GMT +8": the sign and hours may follow as the next token.
      const next = tokens[i + 1];
      if (next && /^[+-]\d/.test(next)) token += tokens[++i];
    }
    const zone = parseZone(token);
    if (zone !== null) {
      if (!setOnce('offset', zone)) return null;
      continue;
    }
    const numeric = NUMERIC_DATE.exec(token);
    if (numeric) {
      const date = numericDate(+numeric[1]!, numeric[1]!.length, numeric[2]!, +numeric[3]!, +numeric[4]!, numeric[4]!.length);
      if (!date || parts.year !== undefined || parts.month !== undefined) return null;
      Object.assign(parts, date);
      continue;
    }
    const time = TIME.exec(token);
    const nextIsMeridiem = !!MERIDIEMS[tokens[i + 1]?.replace(/\.$/, '') ?? ''] || !!MERIDIEMS[tokens[i + 1] ?? ''];
    if (time && (time[2] !== undefined || time[4] !== undefined || time[5] || (nextIsMeridiem && /^\d{1,2}$/.test(token)))) {
      if (parts.hour !== undefined) return null;
      parts.hour = +time[1]!;
      parts.minute = +(time[2] ?? time[4] ?? 0);
      parts.second = +(time[3] ?? 0);
      if (time[5]) meridiem = time[5].startsWith('a') ? 'am' : 'pm';
      if (time[6]) {
        const offset = parseOffset(time[6]);
        if (offset === null || !setOnce('offset', offset)) return null;
      }
      continue;
    }
    // "10.15 pagi": a dotted time is only a time when a meridiem follows.
    const dotted = /^(\d{1,2})\.(\d{2})$/.exec(token);
    if (dotted && nextIsMeridiem) {
      if (parts.hour !== undefined) return null;
      Object.assign(parts, { hour: +dotted[1]!, minute: +dotted[2]!, second: 0 });
      continue;
    }
    const number = /^(\d{1,4})(?:st|nd|rd|th|hb)?$/.exec(token);
    if (number) {
      numbers.push({ value: +number[1]!, digits: number[1]!.length });
      continue;
    }
    return null;
  }
  if (meridiem) {
    if (parts.hour === undefined || parts.hour < 1 || parts.hour > 12) return null;
    parts.hour = applyMeridiem(parts.hour, meridiem);
  }
  if (parts.daysBack !== undefined) return parts.month === undefined && parts.day === undefined && !numbers.length ? parts : null;
  if (parts.month === undefined) return null;
  if (parts.day === undefined) {
    if (!assignDayAndYear(parts, numbers)) return null;
  } else if (numbers.length) return null;
  return parts;
}

function applyMeridiem(hour: number, meridiem: Meridiem): number {
  if (meridiem === 'am') return hour % 12;
  if (meridiem === 'noon') return hour < 6 ? hour + 12 : hour; // "12 tengah hari", "1 tengah hari"
  if (meridiem === 'night') return hour === 12 ? 0 : hour < 5 ? hour : hour + 12; // "10 malam", "12 malam"
  return (hour % 12) + 12;
}

/** The numbers beside a month name: a four-digit one is the year, a short one the day; "01 Jan 04" is day then year. */
function assignDayAndYear(parts: Parts, numbers: { value: number; digits: number }[]): boolean {
  const long = numbers.filter((n) => n.digits > 2);
  const short = numbers.filter((n) => n.digits <= 2);
  if (long.length > 1 || short.length === 0 || short.length > 2 || (long.length === 1 && short.length !== 1)) return false;
  if (long.length === 1) {
    if (long[0]!.digits !== 4) return false;
    parts.year = long[0]!.value;
    parts.day = short[0]!.value;
    return true;
  }
  parts.day = short[0]!.value;
  if (short.length === 2) {
    // A two-digit year comes after the day (RFC 822's "01 Jan 04"); RFC 2822 folds 00-49 to 20xx.
    const y = short[1]!.value;
    parts.year = y < 50 ? 2000 + y : 1900 + y;
  }
  return true;
}

/** Numbers with separators: year first ("2006/09/15", "2024-10-30") or day first ("30/10/2024", "30.10.24"). */
function numericDate(a: number, aDigits: number, sep: string, b: number, c: number, cDigits: number): Parts | null {
  if (aDigits === 4 && cDigits <= 2) return { year: a, month: b, day: c };
  if (aDigits > 2) return null;
  if (cDigits === 4) return { year: c, month: b, day: a };
  // Two-digit years only with "/" or "."; "03-12-31" could be either order, so it is refused.
  if (cDigits === 2 && sep !== '-') return { year: 2000 + c, month: b, day: a };
  return null;
}

function parseZone(token: string): number | null {
  const named = ZONES[token];
  if (named !== undefined) return named;
  const gmt = /^(?:gmt|utc)([+-]\d{1,2}(?::?\d{2})?)$/.exec(token);
  if (gmt) return parseOffset(gmt[1]!);
  if (/^[+-]\d{4}$|^[+-]\d{2}:\d{2}$/.test(token)) return parseOffset(token);
  return null;
}

/** "+08:00", "-0500", "+8", "Z" → minutes east of UTC; null when out of range. */
function parseOffset(zone: string): number | null {
  if (/^z$/i.test(zone)) return 0;
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!m) return null;
  const hours = +m[2]!;
  const minutes = +(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Milliseconds since the epoch of a wall-clock time read as UTC; Date.UTC would move years 0-99 to 1900-1999. */
function wallMs(y: number, mo: number, d: number, h: number, mi: number, s: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, 0);
  return date.getTime();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC of `timeZone` at the instant `ms`, from Intl (no date library needed). */
export function zoneOffsetMinutes(timeZone: string, ms: number): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', era: 'short',
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  const get = (parts: Intl.DateTimeFormatPart[], type: string) => +(parts.find((p) => p.type === type)?.value ?? 0);
  const parts = format.formatToParts(new Date(ms));
  const bc = parts.find((p) => p.type === 'era')?.value.startsWith('B') ?? false;
  const year = bc ? 1 - get(parts, 'year') : get(parts, 'year');
  const wall = wallMs(year, get(parts, 'month'), get(parts, 'day'), get(parts, 'hour'), get(parts, 'minute'), get(parts, 'second'));
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60000);
}

/** The day `ms` falls on in `timeZone`, as a comparable number yyyymmdd. */
function dayInZone(ms: number, timeZone: string): number {
  const local = new Date(ms + zoneOffsetMinutes(timeZone, ms) * 60000);
  return local.getUTCFullYear() * 10000 + (local.getUTCMonth() + 1) * 100 + local.getUTCDate();
}

function resolve(parts: Parts, timeZone: string, reference: Date): PublishedTime | null {
  const { month, day } = parts;
  if (month === undefined || day === undefined || month < 1 || month > 12 || day < 1 || day > 31) return null;
  let year = parts.year;
  if (year === undefined) {
    // A dateline names no year: take the reference's, or the year before when that would be in the future.
    if (Number.isNaN(reference.getTime())) return null;
    year = Math.floor(dayInZone(reference.getTime(), timeZone) / 10000);
    if (year * 10000 + month * 100 + day > dayInZone(reference.getTime(), timeZone)) year -= 1;
  }
  const hour = parts.hour ?? 0;
  const minute = parts.minute ?? 0;
  const second = parts.second ?? 0;
  if (year < 1 || year > 9999 || hour > 23 || minute > 59 || second > 59) return null;
  const wall = wallMs(year, month, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCDate() !== day) return null; // 31 April, 29 February 2023
  let offset = parts.offset;
  if (offset === undefined) {
    // Two passes find the offset in force at that wall time, across a DST change too.
    offset = zoneOffsetMinutes(timeZone, wall);
    offset = zoneOffsetMinutes(timeZone, wall - offset * 60000);
  }
  const instant = new Date(wall - offset * 60000);
  if (instant.getUTCFullYear() < 1 || instant.getUTCFullYear() > 9999) return null;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const sign = offset < 0 ? '-' : '+';
  const iso =
    `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return { iso, precision: parts.hour === undefined ? 'day' : 'time' };
}
