// Who "we", "our", "kami" and "kita" stand for: inside a quote, the body its speaker speaks for; outside quotes,
// the statement's author, which a platform's post or a ministry's statement names first ("Today WhatsApp filed …").
import type { Speaker } from '../../src/lib/schema.ts';
import { partyType, PREPOSITION_BEFORE, type PartyType } from './references.ts';
import { COORDINATION } from './commitments.ts';
import type { Mention, Taxonomy } from './taxonomy.ts';
import { factored } from './alias-source.ts';
import { kept, mapped } from './arrays.ts';

type Party = { id: string; type: PartyType };

// A writer speaking of its own users, service or rules is a platform: "our users", "our paid partnership tools",
// "companies like ours", "our terms of service", "pengguna kami".
const PLATFORM_VOICE =
  factored(/\b(?:our|kami)\s+(?:users?|services?|platforms?|apps?|communit(?:y|ies)|products?)\b|\bour\s+(?:[\w-]+\s+){0,2}(?:tools|features|advertisers|creators|models)\b|\bour\s+(?:lead\s+|main\s+)?regulators?\b|\bour\s+(?:terms\s+of\s+(?:service|use)|community\s+(?:guidelines|standards)|moderators)\b|\bcompanies like ours\b|\b(?:pengguna|perkhidmatan|platform|aplikasi|komuniti|terma perkhidmatan|garis panduan komuniti|moderator) kami\b/i);

// A title that says whose statement it is: "Statement by the Minister of …", "Kenyataan Media oleh KKD …".
const SIGNED_BY =
  /^\s*(?:(?:media |press |joint )?statement|remarks|speech|address|kenyataan(?: media| akhbar)?|ucapan|teks ucapan)\s+(?:by|from|of|oleh|daripada)\s+(?:the\s+)?$/i;

// A title answering another party: "Our response to …", "Respons kami terhadap …".
const RESPONSE_TO = /\b(?:response|responding|reply|replying|respons|maklum balas|jawapan)\s+(?:kami\s+)?(?:to|terhadap|kepada)\b/i;

/**
 * Is the i-th party named after a preposition, or joined to one that is? A place or an object, not the writer
 * ("Di Kesatuan Eropah, …", "ads on Facebook and Instagram").
 */
function isObject(text: string, named: readonly { start: number; end: number }[], i: number): boolean {
  const m = named[i]!;
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) return true;
  const previous = named[i - 1];
  if (previous === undefined) return false;
  // Joined within a line: a title's last name and the text's first are not one list.
  const gap = text.slice(previous.end, m.start);
  return !gap.includes('\n') && COORDINATION.test(gap) && isObject(text, named, i - 1);
}

// A mention with its kind, field by field: Node 20's V8 builds `{ ...m, type }` about ten times slower.
const typed = <T extends PartyType>(m: Mention, type: T) => ({ id: m.id, start: m.start, end: m.end, type });

/**
 * The author: the party a title signs the statement with ("Statement by …"), else the first party named, or its parent
 * company when the statement names that too; the first platform named when the writer speaks of its own users or
 * service (a platform's post that names a regulator first).
 */
export function author(platforms: readonly Mention[], actors: readonly Mention[], taxonomy: Taxonomy, text: string): Party | null {
  // A writer speaking of its own users or service is one of the platforms; else any party named may be.
  const ownService = platforms.length > 0 && PLATFORM_VOICE.test(text);
  // Pushed into one literal, not spread from maps: an empty spread or a map from optimised code changes the array's
  // elements kind, and each new kind deoptimised this function.
  const named: (Party & { start: number; end: number })[] = [];
  for (const m of platforms) named.push(typed(m, 'platform'));
  if (!ownService) for (const m of actors) named.push(typed(m, 'actor'));
  named.sort((a, b) => a.start - b.start);
  // "Our response to the PIPC's decision": the body responded to is not the writer.
  const titleEnd = text.indexOf('\n');
  const answered = RESPONSE_TO.exec(titleEnd < 0 ? text : text.slice(0, titleEnd));
  const inAnswer = (m: { start: number; end: number }) =>
    answered !== null && m.start >= answered.index && m.end <= titleEnd;
  const answeredIds = new Set(mapped(kept(named, inAnswer), (m) => m.id));
  const candidates = kept(named, (m) => !answeredIds.has(m.id));
  const subject = candidates.find((m) => !isObject(text, named, named.indexOf(m)));
  // A post that names no subject in its title or first paragraph and names a platform, as where its ads or pages are,
  // before one ("… ads on Facebook and Instagram …. We have agreed to give the Ministry …") is that platform's.
  const leadEnd = text.indexOf('\n\n', titleEnd + 1);
  const opensLater = subject !== undefined && leadEnd >= 0 && subject.start > leadEnd;
  const ownPlatform = opensLater ? named.find((m) => m.type === 'platform' && m.start < subject.start) : undefined;
  const first =
    named.find((m) => SIGNED_BY.test(text.slice(0, m.start))) ??
    ownPlatform ??
    subject ??
    candidates[0] ??
    named[0];
  if (!first) return null;
  const parent = taxonomy.platformEntries.get(first.id)?.parent;
  if (parent && platforms.some((m) => m.id === parent)) return { id: parent, type: 'platform' };
  return { id: first.id, type: first.type };
}

/**
 * Who "we" is at a place: the party a quote's speaker speaks for, or the author outside quotes (null: unknown);
 * `false` inside the words of a person named as speaking for no listed party ("We will gather more opinions," said
 * an unlisted watchdog's vice-chairman): "we" there is no platform named before (references.ts takes the last public
 * body), and what platforms "will" do there is a forecast (commitments.ts).
 */
export function voiceAt(
  quotes: readonly { open: number; close: number; speaker: Speaker | null }[],
  writer: Party | null,
  taxonomy: Taxonomy,
): (at: number, quotedOnly?: boolean) => Party | null | false {
  return (at, quotedOnly = false) => {
    const quote = quotes.find((q) => at > q.open && at < q.close);
    if (!quote) return quotedOnly ? null : writer;
    const org = quote.speaker?.org;
    if (!org) return quote.speaker?.person ? false : null;
    return { id: org, type: partyType(org, taxonomy) };
  };
}
