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
import { attr, fill, html, type Markup, type Part } from './markup.ts';
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
  const summaryLine =
    s.origin === 'curated' ? copy.t('statement.summaryLine', { title: s.title }) : `${s.outlet}: ${s.title}`;
  const description = summaryLine.length > 300 ? `${summaryLine.slice(0, 299)}…` : summaryLine;
  const view = viewOf(copy, data, s, site);
  const sections = [
    header,
    notices,
    words,
    tagsSection,
    quotes,
    commitments,
    otherClaims,
    rejected,
    copies,
    history,
    cite,
  ];
  const body = html`<article class="statement">${sections.map((part) => part(view))}</article>`;
  return { title: s.title, description, body };
}

/** What the page's sections share: the statement, its claims as the site shows them, and the words' languages. */
function viewOf(copy: Copy, data: SiteData, s: Statement, site: URL) {
  const claims = data.claimsOf(s);
  // Every claim is on its own page, each marked with its review state; those an editor rejected are listed apart.
  const commitments = listCommitments([s], data.claimsOf, data.outcomes, data.today, 'all');
  const disputes = claims.disputes.filter((d) => d.state !== 'rejected');
  const marks: Mark[] = [
    ...commitments
      .filter((r) => !r.recorded)
      .map((r) => ({ kind: 'commitment' as const, evidence: r.commitment.evidence })),
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
    // The statement's own words are in its language; a curated record's summary (and so what its claims quote) may
    // not be.
    lang: statementLang(s),
    words: wordsLang(s),
  };
}
type View = ReturnType<typeof viewOf>;

/** A section headed by `heading`, labelled by it for screen readers. */
function section(key: string, heading: Part, content: Part, className?: string): Markup {
  const id = `${key}-heading`;
  const h2 = html`<h2 id="${id}">${heading}</h2>`;
  return html`<section${attr('class', className)} aria-labelledby="${id}">${h2}${content}</section>`;
}

const muted = (text: Part) => html`<p class="muted">${text}</p>`;
const fact = (label: string, value: Part) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
const offsite = (href: string, text: string, className?: string) =>
  html`<a${attr('class', className)} href="${href}" rel="noopener noreferrer nofollow">${text}</a>`;
const inLang = (lang: string | undefined, content: Part) => html`<div${attr('lang', lang)}>${content}</div>`;
const quoted = (lang: string | undefined, words: string) =>
  html`<blockquote${attr('lang', lang)}>${words}</blockquote>`;

function header({ copy: { t, date }, s, original, lang }: View): Markup {
  const firstSeen = html`<time datetime="${s.firstSeen}">${date(s.firstSeen, 'time')}</time>`;
  const published = s.published
    ? html`<time datetime="${s.published}">${date(s.published, s.publishedPrecision ?? 'day')}</time>`
    : fill(t('statement.notGiven'), { date: firstSeen });
  const link = original
    ? offsite(original, original, 'original')
    : html`<span>${t('statement.notLinked', { url: s.url })}</span>`;
  const source = t('statement.sourceFacts', {
    kind: t(`kind.${s.kind}`),
    jurisdiction: s.jurisdiction,
    language: s.language,
  });
  const facts = [
    fact(t('statement.outlet'), s.outlet),
    fact(t('statement.published'), published),
    s.speakers.length > 0 && fact(t('statement.speakers'), s.speakers.join(', ')),
    fact(t('statement.source'), source),
    fact(t('statement.original'), link),
  ];
  const kicker = `${s.origin === 'curated' ? t('statement.curatedEvent') : t('statement.statement')} · ${s.outlet}`;
  const title = html`<h1${attr('lang', lang)}>${s.title}</h1>`;
  const titleBy = s.titleBy === 'pantau' && muted(t('statement.titleByPantau'));
  return html`<header><p class="kicker">${kicker}</p>${title}${titleBy}<dl class="facts">${facts}</dl></header>`;
}

function notices({ copy: { t, date }, s }: View): Markup {
  const reason = s.tags?.reason || t('statement.noReason');
  const offTopic =
    s.tags && !s.tags.relevant && html`<p class="notice" role="note">${t('statement.offTopic', { reason })}</p>`;
  const removed =
    s.removedAt &&
    html`<strong>${t('statement.removedTitle')}</strong> ${t('statement.removed', { date: date(s.removedAt) })}`;
  return html`${offTopic}${removed && html`<p class="notice notice-warn" role="note">${removed}</p>`}`;
}

function words({ copy, s, original, lang, words: wordsIn, marks }: View): Markup {
  const { t } = copy;
  const summaryHeading = fill(t('statement.summaryHeading'), {
    original: original ? offsite(original, t('statement.readOriginal')) : t('statement.originalNotLinked'),
  });
  const summaryText = inLang(wordsIn, highlighted(copy, s.summary?.text ?? '', marks));
  const summary = html`${muted(t('statement.ownWords'))}${summaryText}`;
  const text =
    s.origin === 'curated'
      ? section('summary', summaryHeading, summary, 'summary')
      : section(
          'text',
          t('statement.textHeading', { outlet: s.outlet }),
          inLang(lang, highlighted(copy, s.text, marks)),
          'text',
        );
  const legend = fill(t('statement.legend'), {
    commitment: html`<mark class="commitment">${t('statement.legendCommitment')}</mark>`,
    dispute: html`<mark class="dispute">${t('statement.legendDispute')}</mark>`,
  });
  return html`${text}${marks.length > 0 && html`<p class="legend muted">${legend}</p>`}`;
}

function tagsSection({ copy, s, data }: View): Markup {
  return section('tags', copy.t('statement.tags'), tagList(copy, s.tags, data.names));
}

/** A section of numbered claims, left out when there are none. */
function claimSection(key: string, heading: string, items: readonly Markup[]): Markup {
  return html`${items.length > 0 && section(key, heading, html`<ol class="events">${items}</ol>`)}`;
}

/** A claim's anchor on the page: `#commitment-1`. */
const anchorOf = (c: { kind: string; index: number }) => `${c.kind}-${c.index + 1}`;

/** One claim in its list: its anchor and classes for its kind and review state. */
function claimItem(c: { kind: string; index: number; state: string }, content: Part): Markup {
  const classes = `event event-${c.kind} claim-${c.state}`;
  return html`<li id="${anchorOf(c)}" class="${classes}">${content}</li>`;
}

function quotes({ copy, data, claims, day, words: wordsIn }: View): Markup {
  const items = claims.quotes
    .filter((q) => q.state !== 'rejected')
    .map((q) => {
      const { speaker, text } = q.claim;
      const who = speaker ? speakerName(copy, data, speaker, day) : copy.t('statement.speakerUnknown');
      return claimItem(q, html`${quoted(wordsIn, text)}<p>${who}</p>${claimReview(copy, data, q, day, false)}`);
    });
  return claimSection('quotes', copy.t('word.quotes'), items);
}

function commitments({ copy, data, claims, commitments: rows, day, words: wordsIn }: View): Markup {
  const { t, date, locale } = copy;
  const reviewedOf = new Map(claims.commitments.map((c) => [c.index, c]));
  const items = rows.map((r) => {
    const { by, what, due, evidence } = r.commitment;
    const dueBy = due && fill(t('statement.committedBy'), { date: html`<time datetime="${due}">${date(due)}</time>` });
    const status = html`<span class="${`status status-${r.status}`}">${t(`status.${r.status}`)}</span>`;
    const summary = html`<p>${subjectLink(copy, data, by)}${committedTo(copy, what, wordsIn)}${dueBy}. ${status}</p>`;
    const review = r.recorded
      ? muted(t('claim.recorded'))
      : html`${quoted(wordsIn, evidence)}${claimReview(copy, data, reviewedOf.get(r.index)!, day)}`;
    const proofId = r.outcome?.evidenceStatementId;
    const proof =
      proofId && html`<a href="${statementPath(proofId, locale)}">${data.byId.get(proofId)?.title ?? proofId}</a>`;
    const outcome = r.outcome && muted(html`${r.outcome.note} ${t('statement.outcomeEvidence')}${proof}`);
    return claimItem({ kind: 'commitment', index: r.index, state: r.state }, html`${summary}${review}${outcome}`);
  });
  return claimSection('commitments', t('word.commitments'), items);
}

function otherClaims({ copy, data, claims, disputes, day, words: wordsIn }: View): Markup {
  const item = (c: ReviewedClaim<'dispute' | 'demand'>) => {
    const summary = html`<p>${claimSummary(copy, data, c, wordsIn)}</p>`;
    return claimItem(c, html`${summary}${quoted(wordsIn, c.claim.evidence)}${claimReview(copy, data, c, day)}`);
  };
  const demands = claims.demands.filter((d) => d.state !== 'rejected');
  const disputeList = claimSection('disputes', copy.t('word.disputes'), disputes.map(item));
  return html`${disputeList}${claimSection('demands', copy.t('word.demands'), demands.map(item))}`;
}

function rejected({ copy: { t }, claims, words: wordsIn }: View): Markup {
  const all = [...claims.quotes, ...claims.commitments, ...claims.disputes, ...claims.demands];
  const list = all.filter((c) => c.state === 'rejected');
  const item = (c: (typeof list)[number]) => {
    const said = html`<s${attr('lang', wordsIn)}>${'evidence' in c.claim ? c.claim.evidence : c.claim.text}</s>`;
    const why = html`${t('statement.rejectedBy', { kind: t(`statement.kind.${c.kind}`) })}${c.note && `: ${c.note}`}`;
    return html`<li id="${anchorOf(c)}" class="claim-rejected">${said}<span class="meta">${why}</span></li>`;
  };
  const content = html`${muted(t('statement.rejectedNote'))}<ul class="plain">${list.map(item)}</ul>`;
  return html`${list.length > 0 && section('rejected', t('statement.rejected'), content)}`;
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
    const lang = statementLang(c);
    const title =
      c.title !== s.title
        ? diffParts(copy, diffText(s.title, c.title), lang)
        : html`<span class="muted">${t('statement.sameHeadline')}</span>`;
    const textDiff = diffParts(copy, diffText(s.text, c.text), lang);
    const changes = html`<summary>${t('statement.textChanges')}</summary>${textDiff}`;
    const text =
      c.text !== '' &&
      s.text !== '' &&
      (c.text === s.text ? muted(t('statement.sameText')) : html`<details>${changes}</details>`);
    const time = statementTime(c);
    const when = html`<time datetime="${time}">${date(time, c.publishedPrecision ?? 'day')}</time>`;
    const origin = c.id === story?.originId && t('statement.origin');
    const outlet = html`<a href="${statementPath(c.id, locale)}">${c.outlet}</a>${origin}`;
    return html`<li>${outlet}, ${when}${title}${text}</li>`;
  };
  const first = story?.originId === s.id ? t('statement.earliest') : t('statement.firstElsewhere');
  const intro = muted(`${first} ${t('statement.headlineChanges')}`);
  const more = all.length > shown.length && muted(t('statement.moreCopies', { n: all.length - shown.length }));
  return section('copies', t('statement.copies'), html`${intro}<ul class="copies">${shown.map(item)}</ul>${more}`);
}

function history({ copy, s, lang }: View): Markup {
  const { t, date } = copy;
  const changes = versionChanges(s);
  const heading = t('statement.history');
  if (changes.length === 0)
    return section(
      'history',
      heading,
      muted(t('statement.noChanges', { first: date(s.firstSeen), last: date(s.lastSeen) })),
    );
  const versions = changes.map((c) => {
    const title = c.title.length > 0 && html`${muted(t('statement.versionTitle'))}${diffParts(copy, c.title, lang)}`;
    const text = html`${muted(t('statement.versionText'))}${diffParts(copy, c.text, lang)}`;
    const version = t('statement.version', { n: c.version, first: date(c.firstSeen), last: date(c.lastSeen) });
    return html`<li><h3>${version}</h3>${title}${text}</li>`;
  });
  const removed = s.removedAt && t('statement.currentRemoved', { date: date(s.removedAt) });
  const current = html`<li><h3>${t('statement.current', { date: date(s.lastSeen) })}${removed}</h3></li>`;
  return section('history', heading, html`<ol class="versions">${versions}${current}</ol>`);
}

function cite({ copy, data, s, permalink }: View): Markup {
  const { t, locale } = copy;
  const citation = html`<pre class="citation" id="citation">${citationText(s, permalink, data.today, locale)}</pre>`;
  const json = html`<a href="${sitePath(`/statements/${s.id}.json`)}">${s.id}.json</a>`;
  const self = html`<a href="${statementPath(s.id, locale)}">${permalink}</a>`;
  const links = muted(html`${t('statement.permalink')}${self}${t('statement.asJson')}${json}`);
  const formats = citationFormats(copy, statementCsl(s, permalink, data.today));
  return section('cite', t('statement.cite'), html`${citation}${formats}${links}`);
}
