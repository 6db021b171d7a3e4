// Demands: one party urges, asks, orders or requires another to act ("The MCMC ordered TikTok to remove …",
// "Kementerian menggesa Meta supaya …"). A claim of its own kind: the demand is not the other party's promise.
// `by` is the clause's subject, `on` the first party named after the verb; both must be named parties.
import type { Demand } from '../../src/lib/schema.ts';
import type { Sentence } from './text.ts';
import { clauseStart, clauseSubjects, COORDINATION, shortPhrase } from './commitments.ts';
import { EXAMPLES_OPENER, PLATFORM_CLASS, type PartyRef } from './references.ts';
import { claimConfidence } from './confidence.ts';
import { ORDER_VERBS, REQUEST_VERBS } from './request-verbs.ts';
import { parentsOverProducts, type Taxonomy } from './taxonomy.ts';

// "an order requiring TikTok to …", "a removal notice to X Corp requiring it to …": the order's requirement; not a
// law's or a plan's ("a bill requiring platforms to …" names a class, and is read as an obligation if at all).
const ORDER_NOUN = String.raw`(?:order|notice|directive|direction|decision|ruling|injunction|letter)s?`;
const REQUIRING = String.raw`requiring(?<=\b${ORDER_NOUN}\b[^.;]{0,80}requiring)`;
// "The Ministry invites TikTok to take the necessary measures …": an invitation to act, not to a meeting or event.
const INVITES_TO_ACT = String.raw`(?:invite|invites|invited|inviting)(?=\s[^.;]{1,60}?\bto\s+(?!(?:the|a|an|its|their|join|attend)\b))`;
// "mengeluarkan notis kepada Telegram supaya menurunkan …", "sent a letter to X asking …": the notice asks the party
// right after it (the act follows "supaya", "to", "asking").
const NOTICE_TO = String.raw`(?:mengeluarkan|menghantar|issued|sent|served)\s+(?:satu\s+|sebuah\s+|an?\s+)?(?:notis|arahan|surat|notices?|directives?|letters?)\s+(?:kepada|to|on)(?=\s[^.;]{1,60}?\s(?:supaya|agar|untuk|to|asking|requiring)\s)`;
const TRIGGER = new RegExp(`\\b(?:${REQUEST_VERBS}|${ORDER_VERBS}|${REQUIRING}|${INVITES_TO_ACT}|${NOTICE_TO})\\b`, 'gi');
const ORDER = new RegExp(`^(?:${ORDER_VERBS})$`, 'i');
const PURPOSE = /^[^.;]{0,40}?\b(?:to|untuk|supaya|agar|bagi)\s+/i;
const CLASS_BY_EXAMPLES_AFTER = new RegExp(
  `^\\s+(?:[\\p{L}-]+\\s+){0,4}(?:${PLATFORM_CLASS}|intermediaries|perantara)(?:\\s+[\\p{L}-]+){0,4}?\\s*,?\\s+(?:${EXAMPLES_OPENER})\\s+`,
  'iu',
);
const NOT_A_DEMAND_BEFORE = /\b(?:not|never|tidak|belum|if|jika|sekiranya|short of)\s+(?:\w+\s+)?$/i;
// "gives the regulator powers to order platforms to …", "memberi kuasa kepada X untuk mengarahkan …": a power a law
// would grant, not an order given.
const POWER_BEFORE = /\b(?:powers?|empowers?|empowered|authori[sz]es?|authori[sz]ed|kuasa|berkuasa|membolehkan)\b[^.;]{0,60}\b(?:to|untuk)\s+$/i;

const THEM = /^(?:them|they|mereka)$/i;
const JOINED_PREDICATE_BEFORE = /(?:,\s*|\s)(?:and|dan|serta)\s+$/i;
const ASKED_ACT_BETWEEN = /\s(?:to|supaya|agar|untuk)\s/i;
// An order, a decision or a settlement as the subject or right before the verb ("the proposed order requires Twitter
// to …", "an order requiring …", "a retention order issued on 5 December requiring …", "keputusan itu mengarahkan
// …"): its issuer demands. A law or a code is not one: its duties fall on a class, not on a party.
const ISSUED_BEFORE = /\b(?:the|this|that|its|their|an?)\s+(?:proposed\s+|final\s+|enforcement\s+|[\w-]+\s+)?(?:order|decision|settlement|notice|ruling|directive|judg(?:e)?ment|letter)\b(?:\s+(?:issued|served|sent)\b[^.;,]{0,40})?\s+(?:also\s+)?$|\b(?:arahan|perintah|keputusan|notis|penghakiman)\s+(?:itu|tersebut)\s+(?:juga\s+)?$/i;

// "all platforms", "semua penyedia platform", not a class given by examples ("all platforms, including Meta, …").
const ALL_PLATFORMS_AFTER = new RegExp(
  `^\\s+(?:all|semua)\\s+(?:(?:the|social media|online|digital|major|licensed|berlesen)\\s+)*(?:platforms|penyedia platform|platform)(?:\\s+media sosial)?\\b(?!\\s*,?\\s*(?:${EXAMPLES_OPENER})\\b)`,
  'i',
);
/** The platforms the statement names by name, each once; a product whose parent is named too is the parent's. */
function namedPlatforms(refs: PartyRef[], taxonomy: Taxonomy): PartyRef[] {
  const once: PartyRef[] = [];
  for (const r of refs) if (r.type === 'platform' && r.via === 'name' && !once.some((o) => o.id === r.id)) once.push(r);
  return parentsOverProducts(once, taxonomy);
}

/** The public body named last before offset `at` of the statement. */
const lastBodyBefore = (refs: PartyRef[], at: number) => refs.findLast((r) => r.type === 'actor' && r.end <= at);

/** Who issued the order that is the subject before `at`: the last public body named before it. */
function issuerOf(s: Sentence, at: number, refs: PartyRef[]): PartyRef | undefined {
  return ISSUED_BEFORE.test(s.text.slice(Math.max(0, at - 80), at)) ? lastBodyBefore(refs, s.start + at) : undefined;
}

export function mayHoldDemand(sentence: string): boolean {
  TRIGGER.lastIndex = 0;
  OBLIGATION.lastIndex = 0;
  return TRIGGER.test(sentence) || OBLIGATION.test(sentence);
}

export function findDemands(sentences: Sentence[], refs: PartyRef[], taxonomy: Taxonomy): Demand[] {
  const demands: Demand[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    const end = s.start + s.text.length;
    const inSentence = refs.filter((r) => r.start >= s.start && r.end <= end);
    if (inSentence.length === 0) continue;
    TRIGGER.lastIndex = 0;
    for (let m = TRIGGER.exec(s.text); m; m = TRIGGER.exec(s.text)) {
      if (NOT_A_DEMAND_BEFORE.test(s.text.slice(Math.max(0, m.index - 20), m.index))) continue;
      if (POWER_BEFORE.test(s.text.slice(Math.max(0, m.index - 90), m.index))) continue;
      // "asked whether Meta could be made to …" is a question, not a demand.
      if (/^\s*(?:whether|if|sama ada|adakah)\b/i.test(s.text.slice(m.index + m[0].length))) continue;
      // "BTK said Turkish companies were barred …, and called on the companies to …", "hakim itu berkata penjelasan
      // tersebut tidak boleh diterima dan mengarahkan X …": a predicate joined on by "and" or "dan" (with a comma or
      // without) right before the verb has the sentence's subject, not the reported clause's.
      const clause = clauseStart(s.text, m.index);
      const from = JOINED_PREDICATE_BEFORE.test(s.text.slice(clause, m.index)) ? 0 : clause;
      const by = clauseSubjects(s.text, from, m.index, inSentence, s.start)[0] ?? issuerOf(s, m.index, refs);
      const afterAt = s.start + m.index + m[0].length;
      // "sent requests to Facebook, Google and Twitter to remove …": the noun asks the party right after it.
      // "asked significant social media intermediaries, including Meta, Google and Twitter, to …": the class named
      // by its examples reaches as far as the examples.
      const examples = CLASS_BY_EXAMPLES_AFTER.exec(s.text.slice(m.index + m[0].length));
      const reach = /^(?:requests to$|mengeluarkan|menghantar|issued|sent|served)/i.test(m[0]) ? 5 : examples ? examples[0].length + 1 : 40;
      // "urged Venezuelans to delete WhatsApp": a party inside the act asked for is not the one asked.
      // After a joined predicate, "them" is too often someone else named before ("reminded parents that … services,
      // including Facebook …, and urged them to …").
      const insideAct = (r: PartyRef) => ASKED_ACT_BETWEEN.test(s.text.slice(afterAt - s.start, r.start - s.start));
      const them = (r: PartyRef) => from !== clause && THEM.test(s.text.slice(r.start - s.start, r.end - s.start));
      const first = inSentence.findIndex((r) => r.start >= afterAt && r.start - afterAt <= reach && !insideAct(r) && !them(r));
      // "urged all platforms to share data …", "menggesa semua penyedia platform bertindak …": each platform the
      // statement names is asked, as the writers labelled it.
      const everyPlatform = first < 0 && ALL_PLATFORMS_AFTER.test(s.text.slice(afterAt - s.start));
      if (!by || (first < 0 && !everyPlatform)) continue;
      // A recommendation or a request is a demand when a public body makes it ("The authorities recommended that WhatsApp
      // …", "The Regulator has requested Facebook to explain …"); a platform's request to a court is a plea.
      if (by.type !== 'actor' && /^(?:recommend|requested)/i.test(m[0])) continue;
      // "asked Facebook, YouTube and TikTok to …": each one named in the list.
      const targets = everyPlatform ? namedPlatforms(refs, taxonomy) : [inSentence[first]!];
      if (!everyPlatform) {
        for (let i = first + 1; i < inSentence.length; i++) {
          if (!COORDINATION.test(s.text.slice(targets[targets.length - 1]!.end - s.start, inSentence[i]!.start - s.start))) break;
          targets.push(inSentence[i]!);
        }
      }
      const rest = everyPlatform ? s.text.slice(afterAt - s.start).replace(ALL_PLATFORMS_AFTER, '') : s.text.slice(targets[targets.length - 1]!.end - s.start);
      // "asked Parliament that …", "meminta kerajaan bahawa …" reports speech; a demand asks for an act.
      if (/^\s*(?:that|bahawa|would|will|was|were|had|is|are)\b/i.test(rest)) continue;
      const purpose = PURPOSE.exec(rest);
      // "meminta syarikat asing, termasuk Google dan Facebook, memindahkan …": the act follows the examples' closing comma.
      const act = purpose ? rest.slice(purpose[0].length) : examples ? rest.replace(/^\s*,\s*/, '') : rest;
      const what = shortPhrase(act);
      const confidence = claimConfidence('demand', ORDER.test(m[0]) ? 'order' : 'request');
      for (const on of targets) {
        const key = `${by.id}>${on.id}`;
        // A platform "asking" another is a misread subject: no writer labelled one in 885 development statements, and
        // every one found was a public body's demand read from a platform named in its clause.
        if (!what || on.id === by.id || seen.has(key) || (by.type === 'platform' && on.type === 'platform')) continue;
        seen.add(key);
        demands.push({ by: by.id, on: on.id, what, evidence: s.text, speaker: null, confidence });
      }
    }
    for (const d of obligations(s, inSentence, refs)) {
      const key = `${d.by}>${d.on}`;
      if (seen.has(key)) continue;
      seen.add(key);
      demands.push(d);
    }
  }
  return demands;
}

// A named platform bound by a body's decision or asked in the passive: "OpenAI must publish …", "WhatsApp is required
// to update …", "Syarikat-syarikat berkenaan dikehendaki memungut …", "Telegram and Meta had been asked to tighten
// filters", "Meta telah diarahkan … untuk memaparkan". The body named last before it demands.
const EXAMPLES = new RegExp(`\\b(?:${EXAMPLES_OPENER})\\s`, 'i');
const OBLIGATION =
  /\b(?:must|mesti|(?:is|are|was|were|will be) (?:also )?required to|dikehendaki|diwajibkan|wajib|(?<asked>(?:was|were|had been|has been|have been) (?:also )?(?:asked|ordered|directed|instructed|urged)(?: several times| repeatedly| again)? to|(?:telah |juga |turut |pula )*(?:diarahkan|diperintah(?:kan)?|diminta|digesa)(?: untuk| supaya| agar)?))\s+/gi;

function obligations(s: Sentence, inSentence: PartyRef[], refs: PartyRef[]): Demand[] {
  const found: Demand[] = [];
  OBLIGATION.lastIndex = 0;
  for (let m = OBLIGATION.exec(s.text); m; m = OBLIGATION.exec(s.text)) {
    if (NOT_A_DEMAND_BEFORE.test(s.text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const from = clauseStart(s.text, m.index);
    // "platforms such as Facebook and TikTok will be required to …": a duty on a class, named by examples.
    if (EXAMPLES.test(s.text.slice(from, m.index))) continue;
    const subjects = clauseSubjects(s.text, from, m.index, inSentence, s.start);
    // Asked in the passive, the platform asked is named right before ("Telegram and Meta had been asked"), not
    // anywhere in the clause ("because TikTok is licensed, MCMC … had been asked").
    const last = subjects.at(-1);
    if (m.groups?.asked !== undefined && (!last || s.text.slice(last.end - s.start, m.index).trim())) continue;
    const bound = subjects.filter((r) => r.type === 'platform');
    const by = lastBodyBefore(refs, s.start + m.index);
    const what = shortPhrase(s.text.slice(m.index + m[0].length));
    if (!by || !what) continue;
    for (const on of bound) found.push({ by: by.id, on: on.id, what, evidence: s.text, speaker: null, confidence: claimConfidence('demand', 'obligation') });
  }
  return found;
}
