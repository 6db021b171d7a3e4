// Disputes: parties disagree, refuse, reject, criticise a failure, threaten or take legal action. `from` is the
// authority acting against a platform, or the platform answering back; `over` is the first issue named in the
// sentence, else the statement's main issue.
import { pairKey } from '../../src/lib/dispute-pair.ts';
import type { Dispute } from '../../src/lib/schema.ts';
import type { Sentence } from './text.ts';
import { PREPOSITION_BEFORE, type PartyRef, type PartyType } from './references.ts';
import type { Mention, Taxonomy } from './taxonomy.ts';
import { claimConfidence } from './confidence.ts';

const TRIGGER = new RegExp(
  [
    '\\b(?:disagree\\w*|refus\\w*|reject\\w*|criticis\\w*|criticiz\\w*|criticism|slamm?\\w*|condemn\\w*|accus\\w*|fail(?:ed|s|ure|ures|ing)?|threat\\w*|legal action|legal proceedings|proceedings against|formal proceedings|infringement proceedings|to court|in court|court challenge|sue[ds]?|suing|lawsuit|filed (?:a |an )?(?:suit|complaint|case)|challeng\\w*|appeal(?:ed|s|ing)?|fined|fines? (?:of|on|against)|penalt\\w*|breach\\w*|(?<!(?:that|which|who) )violat\\w*|non-complian\\w*|defied|defy\\w*|ignor\\w*|disappoint\\w*|reluctan\\w*|resist\\w*|dispute[ds]?|objected|opposed|opposes|opposing|censorship|grill\\w*|pushed back|hit back|blamed|unacceptable|rebuk\\w*|reprimand\\w*|concerns? (?:about|over))\\b',
    '\\b(?:menolak|ditolak|enggan|gagal|kegagalan|mengkritik|kritikan|dikritik|kecewa|kekecewaan|mengecam|dikecam|tindakan undang-undang|saman|menyaman|disaman|membantah|bantahan|tidak bersetuju|mempertikai\\w*|pertikaian|mengancam|ancaman|denda|didenda|mendenda|(?<!yang )melanggar|ingkar|tidak mematuhi|mengabaikan|keberatan|mencabar|rayuan|tidak boleh diterima|menegur|teguran)\\b',
  ].join('|'),
  'i',
);
// Warnings are a dispute only between an authority and a platform both named in the sentence.
const WARNING = /\b(?:warn(?:ed|s|ing|ings)?|amaran)\b/i;
const NEGATED = /\b(?:not|never|no|tidak|bukan|tanpa)\s+$/i;
// Acts with legal force (a fine, a suit, an order, proceedings) as against words (criticism, a refusal, a warning).
const SANCTION = /\b(?:legal action|legal proceedings|proceedings against|formal proceedings|infringement proceedings|to court|in court|court challenge|sue[ds]?|suing|lawsuit|filed (?:a |an )?(?:suit|complaint|case)|fined|fines? (?:of|on|against)|penalt\w*|tindakan undang-undang|saman|menyaman|disaman|denda|didenda|mendenda)\b/i;
// A platform named as the place where something happens ("on Facebook") is not a party to the dispute.
const LOCATIVE_BEFORE = /\b(?:on|in|at|via|through|across|onto|di|pada|melalui|dalam|such as|seperti|including|termasuk)\s+(?:the\s+)?$/i;

/** Could this sentence hold a dispute? A cheap test before resolving who is who. */
export function mayHoldDispute(sentence: string): boolean {
  return TRIGGER.test(sentence) || WARNING.test(sentence);
}

/** The statement's main issue: the one named most often (first named on a tie), for a conflict sentence naming none. */
function mainIssue(issueMentions: Mention[]): string | null {
  const counts = new Map<string, number>();
  for (const m of issueMentions) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  let best: string | null = null;
  for (const [id, n] of counts) if (best === null || n > counts.get(best)!) best = id;
  return best;
}

export function findDisputes(
  sentences: Sentence[],
  refs: PartyRef[],
  issueMentions: Mention[],
  taxonomy: Taxonomy,
): Dispute[] {
  const disputes: Dispute[] = [];
  const fallbackIssue = mainIssue(issueMentions);
  const seen = new Set<string>();
  for (const s of sentences) {
    const trigger = TRIGGER.exec(s.text) ?? WARNING.exec(s.text);
    if (!trigger || NEGATED.test(s.text.slice(Math.max(0, trigger.index - 12), trigger.index))) continue;
    const warningOnly = !TRIGGER.test(s.text);
    const end = s.start + s.text.length;
    const parties: { id: string; type: PartyType; distance: number; subject: boolean }[] = [];
    for (const r of refs) {
      if (r.start < s.start || r.end > end) continue;
      if (LOCATIVE_BEFORE.test(s.text.slice(Math.max(0, r.start - s.start - 20), r.start - s.start))) continue;
      const distance = Math.abs(r.start - s.start - trigger.index);
      const known = parties.find((p) => p.id === r.id);
      const subject = parties.length === 0 && !PREPOSITION_BEFORE.test(s.text.slice(Math.max(0, r.start - s.start - 30), r.start - s.start));
      if (!known) parties.push({ id: r.id, type: r.type, distance, subject });
      else known.distance = Math.min(known.distance, distance);
    }
    // A product and its parent in one sentence are one party: the parent ("Meta", not "Facebook").
    const merged = parties.filter((p) => {
      const parent = taxonomy.platformEntries.get(p.id)?.parent;
      return !(parent && parties.some((q) => q.id === parent));
    });
    if (merged.length === 0) continue;
    const hasActor = merged.some((p) => p.type === 'actor');
    if (warningOnly && !(hasActor && merged.some((p) => p.type === 'platform'))) continue;
    let sideBefore = false;
    if (!hasActor && merged[0]?.type === 'platform') {
      // Platforms answering back ("Meta said it disagreed"): the other side is the last authority named before.
      const before = refs.filter((r) => r.end <= s.start && r.type === 'actor').pop();
      if (before) merged.push({ id: before.id, type: before.type, distance: Infinity, subject: false });
      sideBefore = before !== undefined;
    }
    if (merged.length < 2) continue;
    // The authority on the other side: the sentence's subject when it is one ("The minister said X ignored the
    // MCMC's requests"), else the one named nearest the criticism, refusal or action.
    const actors = merged
      .filter((p) => p.type === 'actor')
      .sort((a, b) => Number(b.subject) - Number(a.subject) || a.distance - b.distance);
    const platforms = merged.filter((p) => p.type === 'platform');
    const pairs: [string, string][] =
      actors.length && platforms.length
        ? platforms.slice(0, 3).map((p) => [actors[0]!.id, p.id])
        : [[merged[0]!.id, merged[1]!.id]];
    const cue = warningOnly ? 'warning' : SANCTION.test(s.text) ? 'sanction' : 'opposition';
    const confidence = claimConfidence('dispute', `${cue} ${sideBefore ? 'side-before' : 'both-named'}`);
    const over = issueMentions.find((m) => m.start >= s.start && m.end <= end)?.id ?? fallbackIssue;
    for (const [from, against] of pairs) {
      const key = `${pairKey(from, against)}|${over}`;
      if (seen.has(key)) continue;
      seen.add(key);
      disputes.push({ from, against, over, evidence: s.text, speaker: null, confidence });
    }
  }
  // A pair found with its issue in one sentence and without one in another (often the headline) is one dispute.
  return disputes.filter(
    (d) => d.over !== null || !disputes.some((e) => e.over !== null && pairKey(e.from, e.against) === pairKey(d.from, d.against)),
  );
}
