// A statement's permalink: the record in full, readable and citable, with no JavaScript. A plain function of the
// loaded data, so that a build writes the 200,000 pages of 100,000 statements in one pass (statement-pages.ts) while
// the dev server shows the same markup inside the layout (src/pages/[...locale]/statements/[id].astro).
import type { Copy } from '../i18n/index.ts';
import { citationText, statementCsl } from '../lib/citation.ts';
import { listCommitments } from '../lib/commitments.ts';
import type { SiteData } from '../lib/data.ts';
import { statementDay, statementTime } from '../lib/dates.ts';
import type { Mark } from '../lib/highlight.ts';
import type { ReviewedClaim } from '../lib/reviewed-claims.ts';
import { httpHref } from '../lib/safe-url.ts';
import type { Statement } from '../lib/schema.ts';
import { sitePath, statementPath } from '../lib/site-url.ts';
import { statementLang, wordsLang } from '../lib/statement-lang.ts';
import { diffText, versionChanges } from '../lib/version-diff.ts';
import { claimReview, claimSummary, committedTo, speakerName, subjectLink } from './claims.ts';
import { attr, fill, html, type Markup } from './markup.ts';
import { citationFormats, diffParts, highlighted, tagList } from './text.ts';

export interface StatementPage {
  title: string;
  description: string;
  /** What goes inside the layout's <main>. */
  body: Markup;
}

/** A wire story can run on dozens of sites: the page shows the first copies with their diffs and counts the rest. */
const MAX_COPIES = 20;

/** `site`: the deployed origin (Astro's `site`), for the permalink a citation gives. */
export function statementPage(copy: Copy, data: SiteData, s: Statement, site: URL): StatementPage {
  const summaryLine = s.origin === 'curated' ? copy.t('statement.summaryLine', { title: s.title }) : `${s.outlet}: ${s.title}`;
  const description = summaryLine.length > 300 ? `${summaryLine.slice(0, 299)}…` : summaryLine;
  const view = viewOf(copy, data, s, site);
  const body = html`<article class="statement">${[header, notices, words, tagsSection, quotes, commitments, otherClaims, rejected, copies, history, cite].map((part) => part(view))}</article>`;
  return { title: s.title, description, body };
}

/** What the page's sections share: the statement, its claims as the site shows them, and the words' languages. */
function viewOf(copy: Copy, data: SiteData, s: Statement, site: URL) {
  const claims = data.claimsOf(s);
  // Every claim is on its own page, each marked with its review state; those an editor rejected are listed apart.
  const commitments = listCommitments([s], data.claimsOf, data.outcomes, data.today, 'all');
  const disputes = claims.disputes.filter((d) => d.state !== 'rejected');
  const marks: Mark[] = [
    ...commitments.filter((r) => !r.recorded).map((r) => ({ kind: 'commitment' as const, evidence: r.commitment.evidence })),
    ...disputes.map((d) => ({ kind: 'dispute' as const, evidence: d.claim.evidence })),
  ];
  const permalink = new URL(statementPath(s.id, copy.locale), site).href;
  return {
    copy,
    data,
    s,
    claims,
    commitments,
    disputes,
    marks,
    permalink,
    day: statementDay(s),
    original: httpHref(s.url),
    // The statement's own words are in its language; a curated record's summary (and so what its claims quote) may not be.
    lang: statementLang(s),
    words: wordsLang(s),
  };
}
type View = ReturnType<typeof viewOf>;

function header({ copy: { t, date }, s, original, lang }: View): Markup {
  const published = s.published
    ? html`<time datetime="${s.published}">${date(s.published, s.publishedPrecision ?? 'day')}</time>`
    : fill(t('statement.notGiven'), { date: html`<time datetime="${s.firstSeen}">${date(s.firstSeen, 'time')}</time>` });
  const link = original
    ? html`<a class="original" href="${original}" rel="noopener noreferrer nofollow">${original}</a>`
    : html`<span>${t('statement.notLinked', { url: s.url })}</span>`;
  const source = t('statement.sourceFacts', { kind: t(`kind.${s.kind}`), jurisdiction: s.jurisdiction, language: s.language });
  return html`<header><p class="kicker">${s.origin === 'curated' ? t('statement.curatedEvent') : t('statement.statement')} · ${s.outlet}</p><h1${attr('lang', lang)}>${s.title}</h1>${s.titleBy === 'pantau' && html`<p class="muted">${t('statement.titleByPantau')}</p>`}<dl class="facts"><div><dt>${t('statement.outlet')}</dt><dd>${s.outlet}</dd></div><div><dt>${t('statement.published')}</dt><dd>${published}</dd></div>${s.speakers.length > 0 && html`<div><dt>${t('statement.speakers')}</dt><dd>${s.speakers.join(', ')}</dd></div>`}<div><dt>${t('statement.source')}</dt><dd>${source}</dd></div><div><dt>${t('statement.original')}</dt><dd>${link}</dd></div></dl></header>`;
}

function notices({ copy: { t, date }, s }: View): Markup {
  return html`${s.tags && !s.tags.relevant && html`<p class="notice" role="note">${t('statement.offTopic', { reason: s.tags.reason || t('statement.noReason') })}</p>`}${s.removedAt && html`<p class="notice notice-warn" role="note"><strong>${t('statement.removedTitle')}</strong> ${t('statement.removed', { date: date(s.removedAt) })}</p>`}`;
}

function words({ copy, s, original, lang, words: wordsIn, marks }: View): Markup {
  const { t } = copy;
  const text =
    s.origin === 'curated'
      ? html`<section class="summary" aria-labelledby="summary-heading"><h2 id="summary-heading">${fill(t('statement.summaryHeading'), {
          original: original ? html`<a href="${original}" rel="noopener noreferrer nofollow">${t('statement.readOriginal')}</a>` : t('statement.originalNotLinked'),
        })}</h2><p class="muted">${t('statement.ownWords')}</p><div${attr('lang', wordsIn)}>${highlighted(copy, s.summary?.text ?? '', marks)}</div></section>`
      : html`<section class="text" aria-labelledby="text-heading"><h2 id="text-heading">${t('statement.textHeading', { outlet: s.outlet })}</h2><div${attr('lang', lang)}>${highlighted(copy, s.text, marks)}</div></section>`;
  const legend = fill(t('statement.legend'), {
    commitment: html`<mark class="commitment">${t('statement.legendCommitment')}</mark>`,
    dispute: html`<mark class="dispute">${t('statement.legendDispute')}</mark>`,
  });
  return html`${text}${marks.length > 0 && html`<p class="legend muted">${legend}</p>`}`;
}

function tagsSection({ copy, s, data }: View): Markup {
  return html`<section aria-labelledby="tags-heading"><h2 id="tags-heading">${copy.t('statement.tags')}</h2>${tagList(copy, s.tags, data.names)}</section>`;
}

/** A section of numbered claims, left out when there are none. */
function claimSection(key: string, heading: string, items: readonly Markup[]): Markup {
  return html`${items.length > 0 && html`<section aria-labelledby="${`${key}-heading`}"><h2 id="${`${key}-heading`}">${heading}</h2><ol class="events">${items}</ol></section>`}`;
}

function quotes({ copy, data, claims, day, words: wordsIn }: View): Markup {
  const items = claims.quotes
    .filter((q) => q.state !== 'rejected')
    .map(
      (q) =>
        html`<li id="${`quote-${q.index + 1}`}" class="${`event event-quote claim-${q.state}`}"><blockquote${attr('lang', wordsIn)}>${q.claim.text}</blockquote><p>${q.claim.speaker ? speakerName(copy, data, q.claim.speaker, day) : copy.t('statement.speakerUnknown')}</p>${claimReview(copy, data, q, day, false)}</li>`,
    );
  return claimSection('quotes', copy.t('word.quotes'), items);
}

function commitments({ copy, data, claims, commitments: rows, day, words: wordsIn }: View): Markup {
  const { t, date, locale } = copy;
  const reviewedOf = new Map(claims.commitments.map((c) => [c.index, c]));
  const items = rows.map((r) => {
    const due = r.commitment.due && fill(t('statement.committedBy'), { date: html`<time datetime="${r.commitment.due}">${date(r.commitment.due)}</time>` });
    const evidence = r.recorded
      ? html`<p class="muted">${t('claim.recorded')}</p>`
      : html`<blockquote${attr('lang', wordsIn)}>${r.commitment.evidence}</blockquote>${claimReview(copy, data, reviewedOf.get(r.index)!, day)}`;
    const outcome =
      r.outcome &&
      html`<p class="muted">${r.outcome.note} ${t('statement.outcomeEvidence')}<a href="${statementPath(r.outcome.evidenceStatementId, locale)}">${data.byId.get(r.outcome.evidenceStatementId)?.title ?? r.outcome.evidenceStatementId}</a></p>`;
    return html`<li id="${`commitment-${r.index + 1}`}" class="${`event event-commitment claim-${r.state}`}"><p>${subjectLink(copy, data, r.commitment.by)}${committedTo(copy, r.commitment.what, wordsIn)}${due}. <span class="${`status status-${r.status}`}">${t(`status.${r.status}`)}</span></p>${evidence}${outcome}</li>`;
  });
  return claimSection('commitments', t('word.commitments'), items);
}

function otherClaims({ copy, data, claims, disputes, day, words: wordsIn }: View): Markup {
  const item = (c: ReviewedClaim<'dispute' | 'demand'>) =>
    html`<li id="${`${c.kind}-${c.index + 1}`}" class="${`event event-${c.kind} claim-${c.state}`}"><p>${claimSummary(copy, data, c, wordsIn)}</p><blockquote${attr('lang', wordsIn)}>${c.claim.evidence}</blockquote>${claimReview(copy, data, c, day)}</li>`;
  const demands = claims.demands.filter((d) => d.state !== 'rejected');
  return html`${claimSection('disputes', copy.t('word.disputes'), disputes.map(item))}${claimSection('demands', copy.t('word.demands'), demands.map(item))}`;
}

function rejected({ copy: { t }, claims, words: wordsIn }: View): Markup {
  const list = [...claims.quotes, ...claims.commitments, ...claims.disputes, ...claims.demands].filter((c) => c.state === 'rejected');
  return html`${list.length > 0 && html`<section aria-labelledby="rejected-heading"><h2 id="rejected-heading">${t('statement.rejected')}</h2><p class="muted">${t('statement.rejectedNote')}</p><ul class="plain">${list.map(
    (c) =>
      html`<li id="${`${c.kind}-${c.index + 1}`}" class="claim-rejected"><s${attr('lang', wordsIn)}>${'evidence' in c.claim ? c.claim.evidence : c.claim.text}</s><span class="meta">${t('statement.rejectedBy', { kind: t(`statement.kind.${c.kind}`) })}${c.note && `: ${c.note}`}</span></li>`,
  )}</ul></section>`}`;
}

function copies({ copy, data, s }: View): Markup {
  const { t, date, locale } = copy;
  const story = data.stories.get(s.id);
  const all = (story?.members ?? []).filter((id) => id !== s.id);
  const shown = all
    .slice(0, MAX_COPIES)
    .map((id) => data.byId.get(id))
    .filter((c) => c !== undefined);
  if (shown.length === 0) return html``;
  const item = (c: Statement) => {
    const title = c.title !== s.title ? diffParts(copy, diffText(s.title, c.title), statementLang(c)) : html`<span class="muted">${t('statement.sameHeadline')}</span>`;
    const text =
      c.text !== '' &&
      s.text !== '' &&
      (c.text === s.text
        ? html`<p class="muted">${t('statement.sameText')}</p>`
        : html`<details><summary>${t('statement.textChanges')}</summary>${diffParts(copy, diffText(s.text, c.text), statementLang(c))}</details>`);
    return html`<li><a href="${statementPath(c.id, locale)}">${c.outlet}</a>${c.id === story?.originId && t('statement.origin')}, <time datetime="${statementTime(c)}">${date(statementTime(c), c.publishedPrecision ?? 'day')}</time>${title}${text}</li>`;
  };
  return html`<section aria-labelledby="copies-heading"><h2 id="copies-heading">${t('statement.copies')}</h2><p class="muted">${story?.originId === s.id ? t('statement.earliest') : t('statement.firstElsewhere')} ${t('statement.headlineChanges')}</p><ul class="copies">${shown.map(item)}</ul>${all.length > shown.length && html`<p class="muted">${t('statement.moreCopies', { n: all.length - shown.length })}</p>`}</section>`;
}

function history({ copy, s, lang }: View): Markup {
  const { t, date } = copy;
  const changes = versionChanges(s);
  const versions = changes.map(
    (c) =>
      html`<li><h3>${t('statement.version', { n: c.version, first: date(c.firstSeen), last: date(c.lastSeen) })}</h3>${c.title.length > 0 && html`<p class="muted">${t('statement.versionTitle')}</p>${diffParts(copy, c.title, lang)}`}<p class="muted">${t('statement.versionText')}</p>${diffParts(copy, c.text, lang)}</li>`,
  );
  const current = html`<li><h3>${t('statement.current', { date: date(s.lastSeen) })}${s.removedAt && t('statement.currentRemoved', { date: date(s.removedAt) })}</h3></li>`;
  return html`<section aria-labelledby="history-heading"><h2 id="history-heading">${t('statement.history')}</h2>${
    changes.length === 0 ? html`<p class="muted">${t('statement.noChanges', { first: date(s.firstSeen), last: date(s.lastSeen) })}</p>` : html`<ol class="versions">${versions}${current}</ol>`
  }</section>`;
}

function cite({ copy, data, s, permalink }: View): Markup {
  const { t, locale } = copy;
  return html`<section aria-labelledby="cite-heading"><h2 id="cite-heading">${t('statement.cite')}</h2><pre class="citation" id="citation">${citationText(s, permalink, data.today, locale)}</pre>${citationFormats(copy, statementCsl(s, permalink, data.today))}<p class="muted">${t('statement.permalink')}<a href="${statementPath(s.id, locale)}">${permalink}</a>${t('statement.asJson')}<a href="${sitePath(`/statements/${s.id}.json`)}">${s.id}.json</a></p></section>`;
}
