// When a promise is due, from the words the text gives, read against the statement's date: "by January 1, 2025",
// "before 30 June", "from July" (1 July), "by the end of October", "by the end of the year", "by June 2023",
// "within 60 days", "on Wednesday", "menjelang 2025", "mulai tahun depan" (1 January), "sebelum akhir tahun ini".
// A deadline ("by") is the last day of the period named, a start ("from", "mulai") its first. A date before the
// statement's date is not a due date (it is something that already happened), nor is a date without such a word.
import { wordStartsLookingBehind } from './alias-source.ts';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, januari: 1, feb: 2, february: 2, februari: 2, mar: 3, march: 3, mac: 3, apr: 4, april: 4,
  may: 5, mei: 5, jun: 6, june: 6, jul: 7, july: 7, julai: 7, aug: 8, august: 8, ogos: 8, sep: 9, sept: 9,
  september: 9, oct: 10, october: 10, okt: 10, oktober: 10, nov: 11, november: 11, dec: 12, december: 12, dis: 12,
  disember: 12,
};
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const BY = 'by|before|no later than|not later than|ahead of|within|until|sebelum|menjelang|selewat-lewatnya|paling lewat|tidak lewat daripada|dalam tempoh|sehingga';
const FROM = 'from|starting|beginning|effective|as of|mulai|bermula|berkuat kuasa';
const WORD = `(?<by>${BY})|(?<from>${FROM})`;
// "selewat-lewatnya pada akhir Jun": the Malay "at" may stand between the word and the date.
const AT = '(?:pada\\s+)?';
const END_OF = '(?:(?:the\\s+)?end\\s+of\\s+|(?:akhir|hujung)\\s+)?';
const YEAR = '(\\d{4})';
// The year after a day or a month: "30 June 2025", "1 Januari tahun depan", "July next year", "Mac tahun ini".
const YEAR_AFTER = '(?:,?\\s+(?<year>\\d{4})|\\s+(?<next>next\\s+year|tahun\\s+(?:depan|hadapan))|\\s+(?<this>this\\s+year|tahun\\s+ini))';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

// Each rule needs one of DATE_WORD's words.
const rules: { regex: RegExp; read: (m: RegExpExecArray, ref: Date, from: boolean) => Parts | null }[] = [
  { regex: new RegExp(`\\b(?:${WORD})\\s+${AT}${YEAR}-(\\d{2})-(\\d{2})\\b`, 'i'), read: (m) => ({ y: +m[3]!, mo: +m[4]!, d: +m[5]! }) },
  {
    // "by 1 January 2025", "before June 30", "mulai 1 November 2022", "from 31 July"
    regex: new RegExp(`\\b(?:${WORD})\\s+${AT}(?:the\\s+)?(?:${DAY}\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+${DAY})${YEAR_AFTER}?\\b`, 'i'),
    read: (m, ref) => dayInYear(ref, MONTHS[(m[4] ?? m[5] ?? '').toLowerCase()]!, +(m[3] ?? m[6])!, statedYear(m, ref)),
  },
  {
    // "before the general election on 8 May", "sebelum pilihan raya umum 29 Mei", "ahead of the vote on June 2",
    // "before the Act comes into force on December 19" (up to six words between): the day of the event named is the
    // deadline. Only the words for "before": "by the ministry on 30 June" names who.
    regex: wordStartsLookingBehind(new RegExp(
      `\\b(?<by>before|ahead of|sebelum|menjelang)\\s+(?:[\\p{L}-]+\\s+){1,6}?(?:on\\s+|pada\\s+)?(?:${DAY}\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+${DAY})${YEAR_AFTER}?\\b`,
      'iu',
    )),
    read: (m, ref) => dayInYear(ref, MONTHS[(m[3] ?? m[4] ?? '').toLowerCase()]!, +(m[2] ?? m[5])!, statedYear(m, ref)),
  },
  {
    // "will bring it back to the House on Dec. 5", "akan bersidang pada 12 November": the day named; not the day of
    // something done ("the draft published on Oct 22", "announced by the ministry on 30 June"). Without a year, a day
    // before the statement's is one that passed ("pada 1 Oktober lalu"), not next year's.
    regex: new RegExp(`(?<!\\b(?:[a-z]+ed|held|made|set|met|given|taken|written|signed|sent|diumumkan|diterbitkan|dilancarkan)\\b(?:\\s+[\\w-]+){0,4}\\s+)\\b(?:on|pada)\\s+(?:the\\s+)?(?:${DAY}\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+${DAY})${YEAR_AFTER}?\\b`, 'i'),
    read: (m, ref) => {
      const month = MONTHS[(m[2] ?? m[3] ?? '').toLowerCase()]!;
      const day = +(m[1] ?? m[4])!;
      const year = statedYear(m, ref);
      return year === undefined && Date.UTC(ref.getUTCFullYear(), month - 1, day) < ref.getTime() - 86_400_000 ? null : dayInYear(ref, month, day, year);
    },
  },
  {
    // "by the end of October", "from July", "by June 2023", "sebelum akhir Mac"; "May" only with a year
    regex: new RegExp(`\\b(?:${WORD})\\s+${AT}${END_OF}${MONTH}${YEAR_AFTER}?\\b`, 'i'),
    read: (m, ref, from) => monthNamed(m, m[3]!, ref, from),
  },
  {
    // "from today", "starting today", "mulai hari ini", "bermula minggu ini": a start on the statement's own day
    regex: new RegExp(`\\b(?<from>${FROM})(?:\\s+from)?\\s+(?:today|this\\s+week|hari\\s+ini|minggu\\s+ini)\\b`, 'i'),
    read: (_m, ref) => ({ y: ref.getUTCFullYear(), mo: ref.getUTCMonth() + 1, d: ref.getUTCDate() }),
  },
  {
    // "from early October", "mulai awal Oktober": the month's first day
    regex: new RegExp(`\\b(?<from>${FROM})\\s+(?:early|awal|the\\s+(?:start|beginning)\\s+of|permulaan)\\s+${MONTH}${YEAR_AFTER}?\\b`, 'i'),
    read: (m, ref) => monthNamed(m, m[2]!, ref, true),
  },
  {
    // "sepanjang bulan Jun dan Julai 2025", "during June and July": within the months named, so by the last one's end
    regex: new RegExp(`\\b(?:in|during|throughout|pada|sepanjang)(?:\\s+bulan)?\\s+${MONTH}\\s+(?:and|to|dan|hingga|sehingga)\\s+(?:bulan\\s+)?${MONTH}${YEAR_AFTER}?\\b`, 'i'),
    read: (m, ref) => monthNamed(m, m[2]!, ref, false),
  },
  {
    // "meet the authorities in January", "pada bulan Mac 2025", "sepanjang Januari": within that month, so by its last
    // day; "May" only with a year; not in a relative clause ("users who purchased a subscription in March"), nor a
    // month gone by ("penutupan internet pada Julai lalu", "in July last year")
    regex: new RegExp(`\\b(?:in|during|throughout|pada(?:\\s+bulan)?|sepanjang(?:\\s+bulan)?)(?<!\\b(?:who|which|that|yang)\\b[^,.;]{0,60})\\s+${MONTH}${YEAR_AFTER}?\\b(?!\\s+(?:lalu|yang lalu|lepas|ago|last year|tahun lalu|tahun lepas)\\b)`, 'i'),
    read: (m, ref) => monthNamed(m, m[1]!, ref, false),
  },
  {
    // "by the end of the year", "before the end of this year", "menjelang akhir tahun ini", "selewat-lewatnya pada
    // persidangan akhir tahun ini"
    regex: new RegExp(`\\b(?:${WORD})\\s+${AT}(?:${END_OF}(?:the|this)\\s+year|(?:[a-z-]+\\s+){0,2}?(?:akhir|hujung)\\s+tahun(?:\\s+ini)?(?!\\s+(?:depan|hadapan|\\d)))\\b`, 'i'),
    read: (_m, ref) => ({ y: ref.getUTCFullYear(), mo: 12, d: 31 }),
  },
  {
    // "by the end of the month", "sebelum akhir bulan ini"; "sepanjang bulan ini", "throughout this month"; "later this
    // month", "lewat bulan ini"
    regex: new RegExp(`\\b(?:(?:${WORD})\\s+${AT}(?:${END_OF}(?:the|this)\\s+month|(?:akhir|hujung)\\s+bulan(?:\\s+ini)?(?!\\s+(?:depan|hadapan)))|(?:sepanjang|throughout|during)\\s+(?:bulan\\s+ini|this\\s+month)|later\\s+(?:this|in\\s+the)\\s+month|lewat\\s+bulan\\s+ini)\\b`, 'i'),
    // "starting this month": a start, so the statement's own day (the month's first has passed or is that day)
    read: (m, ref, from) => {
      const starts = from && !/\b(?:end|akhir|hujung)\b/i.test(m[0]);
      return { y: ref.getUTCFullYear(), mo: ref.getUTCMonth() + 1, d: starts ? ref.getUTCDate() : lastDay(ref.getUTCFullYear(), ref.getUTCMonth() + 1) };
    },
  },
  {
    // "next year", "tahun depan": from → 1 January, by → 31 December; "bulan depan" likewise; "pada bulan depan", "in
    // next month" (within it) as "by"; "mulai awal tahun depan", "from early next year": the first day (by "early next
    // year" names no day)
    regex: new RegExp(`\\b(?:${WORD}|pada|in)\\s+${AT}(?:${END_OF}|(?<early>early|awal|(?:the\\s+)?(?:start|beginning)\\s+of|permulaan)\\s+)(?:(?<year>next\\s+year|tahun\\s+(?:depan|hadapan))|(?<month>next\\s+month|bulan\\s+(?:depan|hadapan)))\\b`, 'i'),
    read: (m, ref, from) => {
      if (m.groups?.early && !from) return null;
      if (m.groups?.year) return { y: ref.getUTCFullYear() + 1, mo: from ? 1 : 12, d: from ? 1 : 31 };
      return nextMonth(ref, from);
    },
  },
  {
    // A bare "bulan depan", "next month": within it, so by its last day (not a law's start: "berkuat kuasa bulan
    // depan")
    regex: /(?<!(?:from|since|sejak|mulai|bermula|until|sehingga|berkuat kuasa|effect|force)\s+)\b(?:bulan\s+(?:depan|hadapan)|next\s+month)\b/iu,
    read: (_m, ref) => nextMonth(ref, false),
  },
  {
    // "during 2025", "sepanjang tahun 2025": by the year's end
    regex: new RegExp(`\\b(?:during|sepanjang|in|pada)\\s+(?:tahun\\s+)?${YEAR}\\b(?!-)`, 'i'),
    read: (m) => ({ y: +m[1]!, mo: 12, d: 31 }),
  },
  {
    // "tomorrow", "esok": the day after the statement's; "from next week", "mulai minggu depan": the next Monday
    regex: /\b(?:(?<tomorrow>tomorrow|esok)|(?:from|starting|mulai|bermula)\s+(?<week>next\s+week|minggu\s+(?:depan|hadapan)))\b/i,
    read: (m, ref) => {
      const d = new Date(ref);
      d.setUTCDate(d.getUTCDate() + (m.groups?.tomorrow ? 1 : ((8 - d.getUTCDay()) % 7 || 7)));
      return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate() };
    },
  },
  {
    // "by 2025", "menjelang 2025", "by the end of 2025", "menjelang akhir tahun 2006"
    regex: new RegExp(`\\b(?<by>${BY})\\s+${END_OF}(?:tahun\\s+)?${YEAR}\\b(?!-)`, 'i'),
    read: (m) => ({ y: +m[2]!, mo: 12, d: 31 }),
  },
  {
    // "in the first quarter of 2022", "pada suku pertama 2022", "by the end of the first quarter of next year",
    // "menjelang akhir suku pertama tahun depan", "in the second quarter" (this year's); "the first half of 2026",
    // "separuh pertama tahun depan": the period's last day; "before the second half of 2026", "sebelum suku kedua": the
    // last day of the period before it
    regex: new RegExp(
      `\\b(?:(?<before>before|ahead of|sebelum)|in|during|pada|dalam|semasa|${BY})\\s+(?:the\\s+)?(?:(?<end>end\\s+of\\s+(?:the\\s+)?|(?:akhir|hujung)\\s+))?(?:(?<ordinal>first|second|third|fourth)\\s+(?<unit>quarter|half)(?:\\s+of)?|(?<unitMs>suku|separuh)\\s+(?<ordinalMs>pertama|kedua|ketiga|keempat))(?:\\s+(?:(?<year>\\d{4})|(?<next>next\\s+year|tahun\\s+(?:depan|hadapan))|this\\s+year|tahun\\s+ini))?\\b`,
      'i',
    ),
    read: (m, ref) => {
      const g = m.groups ?? {};
      const n = ['first', 'second', 'third', 'fourth'].indexOf((g.ordinal ?? '').toLowerCase()) + 1 || ['pertama', 'kedua', 'ketiga', 'keempat'].indexOf((g.ordinalMs ?? '').toLowerCase()) + 1;
      const months = /^(?:half|separuh)$/i.test(g.unit ?? g.unitMs ?? '') ? 6 : 3;
      const y = g.year ? +g.year : g.next ? ref.getUTCFullYear() + 1 : ref.getUTCFullYear();
      if (n * months > 12) return null;
      if (g.before === undefined || g.end !== undefined) return { y, mo: n * months, d: lastDay(y, n * months) };
      return n === 1 ? { y: y - 1, mo: 12, d: 31 } : { y, mo: (n - 1) * months, d: lastDay(y, (n - 1) * months) };
    },
  },
  {
    // "by mid-2025", "menjelang pertengahan tahun depan", "pada pertengahan tahun ini": by 30 June; "from mid-2025": 1 July
    regex: new RegExp(`\\b(?:${WORD}|in|pada)\\s+${AT}(?:mid-?\\s?|(?:the\\s+)?middle\\s+of\\s+|pertengahan\\s+(?:tahun\\s+)?)(?:${YEAR}|(?<next>next\\s+year|depan|hadapan)|this\\s+year|ini)\\b`, 'i'),
    read: (m, ref, from) => {
      const y = m[3] ? +m[3] : m.groups?.next ? ref.getUTCFullYear() + 1 : ref.getUTCFullYear();
      return from ? { y, mo: 7, d: 1 } : { y, mo: 6, d: 30 };
    },
  },
  {
    // "starting from the next quarter", "mulai suku depan", "mulai suku berikutnya": its first day; "by the end of the
    // quarter": this one's last
    regex: new RegExp(
      `\\b(?:(?<from>${FROM})(?:\\s+from)?\\s+(?:the\\s+)?(?:(?:next|following)\\s+quarter|suku\\s+(?:depan|hadapan|berikutnya|seterusnya|akan\\s+datang|tahun\\s+depan))|(?:${BY})\\s+(?:the\\s+)?(?:end\\s+of\\s+(?:the|this)\\s+quarter|(?:akhir|hujung)\\s+suku\\s+(?:tahun\\s+)?ini))\\b`,
      'i',
    ),
    read: (m, ref) => {
      const quarterEnd = Math.floor(ref.getUTCMonth() / 3) * 3 + 3;
      if (m.groups?.from === undefined) return { y: ref.getUTCFullYear(), mo: quarterEnd, d: lastDay(ref.getUTCFullYear(), quarterEnd) };
      const next = new Date(Date.UTC(ref.getUTCFullYear(), quarterEnd, 1));
      return { y: next.getUTCFullYear(), mo: next.getUTCMonth() + 1, d: 1 };
    },
  },
  {
    // "later this year", "later in the year", "lewat tahun ini": by the year's end; "diluluskan tahun ini", "passed
    // this year" too, but not "earlier this year", "awal tahun ini" or "sejak tahun ini"
    regex: /\b(?:later\s+(?:this|in\s+the)\s+year|lewat\s+tahun\s+ini|(?<!\b(?:earlier|early|since|awal|sejak|pada awal|from|mulai|until|sehingga|of|for|bagi)\s+)(?:this\s+year|tahun\s+ini))\b(?!['’]s)/i,
    read: (_m, ref) => ({ y: ref.getUTCFullYear(), mo: 12, d: 31 }),
  },
  {
    // "within 60 days", "dalam tempoh 24 jam" (hours are not a date), "within two weeks", "within the next three
    // months", "within a year", "dalam tempoh setahun"
    regex: /\b(?:within(?:\s+the\s+next)?|dalam tempoh|dalam masa|in the next)\s+(?:(\d+|an?|one|two|three|four|six|seven|ten|fourteen|thirty|sixty|ninety|satu|dua|tiga|empat|enam|tujuh|sepuluh)\s+(days?|weeks?|months?|years?|hari|minggu|bulan|tahun)|se(hari|minggu|bulan|tahun))\b/i,
    read: (m, ref) => {
      const n = m[1] === undefined ? 1 : Number.isNaN(+m[1]) ? NUMBER_WORDS[m[1].toLowerCase()] ?? 0 : +m[1];
      const unit = (m[2] ?? m[3]!).toLowerCase();
      const d = new Date(ref);
      if (/^(?:day|hari)/.test(unit)) d.setUTCDate(d.getUTCDate() + n);
      else if (/^(?:week|minggu)/.test(unit)) d.setUTCDate(d.getUTCDate() + 7 * n);
      else if (/^(?:year|tahun)/.test(unit)) d.setUTCFullYear(d.getUTCFullYear() + n);
      else d.setUTCMonth(d.getUTCMonth() + n);
      return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate() };
    },
  },
  {
    // "on Wednesday", "no later than Friday", "pada hari Rabu", "selewat-lewatnya Jumaat": the next such day after the
    // statement's date, or that day itself when the statement is dated on it
    regex: /\b(?:on|by|before|no later than|not later than|pada(?:\s+hari)?|sebelum|selewat-lewatnya(?:\s+pada)?(?:\s+hari)?)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday|isnin|selasa|rabu|khamis|jumaat|sabtu|ahad)\b/i,
    read: (m, ref) => {
      const day = WEEKDAYS[m[1]!.toLowerCase()]!;
      const d = new Date(ref);
      d.setUTCDate(d.getUTCDate() + ((day - d.getUTCDay() + 7) % 7));
      return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate() };
    },
  },
];
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, six: 6, seven: 7, ten: 10, fourteen: 14, thirty: 30, sixty: 60, ninety: 90,
  satu: 1, dua: 2, tiga: 3, empat: 4, enam: 6, tujuh: 7, sepuluh: 10,
};
const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  ahad: 0, isnin: 1, selasa: 2, rabu: 3, khamis: 4, jumaat: 5, sabtu: 6,
};

interface Parts {
  y: number;
  mo: number;
  d: number;
}
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** The month after the statement's: its first day (`from`) or its last. */
function nextMonth(ref: Date, from: boolean): Parts {
  const next = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + 1, 1));
  const [y, mo] = [next.getUTCFullYear(), next.getUTCMonth() + 1];
  return { y, mo, d: from ? 1 : lastDay(y, mo) };
}
/** The year written after a day or month (`YEAR_AFTER`), "next year" and "this year" read against the statement's date. */
function statedYear(m: RegExpExecArray, ref: Date): number | undefined {
  const g = m.groups ?? {};
  if (g.year) return +g.year;
  if (g.next) return ref.getUTCFullYear() + 1;
  return g.this ? ref.getUTCFullYear() : undefined;
}
/** A day and month; without a year, the next such day on or after the statement's date. */
function dayInYear(ref: Date, month: number, day: number, year: number | undefined): Parts {
  if (year !== undefined) return { y: year, mo: month, d: day };
  let y = ref.getUTCFullYear();
  if (Date.UTC(y, month - 1, day) < ref.getTime() - 86_400_000) y += 1;
  return { y, mo: month, d: day };
}
/** A month named without a day: its first day (`from`) or its last, in the year stated, else the next such month on
 *  or after the statement's; "May" alone is too often the verb to be read. */
function monthNamed(m: RegExpExecArray, name: string, ref: Date, from: boolean): Parts | null {
  const month = MONTHS[name.toLowerCase()]!;
  const stated = statedYear(m, ref);
  if (month === 5 && stated === undefined && /^may$/i.test(name)) return null;
  const year = stated ?? (ref.getUTCMonth() + 1 > month ? ref.getUTCFullYear() + 1 : ref.getUTCFullYear());
  return { y: year, mo: month, d: from ? 1 : lastDay(year, month) };
}
function iso({ y, mo, d }: Parts): string | null {
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? `${y}-${pad(mo)}-${pad(d)}` : null;
}

// A law's own start told beside the promise is not the promise's date ("…, which applies from February 2022",
// "apabila Akta itu berkuat kuasa bulan depan"): after a verb of coming into force, or "berkuat kuasa"/"effective"
// with a law as its subject.
const LAW_TAKES_EFFECT = /\b(?:appl(?:y|ies|ied)|applicable|takes? effect|took effect|(?:comes?|came) into (?:force|effect)|in force)\s+$/i;
const LAW_BEFORE = /\b(?:akta|act|law|undang-undang|peraturan|rules?|regulations?|kod|codes?)\b[^.;]{0,50}$/i;
function lawStart(text: string, m: RegExpExecArray): boolean {
  const before = text.slice(Math.max(0, m.index - 60), m.index);
  return LAW_TAKES_EFFECT.test(before) || (/^(?:berkuat kuasa|effective)$/i.test(m.groups?.from ?? '') && LAW_BEFORE.test(before));
}

// Every rule needs a digit, a month, a weekday or a unit of time: text with none is read no further (a rule needing
// another word must add it here). Two in three of the texts read have none.
const DATE_WORD = new RegExp(
  `\\d|\\b(?:${[...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), 'year', 'tahun', 'month', 'bulan', 'day', 'week', 'hari', 'minggu', 'quarter', 'suku', 'half', 'separuh', 'setahun', 'sebulan', 'seminggu', 'sehari', 'tomorrow', 'esok', 'today'].join('|')})`,
  'i',
);

/** The due date in `text` as YYYY-MM-DD, or null; relative dates need `reference` (the statement's date). */
export function findDueDate(text: string, reference: Date | null): string | null {
  if (!DATE_WORD.test(text)) return null;
  let best: { at: number; date: string } | null = null;
  for (const { regex, read } of rules) {
    const m = regex.exec(text);
    if (!m || (best && best.at <= m.index) || lawStart(text, m)) continue;
    const from = m.groups?.from !== undefined;
    const parts = reference || /\d{4}/.test(m[0]) ? read(m, reference ?? new Date(0), from) : null;
    const date = parts && iso(parts);
    // A date before the statement is something that happened, not something due.
    if (!date || (reference && Date.parse(date) < reference.getTime() - 86_400_000)) continue;
    best = { at: m.index, date };
  }
  return best?.date ?? null;
}

// A promise dated by an event ("before polling day", "on election day", "ahead of the December start date", "pada
// hari mengundi", "sebelum dekri berkuat kuasa") is due on the event's date where the statement gives it ("the general election on 21
// June", "From 10 December 2025", "mulai 25 Disember");
// one dated some time before it ("sebulan sebelum hari mengundi") is left undated.
const BY_EVENT =
  /\b(?:before|ahead of|by|on|sebelum|menjelang|pada)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:(?<election>polling day|election day|voting day|hari mengundi|hari pengundian)|(?<start>start date|tarikh mula|(?:decree|law|act|rules|regulations|dekri|undang-undang|akta|peraturan)(?:\s+[\w-]+)?\s+(?:takes?\s+effect|comes?\s+into\s+(?:force|effect)|berkuat\s+kuasa)))\b/i;
const OFFSET_BEFORE = /\b(?:days?|weeks?|months?|hari|minggu|bulan|sebulan|seminggu)\s*$/i;
const ELECTION = /\b(?:elections?|polls?|polling|vote|voting|pilihan raya|mengundi|pengundian)\b/i;
const START = /\b(?:from|starting|mulai|bermula|berkuat kuasa|takes? effect|comes? into force)\b/i;
const DAY_MONTH = new RegExp(`\\b${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`, 'gi');

/** The date of the event a promise is due by, from the statement's text, as YYYY-MM-DD; null when it names none. */
export function eventDueDate(promise: string, statement: string, reference: Date | null): string | null {
  const event = BY_EVENT.exec(promise);
  if (!event || OFFSET_BEFORE.test(promise.slice(0, event.index))) return null;
  const names = event.groups?.start !== undefined ? START : ELECTION;
  DAY_MONTH.lastIndex = 0;
  for (let d = DAY_MONTH.exec(statement); d; d = DAY_MONTH.exec(statement)) {
    // Within the date's line: a headline's "election" does not name the dateline's day.
    const around = statement.slice(Math.max(0, d.index - 80), d.index + d[0].length + 20).split('\n').find((line) => line.includes(d![0])) ?? '';
    if (names.test(around)) return findDueDate(`by ${d[0]}`, reference);
  }
  return null;
}
