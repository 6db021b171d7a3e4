// One source, start to end: read its feed or listing, pick the items worth a look, observe them, merge into the
// store, remember what was passed over. Any error ends this source alone, as one line in the run report.
import { isDeepStrictEqual } from 'node:util';
import type { Source } from '../../src/lib/sources.ts';
import type { SourceRun } from '../../src/lib/records.ts';
import type { Statement, Tags } from '../../src/lib/schema.ts';
import type { Fetcher, FetchResult } from '../fetch/index.ts';
import { FeedError, parseFeed } from '../parse/feed.ts';
import { parseListing } from '../parse/listing.ts';
import { canonicalUrl } from '../normalise/canonical-url.ts';
import { writeStatement } from '../store/statements.ts';
import { writeFileAtomic, type WriteFile } from '../store/files.ts';
import { mergeObservation, type Change } from '../store/history.ts';
import type { Catalogue } from '../store/catalogue.ts';
import {
  ITEM_COUNT_RUNS,
  prunePassedOver,
  readSnapshot,
  readSourceState,
  saveSnapshot,
  writeSourceState,
  type SourceState,
} from '../store/state.ts';
import { blockReason } from './blocked.ts';
import { keywordFilter } from './keywords.ts';
import { BlockedError, needsPage, observe, reextractedHash, type Item, type Observed } from './observe.ts';

/** Stored statements younger than this are re-fetched (conditionally) to catch edits and removals. */
export const REVISIT_DAYS = 7;
/** At most this many revisits per source and run, newest first, to stay polite. */
export const MAX_REVISITS = 20;
/** A source whose page yields fewer than this share of its usual item count is probably broken. */
export const BROKEN_SHARE = 0.3;

export interface SourceRunContext {
  source: Source;
  dataDir: string;
  catalogue: Catalogue;
  fetcher: Fetcher;
  /** This run's time, ISO; every observation of the run carries it. */
  at: string;
  /** The tagger, or null when no taxonomy is available (then the keyword filter alone decides). */
  tag: ((input: { title: string; text: string; lang?: string; date?: string }) => Tags) | null;
  write?: WriteFile;
  /** Set when the run gives up: the source stops before its next fetch or write. */
  cancelled: () => boolean;
}

class CancelledError extends Error {
  override name = 'CancelledError';
}

/** The one-line cause of a failure, for the run report. */
export function describeError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  let message: string;
  if (error instanceof FeedError) message = `the feed could not be read: ${e.message}`;
  else if (e?.code === 'ENOSPC') message = `could not write ${e.path ?? 'a file'}: no space left on device (ENOSPC)`;
  else if (e?.code && e.syscall) message = `${e.syscall} ${e.path ?? ''} failed: ${e.code}`;
  else message = e instanceof Error ? e.message : String(error);
  return message.replace(/\s+/g, ' ').trim();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

interface Counts {
  new: number;
  updated: number;
  unchanged: number;
  removed: number;
  failed: number;
}

function countChange(counts: Counts, change: Change): void {
  if (change === 'new') counts.new++;
  else if (change === 'removed') counts.removed++;
  else if (change === 'unchanged') counts.unchanged++;
  else counts.updated++;
}

type Listing = { kind: 'items'; items: Item[]; firstPageCount: number; pageError: string | null } | { kind: 'not-modified' };

export async function runSource(context: SourceRunContext): Promise<SourceRun> {
  const started = Date.now();
  const { source, dataDir, catalogue, fetcher, at } = context;
  const write = context.write ?? writeFileAtomic;
  const counts: Counts = { new: 0, updated: 0, unchanged: 0, removed: 0, failed: 0 };
  const finish = (status: SourceRun['status'], error: string | null): SourceRun => ({
    id: source.id,
    status,
    ...counts,
    durationMs: Date.now() - started,
    error,
  });
  const checkpoint = () => {
    if (context.cancelled()) throw new CancelledError('gave up: the run ran out of time');
  };

  const stored = await readSourceState(dataDir, source.id);
  const state: SourceState = structuredClone(stored);
  const today = at.slice(0, 10);
  const itemErrors: string[] = [];
  const revisitFrom = Date.parse(at) - REVISIT_DAYS * 24 * 3600 * 1000;
  const due = (s: Statement) => !s.removedAt && Date.parse(s.firstSeen) >= revisitFrom;
  /** Addresses fetched this run: the validators of the others are dropped when the state is next saved. */
  const touched = new Set<string>([source.url]);
  /**
   * Saved at the end, when the run learnt something (a passed-over address, an alias, an item count, a version…).
   * HTTP validators and forgetting are housekeeping that rides along, never a write of its own, so a quiet night
   * leaves the file as it was. The feed's own validators are kept only once all its items were handled, or they
   * would be skipped.
   */
  const saveState = async (complete: boolean) => {
    const withoutValidators = (s: SourceState) => ({ ...s, validators: {} });
    if (isDeepStrictEqual(withoutValidators(state), withoutValidators(stored))) return;
    if (complete) {
      state.validators = Object.fromEntries(Object.entries(state.validators).filter(([url]) => touched.has(url)));
    } else {
      const previous = stored.validators[source.url];
      if (previous) state.validators[source.url] = previous;
      else delete state.validators[source.url];
    }
    state.passedOver = prunePassedOver(state.passedOver, today);
    const young = new Set(catalogue.ofSource(source.id).filter(due).map((s) => s.id));
    state.feedText = [...new Set(state.feedText)].filter((id) => young.has(id)).sort();
    await writeSourceState(dataDir, source.id, state, write);
  };

  /** Stored or passed over: where a listing's pagination can stop. */
  const isKnown = (link: string): boolean => {
    try {
      const c = canonicalUrl(link);
      return catalogue.get(state.aliases[c] ?? c) !== undefined || c in state.passedOver;
    } catch {
      return false;
    }
  };

  try {
    checkpoint();
    const listing = await readListing(source, fetcher, state, isKnown, checkpoint);
    if (listing.kind === 'items') {
      if (listing.firstPageCount === 0) {
        await saveState(false);
        return finish('empty', 'the feed or listing yielded no items: its address or selectors probably broke');
      }
      const usual = median(state.itemCounts);
      if (state.itemCounts.length >= 3 && usual >= 4 && listing.firstPageCount < usual * BROKEN_SHARE) {
        // Nothing is stored or marked from a page that is probably not what it used to be.
        return finish(
          'failed',
          `probably broken: ${listing.firstPageCount} item(s) where it usually has ${usual}; nothing stored, nothing changed`,
        );
      }
      if (listing.pageError) itemErrors.push(listing.pageError);
    }

    const items = listing.kind === 'items' ? listing.items : [];
    const passedOverBefore = Object.keys(state.passedOver).length;
    const passes = keywordFilter(source.keywords);
    let revisits = 0;
    const handled = new Set<string>();

    const store = async (observed: Observed, storedStatement: Statement | undefined, item: Item) => {
      const base = storedStatement ?? (observed.status === 'found' ? catalogue.get(observed.statement.canonicalUrl) : undefined);
      if (observed.status === 'found') {
        const { statement, linkCanonical } = observed;
        if (!base && statement.tags && !statement.tags.relevant) {
          state.passedOver[linkCanonical] = today;
          return;
        }
        if (linkCanonical !== statement.canonicalUrl) state.aliases[linkCanonical] = statement.canonicalUrl;
        if (observed.fetched) {
          state.validators[item.link] = observed.fetched.validators;
          touched.add(item.link);
        }
        handled.add(statement.canonicalUrl);
        let reextractedStoredHash: string | null = null;
        if (base?.snapshotHash && base.snapshotHash !== statement.snapshotHash && observed.fetched) {
          const kept = await readSnapshot(dataDir, base.snapshotHash);
          if (kept) reextractedStoredHash = reextractedHash(kept, base.url, source);
        }
        const merged = mergeObservation(base ?? null, { status: 'found', statement, at }, {
          versionSince: base ? state.versionSince[base.id] : null,
          reextractedStoredHash,
        });
        if (!merged) return;
        checkpoint();
        // The page comes first, so a stored statement never names a snapshot that is not there.
        if (observed.fetched && merged.change !== 'unchanged' && (source.kind === 'ministry' || source.kind === 'regulator'))
          await saveSnapshot(dataDir, observed.fetched.bytes, write);
        await writeStatement(`${dataDir}/statements`, merged.statement, write);
        catalogue.put(merged.statement);
        if (merged.change !== 'unchanged') {
          const others = state.feedText.filter((id) => id !== merged.statement.id);
          state.feedText = observed.fetched ? others : [...others, merged.statement.id];
        }
        if (merged.change === 'updated') state.versionSince[merged.statement.id] = at;
        if (merged.change === 're-extracted' && base) {
          state.reExtractions[base.id] = [
            ...(state.reExtractions[base.id] ?? []),
            { at, from: base.contentHash!, to: merged.statement.contentHash!, snapshot: merged.statement.snapshotHash },
          ];
        }
        countChange(counts, merged.change);
        return;
      }
      // A 304 confirms the stored validators: keep them.
      if (observed.status === 'not-modified') touched.add(item.link);
      if (!base) {
        if (observed.status === 'gone') {
          counts.failed++;
          itemErrors.push(`${item.link}: the feed links to a page that answers 404/410`);
        }
        return;
      }
      handled.add(base.canonicalUrl);
      const merged = mergeObservation(base, { status: observed.status, at });
      if (!merged) return;
      checkpoint();
      await writeStatement(`${dataDir}/statements`, merged.statement, write);
      catalogue.put(merged.statement);
      countChange(counts, merged.change);
    };

    for (const item of items) {
      checkpoint();
      let linkCanonical: string;
      try {
        linkCanonical = canonicalUrl(item.link);
      } catch (error) {
        counts.failed++;
        itemErrors.push(describeError(error));
        continue;
      }
      const existing = catalogue.get(state.aliases[linkCanonical] ?? linkCanonical);
      if (existing && handled.has(existing.canonicalUrl)) continue;
      if (!existing && linkCanonical in state.passedOver) continue;
      if (!existing && !passes(`${item.title}\n${item.summary}`)) {
        state.passedOver[linkCanonical] = today;
        continue;
      }
      const fromPage = needsPage(source, item);
      if (existing) {
        // A page-text statement is re-fetched only while young; a feed-text one is compared with the feed for free.
        if (fromPage && (!due(existing) || revisits >= MAX_REVISITS)) {
          handled.add(existing.canonicalUrl);
          counts.unchanged++;
          continue;
        }
        if (fromPage) revisits++;
      }
      try {
        const validators = existing && fromPage ? state.validators[item.link] : undefined;
        await store(await observe(item, { source, fetcher, at, tag: (input) => context.tag?.(input) ?? null }, fromPage, validators), existing, item);
      } catch (error) {
        if (error instanceof BlockedError || error instanceof CancelledError) throw error;
        if (isWriteError(error)) throw error;
        counts.failed++;
        itemErrors.push(describeError(error));
      }
    }

    // Young statements no longer listed: re-fetched only to see them edited or gone.
    const absent = catalogue
      .ofSource(source.id)
      .filter((s) => due(s) && !handled.has(s.canonicalUrl))
      .sort((a, b) => (a.firstSeen < b.firstSeen ? 1 : a.firstSeen > b.firstSeen ? -1 : a.id < b.id ? -1 : 1));
    for (const statement of absent) {
      if (revisits >= MAX_REVISITS) break;
      checkpoint();
      revisits++;
      const item: Item = { title: statement.title, link: statement.url, published: null, summary: '', contentHtml: null };
      try {
        const observed = await observe(item, { source, fetcher, at, tag: (input) => context.tag?.(input) ?? null }, true, state.validators[statement.url]);
        // Only a page-text source's page says whether the text changed; for the others it only says "still there".
        if (observed.status === 'found' && !pageTextSource(source, statement, state)) {
          handled.add(statement.canonicalUrl);
          if (observed.fetched) state.validators[item.link] = observed.fetched.validators;
          touched.add(item.link);
          continue;
        }
        await store(observed, statement, item);
      } catch (error) {
        if (error instanceof BlockedError || error instanceof CancelledError) throw error;
        if (isWriteError(error)) throw error;
        counts.failed++;
        itemErrors.push(describeError(error));
      }
    }

    // The usual count is learnt only from runs on which the listing showed something not seen before (stored or
    // passed over now): on a quiet night the count is the one already known, and the state keeps its bytes.
    const listedSomethingNew = counts.new > 0 || Object.keys(state.passedOver).length > passedOverBefore;
    if (listing.kind === 'items' && listedSomethingNew)
      state.itemCounts = [...state.itemCounts, listing.firstPageCount].slice(-ITEM_COUNT_RUNS);
    // With an item failed, the feed is read again next time (no 304) so the item gets another chance.
    await saveState(itemErrors.length === 0);
    const error = itemErrors.length ? `${itemErrors.length} item(s) failed, first: ${itemErrors[0]}` : null;
    return finish('ok', error);
  } catch (error) {
    // Keep what was learnt (passed-over items, page validators), unless the disk is failing or the run has ended.
    if (!isWriteError(error) && !(error instanceof CancelledError)) await saveState(false).catch(() => undefined);
    if (error instanceof BlockedError) return finish('blocked', describeError(error));
    return finish('failed', describeError(error));
  }
}

/** Whether a statement's text came from its own page (and so the page's new text is an edit). */
function pageTextSource(source: Source, statement: Statement, state: SourceState): boolean {
  if (source.type === 'listing' || source.fetchArticle === 'always') return true;
  return source.fetchArticle === 'when-short' && !state.feedText.includes(statement.id);
}

function isWriteError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException)?.code;
  return code === 'ENOSPC' || code === 'EROFS' || code === 'EDQUOT' || code === 'EACCES' || code === 'EIO';
}

/** The source's feed or listing pages, following pagination until a known item, the last page, or maxPages. */
async function readListing(
  source: Source,
  fetcher: Fetcher,
  state: SourceState,
  isKnown: (link: string) => boolean,
  checkpoint: () => void,
): Promise<Listing> {
  const first = await fetcher.fetch(source.url, state.validators[source.url]);
  if (first.status === 'not-modified') return { kind: 'not-modified' };
  const page = okPage(first, source);
  state.validators[source.url] = page.validators;

  if (source.type === 'rss') {
    const feed = await parseFeed(page.text, { url: page.finalUrl });
    const items: Item[] = [];
    for (const entry of feed.items) {
      const link = entry.link ?? (entry.guid && /^https?:\/\//i.test(entry.guid) ? entry.guid : null);
      if (!link) continue;
      items.push({ title: entry.title, link: new URL(link, page.finalUrl).toString(), published: entry.published, summary: entry.summary, contentHtml: entry.contentHtml });
    }
    return { kind: 'items', items, firstPageCount: feed.items.length, pageError: null };
  }

  const selectors = source.listing!;
  const items: Item[] = [];
  const visited = new Set<string>([page.finalUrl]);
  let result = parseListing(page.text, page.finalUrl, selectors);
  const firstPageCount = result.items.length;
  let pageError: string | null = null;
  for (let pageNo = 1; ; pageNo++) {
    items.push(...result.items.map((i) => ({ title: i.title, link: i.link, published: i.published, summary: '', contentHtml: null })));
    const reachedKnown = result.items.some((i) => isKnown(i.link));
    if (reachedKnown || !result.next || pageNo >= selectors.maxPages || visited.has(result.next)) break;
    checkpoint();
    const next = result.next;
    visited.add(next);
    try {
      const answer = await fetcher.fetch(next);
      const nextPage = okPage(answer, source);
      result = parseListing(nextPage.text, nextPage.finalUrl, selectors);
    } catch (error) {
      // The first page's items stand; the deeper pages wait for the next run.
      pageError = `listing page ${pageNo + 1} (${next}): ${describeError(error)}`;
      break;
    }
  }
  return { kind: 'items', items, firstPageCount, pageError };
}

function okPage(result: FetchResult, source: Source): Extract<FetchResult, { status: 'ok' }> {
  if (result.status === 'gone') throw new Error(`${result.url} answered HTTP ${result.httpStatus}: the address has gone`);
  if (result.status === 'not-modified') throw new Error(`${result.url} answered 304 to an unconditional request`);
  const blocked = blockReason(result.text, source.expect);
  if (blocked) throw new BlockedError(`${result.finalUrl}: ${blocked}`);
  return result;
}
