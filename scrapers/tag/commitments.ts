// Commitments: a named party promises, agrees, pledges or undertakes to do something ("Meta agreed to provide
// feedback", "TikTok bersetuju untuk ...", "the MCMC will publish ..."). The party is the subject of the clause
// the promise is in; a law taking effect is not a promise by anyone.
import type { Commitment } from '../../src/lib/schema.ts';
import type { Sentence } from './text.ts';
import { PREPOSITION_BEFORE, SUBJECT_BY_EXAMPLES, type PartyRef } from './references.ts';
import { eventDueDate, findDueDate } from './due-date.ts';
import { claimConfidence } from './confidence.ts';
import { factored } from './alias-source.ts';
import { ORDER_VERBS, REQUEST_VERBS } from './request-verbs.ts';

// Strong triggers: the verb itself is a promise. Weak ones (will, akan) are a promise only with a party as subject.
// ("we plan to": the look-behind comes after the words it reads back over, so V8 tries it only where they stand;
// leading the branch, it was tried at every word, a third of this RegExp's time.) "akan datang" is "coming" ("dalam
// beberapa bulan akan datang"), not "will come", unless it goes somewhere ("akan datang ke …"); "will have three
// months to comply", "akan mempunyai tempoh …" is a deadline given, not a promise.
const TRIGGER = factored(new RegExp(
  [
    "\\b(?<strong>(?:has |have |had )?(?:agreed|agrees|agree|pledged|pledges|pledge|undertook|undertaken|undertakes|undertake|promised|promises|promise|vowed|vows|vow|committed|commits|commit|resolved)\\s+(?:to|itself to|themselves to)\\b|(?:is|are|was|were|am|remains?|remained|be|being|stays?)\\s+(?:fully\\s+|firmly\\s+|also\\s+)?committed\\s+to\\b|(?:gave|give|gives|has given|provided)\\s+(?:an?\\s+)?(?:undertaking|assurance|commitment)s?\\b|(?:undertaking|pledging|promising|agreeing|committing|vowing)\\s+to\\b)",
    '\\b(?<strongMs>(?:telah |turut |juga )?(?:bersetuju|komited|berjanji|berikrar|bertekad|akur|memberi(?:kan)? (?:komitmen|jaminan|aku janji))\\b(?:\\s+(?:untuk|bagi|dengan|akan|bahawa))?)',
    "\\b(?<weak>will|would|shall|is going to|plans to|intends to|(?<!\\b(?:had|is|are|was|were|be|been) )(?:planned|intended) to|(?:plan|intend) to(?<=\\b(?:[Ww]e|[Tt]hey|I)\\s+(?:also\\s+|now\\s+)?(?:plan|intend) to))(?:,\\s[^,.;]{1,60},)?\\s+(?!(?:also\\s+|still\\s+|further\\s+)?(?:not|never|rather|have\\s+(?:been|\\w+(?:ed|en))|have\\s+(?:[\\w-]+\\s+){1,2}(?:days?|weeks?|months?|years?|hours?)\\s+to|have\\s+until|be\\s+[\"“]?\\w+ed|be\\s+(?:subject|required|forced|liable|asked|able)|face|take effect|come into|apply(?=\\s+(?:to|from|in|on|only|across|equally|immediately|retroactively|when|if|until|once)\\b|\\s*[.,;])|kick in|need|have to|likely|probably|also be|lead|mean|result|cause|affect|hurt|harm|become|cost|see|receive(?! (?:complaints|applications|reports|submissions|requests|feedback)\\b)|get|lose|depend|make it|allow|fine|force|oblige|compel|undermine|threaten|damage|weaken|expose|endanger|discourage|burden|infringe|violate|leave|oppose|resist|reject|refuse|quit|exit|withdraw|take (?:legal |enforcement |firm |stern )?action|(?:stay|remain)\\s+(?:blocked|banned|suspended|closed|offline|unavailable|inaccessible))\\b)",
    '\\b(?<weakMs>akan|merancang(?: untuk|(?=\\s+(?:me|ber)[a-z]))|berhasrat(?: untuk)?|bercadang(?: untuk)?)\\s+(?!(?:di\\w+|berkuat\\s*kuasa|mula berkuat|menghadapi|dikenakan|menjadi|berlaku|terjejas|tertakluk|menerima(?!\\s+(?:aduan|permohonan|laporan|maklum\\s+balas|cadangan|penyerahan|permintaan)\\b)|mengambil tindakan|menjejaskan|menyebabkan|mengakibatkan|melambatkan|membebankan|merugikan|melemahkan|membahayakan|datang(?!\\s+(?:ke|untuk|bagi)\\b)|mempunyai\\s+(?:masa|tempoh))\\b)',
    // A promise as a noun, its party the possessor: "komitmen kerajaan untuk …", "Meta's commitment to …".
    "(?<noun>\\bkomitmen\\s+(?=[^.;,]{1,60}?\\s+untuk\\s)|(?:'s|’s|\\bits|\\btheir)\\s+commitment\\s+to\\s+(?=\\w))",
    // A plan in the passive ("the process will be carried out", "akan dilaksanakan"), not a sanction suffered.
    '\\b(?<passive>will be (?!(?:fined|charged|banned|blocked|punished|prosecuted|sued|penali[sz]ed|required|forced|asked|affected)\\b)\\w+ed|akan di(?!(?:kenakan|denda|hukum|saman|dakwa|sekat|haramkan|tuduh|minta|wajibkan)\\b)\\w+)\\b',
  ].join('|'),
  'gi',
));
const NEGATED = /\b(?:not|never|n't|no|no longer|refused|declined|failed|tidak|belum|enggan|gagal|bukan)\s+(?:\w+\s+)?$/i;
// A passive plan is a promise only as the speaker's own report: "Meta berkata proses itu akan dilaksanakan …".
// When a thing was said is no due date: "the minister said on Friday that Meta had pledged to …", "berkata pada hari
// Isnin".
const WHEN_SAID = /\b(?:said|says|told\s+[^,.;]{0,40}?|announced|stated|berkata|memberitahu|menyatakan|kata)\s+(?:on|pada(?:\s+hari)?)\s+\S+/gi;
export const SPEECH_VERB_BEFORE = /\b(?:said|says|berkata|menyatakan)\s+(?:that\s+|bahawa\s+)?(?=[^,;"“”]{0,80}$)/i;
// "Meta had agreed to … by Friday and TikTok had promised to …": after one promise, another party's joined by "and"
// starts a clause of its own ("Meta and Google had agreed" is one clause).
const PROMISED = String.raw`(?:agreed|promised|pledged|vowed|committed|bersetuju|berjanji|komited)`;
const AND_ANOTHER_PROMISE = String.raw`\s(?:and|dan)\s+(?=[\w-]+\s+(?:(?:had|has|have|also|telah|juga|pula)\s+)?${PROMISED}\b)`;
// Where a clause starts: after "said", "that", "bahawa", a quote mark or a semicolon, at ", and we …", ", tetapi
// mereka …" (a pronoun after the conjunction is the new clause's own subject), and before another party's promise.
// The look-behind for the first promise comes last, read only where "and" before another promise matched (read first,
// it went back to the clause's start from every place in the sentence: a seventh of the tagger's time).
const CLAUSE_BOUNDARY =
  new RegExp(String.raw`(?:\b(?:said|says|told\s+[^,]{0,40}?|stated|announced|added|noted|confirmed|reported|explained|that|berkata|kata|bahawa|menyatakan|memberitahu|manakala|whereas|while|hopes?|hoped|berharap|estimates?|estimated|expects?|expected|predicts?|predicted|projects|projected|believes|believed|menganggarkan|menjangka|menjangkakan|meramalkan|percaya|yakin)\b|[;:"“”]|,\s*(?:and|but|dan|tetapi)\s+(?=(?:we|they|it|kami|kita|mereka|ia|pihaknya)\b)|,\s*(?:after|because|selepas|setelah|kerana)\b|,\s*namun\s+(?!(?:akan|bakal|bersetuju|berjanji|komited|tetap|masih|juga|turut|telah|sudah|tidak|belum|enggan|berkata)\b))|${AND_ANOTHER_PROMISE}(?<=\b${PROMISED}\b[^,.;]*\s(?:and|dan)\s+)`, 'gi');
// "According to the ruling, Telegram …", "Bagi pihak kementerian, SKMM …": the party after the comma is the subject;
// "From today, users … will be directed …": the clause after a time put first is what is promised.
const LEADING_ADVERBIAL =
  /^\s*(?:However|Meanwhile|After|Following|In|During|At|Before|Since|Under|Despite|Earlier|Later|Separately|Last|This|According to|On behalf of|For|Selepas|Dalam|Semasa|Menerusi|Berikutan|Susulan|Pada|Namun|Sementara itu|Sebelum ini|Justeru|Menurut|Bagi|From|On|Starting|Beginning|By|Effective|Today|Mulai|Bermula|Menjelang|Hari ini|In line with|Selaras dengan|Sejajar dengan|Seiring dengan)\b[^,]{0,120},/i;
// Not a promise: a question ("Adakah Meta akan …?", "asked whether the government would", "declined to say how long
// it would last"), or a condition or doubt around it ("if it does not comply", "sekiranya").
const QUESTION = factored(/\?\s*["”]?$|\b(?:whether|sama ada|adakah|if so)\b|\b(?:ask|asks|asked|asking|wonders?|wondered|wondering)\s+(?:what|how|why|who|when)\b|\b(?:set out|tell|explain|show|describe|report)\s+(?:[\w-]+\s+){0,4}?how\s+(?:it|they)\b|\b(?:declined|declines|refused|refuses|would not|did not|enggan|tidak mahu)\s+(?:to\s+)?(?:say|state|disclose|reveal|menyatakan|mendedahkan)\b|\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:said|stated|disclosed|explained|revealed)\s+(?:(?:publicly|officially|yet)\s+)?(?:how|whether|when|what)\b|\b(?:tentang|mengenai|about)\s+(?:bila|bilakah|when|whether|how soon)\b|\b(?:what|which)\s+(?:[\w-]+\s+){0,2}(?:it|they|the company|the platform)\s+(?:$|(?:intends?|plans?|will|would)\b)/i);
// "If the ministry drafts a bill, it would …": the whole sentence is conditional.
const CONDITION_FIRST = /^\W*(?:if|unless|should\s+(?:the|a|an|it|they|[\w-]+\s+(?:fail|refuse|not))\b|sekiranya|jika|jikalau|kalau|seandainya)\b/i;
// "Under the proposal, platforms will bear a duty …", "Di bawah cadangan itu, platform akan …": what a proposed
// rule would impose, not a promise (under a code or regulations in force a party's "we will" is one: "Under the
// code, we will publish a report").
const UNDER_A_PROPOSAL =
  /^\W*(?:under (?:the |its |a |this |these |new )*(?:[\w-]+ ){0,3}(?:proposals?|bill|draft)|di bawah (?:\S+ ){0,3}?(?:cadangan|rang undang-undang|draf))\b[^,]{0,100},/i;
const FUTURE = /\b(?:will|would|shall|akan|bakal)\b/i;
const RELATIVE_BEFORE = /,?\s*\b(?:yang|which|that)\s+$/i;
// Where the promise's stretch ends: a second promise joined on, or a clause giving its cause ("…, susulan peningkatan
// kes penipuan tahun ini", "…, following a rise in complaints this year"), whose dates are not the promise's.
const PROMISE_END = /\s(?:and|dan|serta)\s+(?:also\s+|juga\s+)?(?:will|would|shall|akan)\b|,\s*(?:susulan|berikutan|following|after|selepas|setelah|manakala|whereas|while)\s/i;
// A promise asked for or ordered is the asker's demand, not the other party's promise: "asked Meta to commit to
// supporting the bill", "meminta TikTok berjanji untuk …".
const PROMISE_ASKED_BEFORE = new RegExp(
  `\\b(?:${REQUEST_VERBS}|${ORDER_VERBS}|challenged|invited)\\b(?:(?!\\b(?:and|dan|but|tetapi|while|manakala|after|selepas|which|yang|said|berkata)\\b)[^.;,]){0,80}?\\s(?:(?:to|supaya|agar|untuk)\\s+)?$`,
  'i',
);
// A rumour or claim passed on: "dakwaan kononnya bekalan makanan akan terputus", "rumours that the app would be banned".
// Not past a new clause: "berhubung dakwaan yang tersebar di Facebook, dan pihaknya akan menjejak …" is a promise.
const CLAIMED = /\b(?:kononnya|konon|dakwaan|khabar angin|rumou?rs?|allegations?)\b(?:(?!,\s*(?:dan|and|but|tetapi)\s)[^.;])*$/i;
// A claim denied: "menafikan dakwaan … bahawa kerajaan akan menyekat …", "denied reports that it would …".
// A promise no one has made: "Neither company said it would appeal", "has not indicated that it will enter
// negotiations".
const UNSAID_BEFORE = /\b(?:neither\b[^.;]*\b(?:said|says|indicated|confirmed)|(?:has|have|had|did|does|do)\s+not\s+(?:yet\s+)?(?:indicated|said|confirmed|announced|stated|signall?ed))\s+(?:that\s+)?\S+\s+$/i;
export const DENIED = /\b(?:menafikan|denied|denies|deny|dismissed|refuted)\b[^.;]{0,100}\b(?:bahawa|that)\b[^.;]*$/i;
const NEGATION_AFTER = /^\s*(?:not|never|tidak|takkan|tak)\b/i;
// Within the promise's own clause: in "we will stay open to talks, and we hope to return if the law changes" the
// condition is the next clause's, and so it is after "and may" ("ANPD akan memantau … dan boleh mengenakan semula
// langkah itu jika …").
const CONDITION_AFTER = /^(?:(?!,\s*(?:and|but|while|whereas|although|dan|tetapi|manakala|sambil|walaupun)\s|\s(?:and|or|dan|atau)\s+(?:may|could|can|might|boleh|mungkin)\s)[^.;]){0,120}?\b(?:if|unless|sekiranya|jika|jikalau|kalau|melainkan)\b/i;
// "SKMM berkata akan menyemak …": in Malay the reported clause may drop its subject, which is then the speaker's.
// So does a second predicate of that clause: "Kerajaan berkata tidak akan menggubal …, tetapi akan menilai semula …".
const SPEECH_VERB_JUST_BEFORE =
  /\b(?:berkata|menyatakan|menegaskan|memaklumkan|menjelaskan|memberitahu)\s+(?:(?=(?:tidak\s+|juga\s+)?akan\b)[^.;]*?,?\s(?:dan|tetapi|namun)\s+(?:juga\s+)?)?$/i;
const subjectBefore = (beforeTrigger: string) => SPEECH_VERB_JUST_BEFORE.exec(beforeTrigger)?.index ?? beforeTrigger.length;
const subjectsBefore = (s: Sentence, end: number, inSentence: PartyRef[], clauseAt: number) => ({
  subjects:
    relativeAntecedents(s, end, inSentence) ?? ownClauseSubject(s, end, inSentence) ?? clauseSubjects(s.text, clauseStart(s.text, end), end, inSentence, s.start),
  clauseAt,
});
const JUST_BEFORE_VERB = /^\s*(?:(?:also|has|have|had|then|later|juga|telah|turut|kemudian|pula|akhirnya)\s+)*$/i;
const AND_BEFORE = /\s(?:and|dan|but|tetapi|while|manakala)\s+(?:the\s+)?$/i;
/**
 * "The MCMC asked TikTok for the data and TikTok agreed to …", "… met TikTok on Monday, and the platform agreed":
 * the party right before the promise's verb, after an "and" that does not join it to the party just before it ("Meta
 * and Google agreed"), is the subject of a clause of its own.
 */
function ownClauseSubject(s: Sentence, end: number, inSentence: PartyRef[]): PartyRef[] | null {
  const before = inSentence.filter((r) => r.end - s.start <= end);
  const last = before[before.length - 1];
  if (!last || !JUST_BEFORE_VERB.test(s.text.slice(last.end - s.start, end))) return null;
  if (!AND_BEFORE.test(s.text.slice(0, last.start - s.start))) return null;
  // Joined to the party before, its short form in brackets aside: "Kementerian Komunikasi (KK) dan Ofcom bersetuju".
  const previous = before[before.length - 2];
  const joined = previous !== undefined && joins(s.text.slice(previous.end - s.start, last.start - s.start));
  return joined ? null : [last];
}
// "… met Snapchat and TikTok, which agreed to …", "… dengan Snapchat dan TikTok, yang bersetuju untuk …".
const RELATIVE_JUST_BEFORE = /,\s*(?:which|who|yang)\s+(?:(?:also|both|had|has|have|then|juga|telah|turut|kemudian)\s+)*$/i;
/** The parties a relative pronoun just before `end` stands for: those named together right before its comma. */
function relativeAntecedents(s: Sentence, end: number, inSentence: PartyRef[]): PartyRef[] | null {
  const relative = RELATIVE_JUST_BEFORE.exec(s.text.slice(0, end));
  if (!relative) return null;
  const before = inSentence.filter((r) => r.end - s.start <= relative.index);
  const last = before[before.length - 1];
  if (!last || s.text.slice(last.end - s.start, relative.index).trim()) return null;
  const group = [last];
  for (let i = before.length - 2; i >= 0 && COORDINATION.test(s.text.slice(before[i]!.end - s.start, group[0]!.start - s.start)); i--) group.unshift(before[i]!);
  return group;
}
// Coordinated subjects: "Google and TikTok", or two parties a plural pronoun stands for (same place, empty gap).
export const COORDINATION = /^\s*(?:(?:,\s*)?(?:and|dan|&|serta|as well as|together with|bersama(?:-sama)?(?: dengan)?|,)\s*(?:the\s+)?)?$/i;
// A short form in brackets between two names joined by "and" is part of the first: "Kementerian Komunikasi (KK) dan
// Ofcom", "the Communications Ministry (KKD) and MCMC" (the short form may itself be a name read, ending at its ")").
const BRACKETED = /^\)|\s*\([^)]*\)/g;
const joins = (gap: string) => COORDINATION.test(gap.replace(BRACKETED, ''));

/** Could this sentence hold a commitment? A cheap test before resolving who is who. */
export function mayHoldCommitment(sentence: string): boolean {
  TRIGGER.lastIndex = 0;
  return TRIGGER.test(sentence);
}

export function clauseStart(sentence: string, triggerAt: number): number {
  let start = 0;
  CLAUSE_BOUNDARY.lastIndex = 0;
  for (let m = CLAUSE_BOUNDARY.exec(sentence); m && m.index < triggerAt; m = CLAUSE_BOUNDARY.exec(sentence)) {
    start = m.index + m[0].length;
  }
  const adverbial = LEADING_ADVERBIAL.exec(sentence.slice(start, triggerAt));
  return adverbial ? start + adverbial[0].length : start;
}

// Also an apposition ("ByteDance, syarikat induk TikTok, akan …"): a comma, a lower-case word that is not "and"
// nor an article before a name (", the ICO will …" starts a clause).
const ASIDE = /,\s*(?:which|who|whose|yang)\b[^,]*,|\([^)]*\)|,\s*(?:the\s+|a\s+)?(?!(?:and|dan|or|atau|serta|as well as|the|a)\b)\p{Ll}[^,]{0,60},/gu;

/** Parts of a sentence that are asides: ", which ... ,", ", yang ... ,", "( ... )". */
function asides(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  // An exec loop: matchAll copies the RegExp on every call (no match is empty, so none is read twice).
  ASIDE.lastIndex = 0;
  for (let m = ASIDE.exec(sentence); m; m = ASIDE.exec(sentence)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

// "Members of the Dewan Rakyat called on …", "officials of the ministry said …": the body acts through its people.
const MEMBERS_OF = /\b(?:members?|officials?|representatives?|officers?|lawyers?|leaders?|MPs|senators|lawmakers)\s+(?:of|from)\s+(?:the\s+)?$/i;

// "Your Instagram username … will carry over": a platform after a possessive and before a noun describes the noun.
const POSSESSIVE_BEFORE = /\b(?:your|our|their|his|her|its|my)\s+$/i;
const ownedModifier = (sentence: string, at: number, end: number) =>
  POSSESSIVE_BEFORE.test(sentence.slice(Math.max(0, at - 8), at)) && /^\s+\p{Ll}/u.test(sentence.slice(end, end + 3));

/** The subject of the clause ending at `triggerAt`: the first party not after a preposition, with any coordinated ones. */
export function clauseSubjects(sentence: string, from: number, triggerAt: number, refs: PartyRef[], offset: number): PartyRef[] {
  const skip = asides(sentence);
  const inClause = refs.filter((r) => {
    const at = r.start - offset;
    // An aside closes before the promise's verb: ", pihaknya akan mula …, manakala …" holds the verb, so is no aside.
    // "Their ads … will carry": a possessive names whose, not who acts.
    return at >= from && r.end - offset <= triggerAt && !skip.some(([a, b]) => at >= a && at < b && b <= triggerAt) &&
      !/^(?:its|their)$/i.test(sentence.slice(at, r.end - offset)) && !ownedModifier(sentence, at, r.end - offset);
  });
  const firstIndex = inClause.findIndex((r) => {
    const before = sentence.slice(Math.max(0, r.start - offset - 30), r.start - offset);
    return !PREPOSITION_BEFORE.test(before) || MEMBERS_OF.test(before) || SUBJECT_BY_EXAMPLES.test(sentence.slice(from, r.start - offset));
  });
  if (firstIndex < 0) return [];
  const subjects = [inClause[firstIndex]!];
  for (let i = firstIndex + 1; i < inClause.length; i++) {
    if (!joins(sentence.slice(inClause[i - 1]!.end - offset, inClause[i]!.start - offset))) break;
    subjects.push(inClause[i]!);
  }
  return subjects;
}

/** Whose promise the noun is, and where the promised clause starts: after "untuk" / "to". */
function possessorOfPromise(sentence: string, cue: RegExpExecArray, refs: PartyRef[], offset: number): { subjects: PartyRef[]; clauseAt: number } {
  const end = cue.index + cue[0].length;
  if (/^komitmen/i.test(cue[0])) {
    const untuk = sentence.indexOf(' untuk ', end);
    const owner = refs.find((r) => r.start - offset >= end && r.end - offset <= untuk);
    return { subjects: owner && /^\s*$/.test(sentence.slice(end, owner.start - offset)) ? [owner] : [], clauseAt: untuk + ' untuk '.length };
  }
  // "TikTok's": the name ends where the cue starts; "its": the pronoun is the cue's first word.
  const owner = refs.find((r) => r.end - offset === cue.index || r.start - offset === cue.index);
  return { subjects: owner ? [owner] : [], clauseAt: end };
}

/**
 * Who reports a passive plan with no party as its subject (the subject of the "said"/"berkata" clause before it), and
 * where the reported clause starts: the plan is that whole clause ("proses itu akan dilaksanakan …").
 */
function reporterOfPassive(sentence: string, triggerAt: number, refs: PartyRef[], offset: number): { subjects: PartyRef[]; clauseAt: number } {
  const verb = SPEECH_VERB_BEFORE.exec(sentence.slice(0, triggerAt));
  const clauseAt = verb ? verb.index + verb[0].length : triggerAt;
  if (!verb || clauseSubjects(sentence, clauseAt, triggerAt, refs, offset).length) return { subjects: [], clauseAt };
  return { subjects: clauseSubjects(sentence, clauseStart(sentence, verb.index), verb.index, refs, offset), clauseAt };
}

/** A passive plan's party: who reports it, else, in a party's own statement with no party in the clause, that party. */
function passivePlanner(sentence: string, triggerAt: number, refs: PartyRef[], offset: number, writer: PartyRef | null): { subjects: PartyRef[]; clauseAt: number } {
  const reported = reporterOfPassive(sentence, triggerAt, refs, offset);
  if (reported.subjects.length || !writer) return reported;
  const clauseAt = clauseStart(sentence, triggerAt);
  return clauseSubjects(sentence, clauseAt, triggerAt, refs, offset).length ? reported : { subjects: [writer], clauseAt };
}

const PROMISE_REPORTED =
  /\b(?:confirm\w*|said|says|told|inform\w*|agreed|promised|pledged|assured|mengesahkan|memaklumkan|berkata|bersetuju|berjanji|memberi jaminan)\b/i;
const SECOND_PREDICATE_BEFORE = /\s(?:and|dan|serta|but|tetapi|namun)\s+(?:(?:also|juga|turut)\s+)?$/i;
// A comma that goes on with the same object ends nothing: a list closed by "and" or "dan", of names ("in Auckland,
// Wellington and Christchurch", "Meta, TikTok, Google dan Telegram") or of items of a few words each ("with
// journalists, editors and other stakeholders", "hantaran, perkongsian, video dan imej"; not a clause: "bringing
// together industry and …", "supaya wang mangsa …", "the minister said and …"), a year ("July 21, 2025"), what the
// object includes or goes on with (", including calls to violence", ", termasuk …", ", serta …", ", regardless of …",
// ", tanpa …"; not "seperti yang", "as"; not ", with …", mostly a clause of its own: ", with MCMC to issue …"), or
// adjectives in a row ("take transparent, specific measures").
const ITEM_WORD = String.raw`(?!(?:\p{L}+ing|supaya|agar|bagi|untuk|yang|dengan|iaitu|kebanyakannya|sambil|said|says|told|berkata|kata|katanya)\b)\p{Ll}[\p{L}'’-]*`;
const LIST_ITEM = String.raw`${ITEM_WORD}(?:\s+${ITEM_WORD}){0,2}`;
const LIST_GOES_ON = new RegExp(
  String.raw`^,?\s+(?:\p{Lu}[\p{L}\p{N}'’.-]*(?:,?\s+[\p{L}\p{N}'’.-]+){0,4}?,?\s+(?:and|or|dan|atau|serta)\s+\p{Lu}|(?:${LIST_ITEM},\s+){0,3}${LIST_ITEM},?\s+(?:and|or|dan|atau|serta)\s)|^,\s\d{4}\b`,
  'u',
);
const GOES_ON_AFTER = /^,\s*(?:including|termasuk|such as|seperti(?!\s+yang)|especially|particularly|terutamanya|khususnya|serta|as well as|regardless|without|tanpa|dengan kerjasama|in cooperation with|in partnership with)\b/i;
// Adjectives in a row before their noun: "take transparent, specific measures", "swift, decisive action".
const ADJECTIVE = String.raw`\p{Ll}+(?:ent|ant|ive|al|ic|ous|ful|able|ible|ary|ete|ust|ear|ift|ong|ise|ere)`;
const ADJECTIVE_BEFORE = new RegExp(String.raw`(?<![\p{L}-])${ADJECTIVE}$`, 'u');
const ADJECTIVE_NOUN_AFTER = new RegExp(String.raw`^,\s+${ADJECTIVE}\s+\p{Ll}+`, 'u');
// An aside between commas, the clause going on after it: "publish, where permitted, information about …", "assess,
// together with the European Commission, how …", "contribute $100 million a year, indexed to inflation, to …"; not
// who says it (", the minister said, …") nor a new clause after it (", …, and …").
const SPEECH = String.raw`said|says|told|added|stated|noted|explained|warned|announced|confirmed|reported|wrote|berkata|katanya|kata|tambahnya|jelasnya|ujarnya|menurut|according|mengumumkan|memaklumkan`;
const ASIDE_THEN_CLAUSE = new RegExp(
  String.raw`^,\s+(?!(?:and|or|but|dan|atau|tetapi|serta)\b)(?![^,.;:"“”]*\b(?:${SPEECH})\b)(?:[^\s,.;:"“”]+\s+){0,6}[^\s,.;:"“”]+,\s+(?!(?:and|or|but|dan|atau|tetapi|serta|which|who|yang|while|as|though|although|walaupun|untuk|bagi|supaya|agar|so that|in order)\b)\p{Ll}`,
  'u',
);
// After "and", words that start a predicate of the promise's maker not under its "will": what is said or asked
// ("and urged users to …", "dan menggesa …"), hoped, already done or under way ("and has added", "dan telah",
// "dan sedang"), refused ("dan tidak akan"), or a second reported clause ("and that others …", "dan bahawa").
const NEW_PREDICATE = String.raw`that|bahawa|tidak\s+(?:akan|pernah|lagi|mahu)|telah|sedang|sudah|has|had|said|says|added|urged|urges|called|calls|warned|warns|reminded|reminds|rejected|rejects|denied|denies|stressed|insisted|expects|hopes|hoped|aims|plans|menggesa|menasihatkan|menegaskan|mengingatkan|menyeru|berkata|memohon|merancang|berharap|menjelaskan`;
// Where a promise's words end: a comma (unless pastComma says it goes on), a sentence's full stop (not a domain's,
// "sebenarnya.my"), a quote mark, another promise or predicate, or a clause of contrast or cause. A clause of time or
// manner ("as the law is implemented", "after the vote", "while the court considers the case", "selepas menerima
// laporan") is part of the promise: the writers label it so, and cutting there left "the following" and "as a matter
// of" in pieces.
const PHRASE_END = new RegExp(
  String.raw`,(?!\d)|\.(?![\da-z])(?!(?<=\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No)\.)\s+\d)(?!(?<=\b(?:Dr|Mr|Mrs|Ms|Prof|St)\.)\s+[A-Z])|[;:"“”]|\s+(?:and|dan)\s+(?:will|would|akan|also|may|could|can|might|boleh|mungkin)\b|\s+(?:and|dan)\s+(?=(?:${NEW_PREDICATE})\b)|(?<!\b(?:on|in|by|for|of|under|through|with|from|at|to)(?=\s+which))(?<!\blegal(?=\s+but))\s+(?:which|but|whereas|even though|even if|though|although|kerana|tetapi|namun|manakala|walaupun|walhal)\s+|${AND_ANOTHER_PROMISE}`,
  'gi',
);
// A short term in marks inside the phrase ("will carry a "Paid for by" disclaimer"): its marks end nothing.
const TERM_IN_MARKS = /(?<=\s)["“][^"“”.,;:]{1,40}["”](?=[\s,.;])/g;
const OPENING_MARK = /["“]/;

/** Where the phrase goes on after the comma at `at`: past it (a list, a year, what the object includes), past an aside
 *  it opens, or -1 where it ends the phrase. */
function pastComma(text: string, at: number): number {
  const rest = text.slice(at);
  if (LIST_GOES_ON.test(rest) || GOES_ON_AFTER.test(rest) || (ADJECTIVE_BEFORE.test(text.slice(Math.max(0, at - 30), at)) && ADJECTIVE_NOUN_AFTER.test(rest))) return at + 1;
  const aside = ASIDE_THEN_CLAUSE.exec(rest);
  // The aside's own list going on ("after a backlash from lawmakers, journalists and …") is no aside.
  const closing = aside ? aside[0].lastIndexOf(',') : -1;
  if (aside && !LIST_GOES_ON.test(rest.slice(closing))) return at + closing + 1;
  return -1;
}

// An adverb before the promised act is not its words: "will also publish", "akan juga menyediakan", "will now
// require" are promises to publish, to provide, to require.
const ADVERB_FIRST = /^\s*(?:also|still|now|then|further|juga|turut|pula|kini)\s+/i;

export function shortPhrase(text: string): string {
  // A full stop or comma inside a number ("30.8 billion", "RM1,000") does not end the phrase.
  const marks = new Set<number>();
  // Read only where an opening mark is: the RegExp (led by a look-behind) is tried at every place, and matchAll copies it.
  if (OPENING_MARK.test(text)) for (const t of text.matchAll(TERM_IN_MARKS)) marks.add(t.index).add(t.index + t[0].length - 1);
  let end = text.length;
  PHRASE_END.lastIndex = 0;
  let resume = -1;
  for (let m = PHRASE_END.exec(text); m; m = PHRASE_END.exec(text)) {
    if (marks.has(m.index) || m.index < resume) continue;
    if (m[0] === ',') {
      resume = pastComma(text, m.index);
      if (resume >= 0) continue;
    }
    end = m.index;
    break;
  }
  const cut = text.slice(0, end);
  const words = cut.trim().split(/\s+/).filter(Boolean);
  return words.slice(0, 40).join(' ');
}

/** The promise's cue ("agreed to", "bersetuju"; or "will", or "akan") and whether the sentence names one party or several. */
function commitmentShape(cue: Record<string, string | undefined>, inSentence: PartyRef[]): string {
  const kind = cue.strong !== undefined || cue.strongMs !== undefined ? 'agreed' : cue.weak !== undefined ? 'will' : 'akan';
  return `${kind} ${new Set(inSentence.map((r) => r.id)).size > 1 ? 'several' : 'one'}`;
}

/**
 * Is the cue at `m` no promise? A negated one, a question, a condition, a proposal, a claim denied or passed on, a
 * promise not to act ("berjanji tidak akan menapis", "pledged never to": a negation, as the label guide says), an
 * assurance of what is ("memberi jaminan bahawa mereka mempunyai dasar …"), or what a thing would do ("peruntukan
 * yang akan mewajibkan …", "a rule which would …") unless a party is named right before ("Meta, which will …").
 */
function notAPromise(s: Sentence, m: RegExpExecArray, weak: boolean, inSentence: PartyRef[]): boolean {
  const before = s.text.slice(0, m.index);
  const after = s.text.slice(m.index + m[0].length);
  if (NEGATED.test(s.text.slice(Math.max(0, m.index - 25), m.index))) return true;
  if (QUESTION.test(s.text) && (/\?\s*["”]?$/.test(s.text) || QUESTION.test(before))) return true;
  // A question quoted inside a longer sentence: '"… Why should we believe you will police yourselves?" asked …'.
  if (/^[^.!"“”]*\?/.test(s.text.slice(m.index))) return true;
  if (CONDITION_AFTER.test(after) || /\b(?:if|sekiranya|jika|kalau)\b[^,]*$/i.test(before) || CONDITION_FIRST.test(before)) return true;
  // "ia tidak bersetuju dengan dakwaan itu dan akan mempertahankan dirinya": a second predicate after the claim is the
  // subject's own.
  if (UNDER_A_PROPOSAL.test(before) || DENIED.test(before) || UNSAID_BEFORE.test(before) || (CLAIMED.test(before) && !/\s(?:dan|and)\s*$/i.test(before))) return true;
  if (!weak && PROMISE_ASKED_BEFORE.test(before)) return true;
  if (!weak && (NEGATION_AFTER.test(after) || (/(?:bahawa|that)\s*$/i.test(m[0]) && !FUTURE.test(shortPhrase(after))))) return true;
  const relative = RELATIVE_BEFORE.exec(before);
  return relative !== null && !inSentence.some((r) => Math.abs(r.end - s.start - relative.index) <= 3);
}

/**
 * Commitments in `sentences`. `writerAt` is the platform or body whose own statement this is, where it speaks in its
 * own words (outside quotes): a plan it states in the passive with no one named ("Calling will be enabled gradually for
 * all users", a minister's "Pindaan ini akan dibentangkan di Parlimen …") is its own. `statement` is the whole text,
 * where a promise dated by an event ("before polling day") finds the event's date.
 */
export function findCommitments(
  sentences: Sentence[],
  refs: PartyRef[],
  reference: Date | null,
  writerAt: (at: number) => PartyRef | null = () => null,
  statement = '',
  /** Is `at` inside the words of a person who speaks for no listed party (an analyst, a resident)? */
  thirdPartyAt: (at: number) => boolean = () => false,
): Commitment[] {
  const commitments: Commitment[] = [];
  for (const s of sentences) {
    const seen = new Set<string>();
    const end = s.start + s.text.length;
    const inSentence = refs.filter((r) => r.start >= s.start && r.end <= end);
    const writer = writerAt(s.start);
    if (inSentence.length === 0 && !writer) continue;
    TRIGGER.lastIndex = 0;
    for (let m = TRIGGER.exec(s.text); m; m = TRIGGER.exec(s.text)) {
      const weak = m.groups?.weak !== undefined || m.groups?.weakMs !== undefined;
      if (notAPromise(s, m, weak, inSentence)) continue;
      const beforeTrigger = s.text.slice(0, m.index);
      const { subjects, clauseAt } = m.groups?.noun !== undefined
        ? possessorOfPromise(s.text, m, inSentence, s.start)
        : m.groups?.passive !== undefined
          ? passivePlanner(s.text, m.index, inSentence, s.start, writer)
          : subjectsBefore(s, subjectBefore(beforeTrigger), inSentence, m.index + m[0].length);
      const nearest = subjects[subjects.length - 1];
      // What platforms "will" do in the words of someone who speaks for none of them is a forecast ("Syarikat besar
      // seperti Meta dan Google akan memindahkan kos itu …," kata penganalisis cukai …), not their promise.
      // A promise the platform is reported to have made stays ("TikTok has confirmed that it will …," an official
      // said).
      if (weak && subjects.length && subjects.every((r) => r.type === 'platform') && thirdPartyAt(s.start + m.index) &&
        !PROMISE_REPORTED.test(beforeTrigger)) continue;
      // "will" is a promise only when the party is its subject, close before it; further when the promise is a second
      // predicate joined on ("TikTok berkata ia telah mengeluarkan ratusan ribu video …, dan akan terus bekerjasama"),
      // but not after a possessive ("the meeting followed Meta's removal of … and would stress …").
      const possessive = nearest !== undefined && /^['’]s\b/.test(s.text.slice(nearest.end - s.start));
      const reach = SECOND_PREDICATE_BEFORE.test(beforeTrigger) && !possessive ? 200 : 90;
      if (weak && (!nearest || m.index - (nearest.end - s.start) > reach)) continue;
      // The promise's own stretch: up to a second promise joined on ("… dan akan menyediakan … selewat-lewatnya …") or a
      // clause giving its cause.
      const rest = s.text.slice(m.index + m[0].length);
      const end = PROMISE_END.exec(rest);
      const after = end ? rest.slice(0, end.index) : rest;
      const what = shortPhrase(s.text.slice(clauseAt).replace(ADVERB_FIRST, ''));
      if (!what) continue;
      // The date after the promise (or in an aside after its verb: "will, no later than 31 July, publish"), else one
      // before it in the sentence ("From July, we will publish …").
      const due =
        findDueDate((m[0] + after).replace(WHEN_SAID, ''), reference) ?? findDueDate(beforeTrigger.replace(WHEN_SAID, ''), reference) ?? eventDueDate(m[0] + after, statement, reference);
      const confidence = claimConfidence('commitment', commitmentShape(m.groups ?? {}, inSentence));
      // One entry per party and promise: "SKMM akan mengemas kini … dan akan menyediakan …" is two.
      for (const subject of subjects) {
        if (seen.has(`${subject.id}|${what}`)) continue;
        seen.add(`${subject.id}|${what}`);
        commitments.push({ by: subject.id, what, due, evidence: s.text, speaker: null, confidence });
      }
    }
  }
  return commitments;
}
