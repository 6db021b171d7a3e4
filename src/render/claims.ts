// Who said, promised and disputed what: the parts of a claim as markup, shared by the statement page (made by
// render/statement-page.ts) and the Astro components that wrap these (SubjectLink, SpeakerName, ClaimReview …).
import type { Copy, SiteKey } from '../i18n/index.ts';
import { kindOf, personPage, type SiteData, type SubjectKind } from '../lib/data.ts';
import { officesOn } from '../lib/people.ts';
import { CONFIDENCE_THRESHOLD, type ReviewedClaim, type ReviewState } from '../lib/reviewed-claims.ts';
import type { Speaker } from '../lib/schema.ts';
import { personPath, subjectPath } from '../lib/site-url.ts';
import { attr, fill, html, type Markup } from './markup.ts';

/** A platform, actor or issue by its display name, linking to its page. Omit `kind` for the party of a commitment
 *  or dispute, which can be a platform or an actor. */
export function subjectLink(copy: Copy, data: SiteData, id: string, kind: SubjectKind = kindOf(data, id)): Markup {
  return html`<a href="${subjectPath(kind, id, copy.locale)}">${copy.name(data.names[kind], id)}</a>`;
}

/** A speaker by name, linking to their page when they have one, with the office they held on the statement's day
 *  (for a person in the office-holder map) or the body they spoke for. */
export function speakerName(copy: Copy, data: SiteData, speaker: Speaker, day: string): Markup {
  const profile = speaker.person ? personPage(data, speaker.person) : undefined;
  const offices = profile?.entry ? officesOn(profile.entry, day) : [];
  const who =
    speaker.person === null && speaker.org
      ? subjectLink(copy, data, speaker.org)
      : profile
        ? html`<a href="${personPath(profile.id, copy.locale)}">${profile.name}</a>`
        : speaker.name;
  const role =
    speaker.person === null
      ? null
      : offices.length > 0
        ? `, ${offices.map((o) => o.title).join(copy.t('claim.officeJoin'))}`
        : speaker.org && html` (${subjectLink(copy, data, speaker.org)})`;
  return html`${who}${role}`;
}

/** " committed to <what>", after the party's name: what was promised is in the statement's words, so it carries the
 *  statement's language. `sentence` ends the sentence, with the due date when there is one. */
export function committedTo(
  copy: Copy,
  what: string,
  lang: string | undefined,
  due: string | null = null,
  sentence = false,
): Markup {
  const key: SiteKey = !sentence ? 'claim.committedTo' : due ? 'claim.committedToDue' : 'claim.committedToDone';
  return fill(copy.t(key, due ? { due: copy.date(due) } : {}), {
    what: html`<span${attr('lang', lang)}>${what}</span>`,
  });
}

/** One sentence saying what a claim is: who committed to what, who is at odds with whom over what, who asked what of
 *  whom. `lang`: the statement's language, whose words the claim quotes. */
export function claimSummary(
  copy: Copy,
  data: SiteData,
  reviewed: ReviewedClaim<'commitment' | 'dispute' | 'demand'>,
  lang: string | undefined,
): Markup {
  const { t } = copy;
  const link = (id: string, kind?: SubjectKind) => subjectLink(copy, data, id, kind);
  if (reviewed.kind === 'commitment') {
    const c = reviewed as ReviewedClaim<'commitment'>;
    return html`${link(c.claim.by)}${committedTo(copy, c.claim.what, lang, c.claim.due, true)}`;
  }
  if (reviewed.kind === 'dispute') {
    const d = (reviewed as ReviewedClaim<'dispute'>).claim;
    const over = d.over && html`${t('claim.over')}${link(d.over, 'issues')}`;
    return html`${link(d.from)}${t('claim.against')}${link(d.against)}${over}.`;
  }
  const d = (reviewed as ReviewedClaim<'demand'>).claim;
  const what = html`<span${attr('lang', lang)}>${d.what}</span>`;
  return html`${link(d.by)}${t('claim.calledOn')}${link(d.on)}${fill(t('claim.calledOnTo'), { what })}`;
}

/** Whether an editor checked a claim and, for a machine-found one nobody checked, how sure the tagger is: "confidence
 *  0.50, below the 0.70 shown by default", in words a reader can weigh. */
export function reviewState(copy: Copy, state: ReviewState, confidence: number, confidenceClass?: string): Markup {
  const value = confidence.toFixed(2);
  const threshold = CONFIDENCE_THRESHOLD.toFixed(2);
  const sure =
    confidence < CONFIDENCE_THRESHOLD
      ? copy.t('confidence.below', { value, threshold })
      : copy.t('confidence.value', { value });
  const checked = html`<span class="${`review review-${state}`}">${copy.t(`review.${state}`)}</span>`;
  return html`${checked}${state === 'unreviewed' && html`<span${attr('class', confidenceClass)}>${sure}</span>`}`;
}

/** Who reported a claim, how sure the tagger is, and whether an editor checked it: a machine-found claim nobody
 *  checked is marked as such, so it cannot pass for a checked one. `day`: the statement's, for the office the
 *  speaker held then; `reportedBy`: false for a quote, whose speaker the quote itself shows. */
export function claimReview(
  copy: Copy,
  data: SiteData,
  reviewed: ReviewedClaim,
  day: string,
  reportedBy = true,
): Markup {
  const { state, note, claim } = reviewed;
  const speaker = claim.speaker ? speakerName(copy, data, claim.speaker, day) : copy.t('claim.noSpeaker');
  const reporter =
    reportedBy && html`<span class="reported-by">${fill(copy.t('claim.reportedBy'), { speaker })}</span>`;
  const editorNote = note && html`<span class="meta">${copy.t('claim.editorNote', { note })}</span>`;
  return html`<p class="claim-meta">${reporter}${reviewState(copy, state, claim.confidence, 'confidence')}${editorNote}</p>`;
}
