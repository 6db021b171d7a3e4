// Builds a curated event (a statement record carrying only Pantau's summary) from the few facts a curator records.
// The JSON files under data/curated are the one source of truth; this only saves typing the constant fields.
import { statementSchema, type Statement } from '../../src/lib/schema.ts';
import { canonicalUrl } from '../normalise/canonical-url.ts';
import { statementId } from '../store/statements.ts';

/** The time zone whose calendar a jurisdiction's statements are dated in. */
export const JURISDICTION_TIME_ZONES: Readonly<Record<string, string>> = {
  MY: 'Asia/Kuala_Lumpur',
  SG: 'Asia/Singapore',
  ID: 'Asia/Jakarta',
  AU: 'Australia/Sydney',
  EU: 'Europe/Brussels',
  GB: 'Europe/London',
};

export interface CuratedInput {
  /** The page's address exactly as the stored copy gives it. */
  url: string;
  /** The page's own headline; our neutral description only when the copy did not show one. */
  title: string;
  sourceId: string;
  outlet: string;
  kind: Statement['kind'];
  jurisdiction: string;
  language: string;
  /** The day the statement was made, YYYY-MM-DD, in the jurisdiction's calendar. */
  day: string;
  speakers: string[];
  /** Two to five sentences in our own words. */
  summary: string;
  /** The summary's language, when it is not the page's (an English summary of a Malay page). */
  summaryLanguage?: string;
}

function offsetMinutes(instant: number, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(instant))
    .find((p) => p.type === 'timeZoneName')!.value; // "GMT+08:00", or "GMT" for UTC itself
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Local midnight of `day` in the jurisdiction, with the offset in force then (daylight saving included). */
export function localMidnight(day: string, jurisdiction: string): string {
  const timeZone = JURISDICTION_TIME_ZONES[jurisdiction];
  if (!timeZone) throw new Error(`no time zone known for jurisdiction ${jurisdiction}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a YYYY-MM-DD day: ${day}`);
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  // The offset at noon is a first guess; the offset at the resulting instant is the one that applies at midnight.
  const guess = utcMidnight - offsetMinutes(utcMidnight + 12 * 3_600_000, timeZone) * 60_000;
  return `${day}T00:00:00${formatOffset(offsetMinutes(guess, timeZone))}`;
}

/** A curated statement record, validated against the one schema. `recordedAt` is when the curator read the page. */
export function curatedRecord(input: CuratedInput, recordedAt: string): Statement {
  const canonical = canonicalUrl(input.url);
  return statementSchema.parse({
    id: statementId(canonical),
    origin: 'curated',
    url: input.url,
    canonicalUrl: canonical,
    sourceId: input.sourceId,
    outlet: input.outlet,
    kind: input.kind,
    jurisdiction: input.jurisdiction,
    language: input.language,
    title: input.title,
    published: localMidnight(input.day, input.jurisdiction),
    publishedPrecision: 'day',
    firstSeen: recordedAt,
    lastSeen: recordedAt,
    speakers: input.speakers,
    text: '',
    contentHash: null,
    snapshotHash: null,
    history: [],
    removedAt: null,
    summary: {
      author: 'Pantau',
      text: input.summary,
      ...(input.summaryLanguage && input.summaryLanguage !== input.language ? { language: input.summaryLanguage } : {}),
    },
    tags: null,
  });
}
