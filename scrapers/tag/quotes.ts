// Direct quotes: the words between quotation marks, verbatim, with who the statement says spoke them: named after
// the quote ("…," said X / X said / katanya), before it in its sentence (X said: "…"), or, for a quote standing
// alone, the speaker of the quote or speech just before it. Marks around a term ("so-called 'safe harbour'") are
// not a quote.
import type { Quote } from '../../src/lib/schema.ts';
import { lastSpeaker, resolveSpeaker, SAY, type SpeakerIndex } from './speakers.ts';
import { LEAD_PHRASE, sentenceAt, type Sentence } from './text.ts';
import { claimConfidence } from './confidence.ts';
import { wordStartsLookingBehind } from './alias-source.ts';

export interface QuoteSpan {
  /** The quoted words, exactly as written between the marks. */
  text: string;
  /** Offsets of the opening and closing marks. */
  open: number;
  close: number;
}

const OPENING = new Set(['"', '“']);
// Scraped text mixes straight and curly marks ("However, … ,” he said): either closes a quote.
const CLOSING = /["”]/g;
// Marks naming a term, a label or a title, not someone's words ("what it called "illegal orders"": its words).
const TERM_BEFORE = wordStartsLookingBehind(/\b(?:so-called|dubbed|(?<!\bwhat\s+[\p{L}'’]+\s+)called|labelled|labeled|label|term|termed|known as|titled|entitled|istilah|dikenali sebagai|disebut sebagai|dipanggil|digelar|dilabel|label|task force|pasukan petugas|operation|operasi|ops|campaign|kempen|programme|program|project|projek)\s*$/iu);

// Before a short quote, in its sentence: someone's words reported ("Twitter said it was "deeply concerned"", "called
// the move "draconian"", "menyifatkan keperluan itu sebagai "lesen terselindung"").
// A characterisation may run long before its "as" ("menyifatkan tindakan … di platformnya sebagai "pendekatan yang salah"").
const REPORTED_BEFORE = /\b(?:said|says|told|added|stated|described|rejected|dismissed|called|calling|accused|warned|mendakwa|menyifatkan|menyebut|menyatakan|berkata|menolak|menganggap)\b[^."“”\n]{0,80}$|\b(?:described|describing|branded|menyifatkan|menggambarkan)\b[^."“”\n]{0,200}\b(?:as|sebagai)\s*$/i;

// Right before a short quote: a name's determiner ("a party to the "joint statement""), so a term, not words reported.
const DETERMINER_BEFORE = /\b(?:the|this|that|its|their)\s*$/i;

/** The quoted spans in `text`, within a paragraph each; spans of fewer than four words are terms, not quotes, unless
 *  someone's words are reported just before them and no determiner names them. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    const mark = text[i]!;
    if (!OPENING.has(mark)) continue;
    CLOSING.lastIndex = i + 1;
    const close = CLOSING.exec(text)?.index ?? -1;
    if (close < 0) break;
    const inner = text.slice(i + 1, close);
    if (inner.includes('\n')) continue; // an unclosed mark: start again on the next paragraph
    const open = i;
    i = close;
    if (TERM_BEFORE.test(text.slice(Math.max(0, open - 40), open))) continue;
    if (inner.trim().split(/\s+/).length < 4 && (!REPORTED_BEFORE.test(text.slice(Math.max(0, open - 240), open)) || DETERMINER_BEFORE.test(text.slice(Math.max(0, open - 8), open)))) continue;
    spans.push({ text: inner, open, close });
  }
  return spans;
}

// A speaker's phrase runs to the sentence's end; the dot of an honorific ("Mr. Lalith Dissanayake") is no end.
const HONORIFIC_DOT = String.raw`(?<=\b(?:Mr|Mrs|Ms|Mdm|Dr|Prof|Adv|Insp|Supt|Hj|Ir|Ts)\.)`;
const SPEAKER_CHAR = String.raw`[^."“”\n]|\.${HONORIFIC_DOT}`;
// After the closing mark: "…," said X / "…," X said / "…," katanya (tulisnya: a post's words) / "…," menurut
// kenyataan itu.
// Case-sensitive but for the verb's first letter: "Dalam Negeri" in a speaker's office is no "dalam" (in) that ends it.
const VERB_FIRST = new RegExp(
  String.raw`^[\s,]*(?:[Ss]aid|[Ss]ays|[Aa]dded|[Ww]rote|[Aa]sked|[Tt]old|[Kk]ata|[Ss]oal|[Tt]anya|[Uu]jar|[Jj]elas|[Tt]ambah|[Tt]egas|[Tt]ulis|[Mm]enurut|[Aa]ccording to)\s+((?:${SPEAKER_CHAR}){1,140}?)(?=(?![.]${HONORIFIC_DOT})[.;"“\n]|$|,\s+(?:who|which|yang|in|at|after|during|ketika|semasa|dalam|di)\b|\s+(?:in|at|on|after|during|when|ketika|semasa|dalam|di|kepada|menerusi|selepas|sempena)\s)`,
);
const SPEAKER_FIRST = new RegExp(
  String.raw`^[\s,]*((?:${SPEAKER_CHAR}){1,110}?)\s+(?:said|says|added|wrote|asked|told|explained|stated|noted|stressed|insisted|argued|berkata|menulis|menegaskan)\b`,
  'i',
);
// Someone described, then named at the sentence's end, a place between: "…," kata seorang pemilik butik di Durrës,
// Erjona Leka. / "…?" soal penyelidik media di Universiti Tirana, Blerina Kaçi.
const DESCRIBED_THEN_NAMED = /^[\s,]*(?:[Ss]aid|[Kk]ata|[Ss]oal|[Tt]anya|[Uu]jar)\s+\p{Ll}[^."“”\n]{0,100}?,\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*\./u;
// "TikTok rejected the warning as "…" and said …": the verb after "and" is the sentence's subject's, named before.
const JOINED_VERB = /^\s*(?:and|but|then|dan|tetapi|lalu)\s*$/i;
const PRONOUN_VERB = /^[\s,]*(?:katanya|tambahnya|ujarnya|jelasnya|tulisnya|tegasnya|kata beliau|tambah beliau|ujar beliau|jelas beliau|tulis beliau|tegas beliau)\b/i;

function paragraphEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** The quotes of a statement with their speakers. */
// "…, and the Commission said it would continue that investigation "…"": a clause opened by a conjunction, with a
// subject of its own before a verb that says, before the quote ("…, but said the language …" has none).
const SAYING_CLAUSE = /(?:,\s+(?:and|but|while|whereas|dan|tetapi|manakala)|;)\s+(?!(?:said|says|told|added|berkata|kata)\b)(?=[^,;"“”]*\b(?:said|says|told|added|berkata|kata)\b[^,;"“”]*$)/gi;
/** Where the last clause that says opens in `before` (0 where none does). */
function lastSayingClause(before: string): number {
  let at = 0;
  for (const m of before.matchAll(SAYING_CLAUSE)) at = m.index + m[0].length;
  return at;
}

export function findQuotes(text: string, spans: readonly QuoteSpan[], sentences: readonly Sentence[], index: SpeakerIndex): (Quote & { span: QuoteSpan })[] {
  const quotes: (Quote & { span: QuoteSpan })[] = [];
  let previous: { close: number; speaker: Quote['speaker'] } | null = null;
  for (const span of spans) {
    const afterStart = span.close + 1;
    const after = text.slice(afterStart, paragraphEnd(text, afterStart));
    const sentence = sentenceAt(sentences, span.open);
    const beforeInSentence = sentence ? text.slice(sentence.start, span.open) : '';
    let speaker: Quote['speaker'] = null;
    let found = 'named-after';
    let m: RegExpExecArray | null;
    if (PRONOUN_VERB.test(after)) speaker = lastSpeaker(index, span.open);
    else if ((m = DESCRIBED_THEN_NAMED.exec(after) ?? VERB_FIRST.exec(after) ?? SPEAKER_FIRST.exec(after)) && !JOINED_VERB.test(m[1]!)) {
      const from = afterStart + m.index + m[0].lastIndexOf(m[1]!);
      speaker = resolveSpeaker(index, from, from + m[1]!.length);
    }
    else if (sentence && beforeInSentence.trim() && !/["“”]/.test(beforeInSentence)) {
      // X said: "…" / X said TikTok was "…": the sentence's subject before the mark; after a leading "According to
      // the judge," the clause's own subject ("…, TikTok told the court it "…"").
      const lead = sentence.start + (LEAD_PHRASE.exec(beforeInSentence)?.[0].length ?? 0);
      const clause = sentence.start + lastSayingClause(beforeInSentence);
      speaker =
        (clause > sentence.start && resolveSpeaker(index, clause, span.open)) ||
        (lead > sentence.start && resolveSpeaker(index, lead, span.open)) ||
        resolveSpeaker(index, sentence.start, span.open);
      found = 'subject-before';
    } else if (previous && text.slice(previous.close, span.open).split('\n').length <= 3) {
      // A quote standing alone continues the one before it, or the speech reported just before.
      speaker = previous.speaker;
      found = 'continues';
    } else {
      speaker = lastSpeaker(index, span.open);
      found = 'last-speaker';
    }
    if (!SAY.test(after.slice(0, 60)) && !SAY.test(beforeInSentence) && speaker === null) continue;
    const confidence = claimConfidence('quote', found);
    quotes.push({ text: span.text, speaker, confidence, span });
    previous = { close: span.close, speaker };
  }
  return quotes;
}
