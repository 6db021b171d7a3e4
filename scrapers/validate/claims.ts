// Checks on claims: the ids the tagger's claims name, and editors' reviews of them (data/corrections/, `claims`),
// which must name exactly one real claim or write out a whole one whose words stand in the statement.
import { commitmentSchema, demandSchema, disputeSchema, quoteSchema, type Speaker, type Statement, type Tags } from '../../src/lib/schema.ts';
import { personId } from '../../src/lib/person-id.ts';
import type { ClaimReview, Correction } from '../../src/lib/records.ts';
import { CLAIM_FIELDS, matchingClaims, type ClaimKind } from '../../src/lib/reviewed-claims.ts';
import { describeIssues } from '../../src/lib/describe-issues.ts';

/** The ids in data/taxonomy; `people` is empty when there is no people.json. */
export interface KnownIds {
  platforms: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  issues: ReadonlySet<string>;
  people: ReadonlySet<string>;
}

export const isParty = (known: KnownIds, id: string) => known.platforms.has(id) || known.actors.has(id);

/** The problems with the ids one claim names; `where` prefixes each (`tags.commitments.0`). */
function claimIdProblems(kind: ClaimKind, claim: Record<string, unknown>, where: string, known: KnownIds): string[] {
  const causes: string[] = [];
  const party = (field: string, id: unknown) => {
    if (typeof id === 'string' && !isParty(known, id)) causes.push(`${where}.${field}: '${id}' is neither a platform nor an actor in the taxonomy`);
  };
  const parties = { commitment: ['by'], demand: ['by', 'on'], dispute: ['from', 'against'], quote: [] }[kind];
  for (const field of parties) party(field, claim[field]);
  if (kind === 'dispute' && typeof claim.over === 'string' && !known.issues.has(claim.over))
    causes.push(`${where}.over: '${claim.over}' is not in taxonomy/issues.json`);
  const speaker = claim.speaker as Speaker | null | undefined;
  if (speaker) {
    if (speaker.person !== null && speaker.person !== personId(speaker.name) && !known.people.has(speaker.person))
      causes.push(`${where}.speaker.person: '${speaker.person}' is neither the id of '${speaker.name}' (${personId(speaker.name)}) nor a person in taxonomy/people.json`);
    party('speaker.org', speaker.org);
  }
  return causes;
}

const KINDS: readonly ClaimKind[] = ['quote', 'commitment', 'demand', 'dispute'];

/** Every party, issue, body and person id a statement's tags name must be known, or a well-formed person id. */
export function claimProblems(tags: Tags, known: KnownIds): string[] {
  const causes: string[] = [];
  tags.people.forEach((p, i) => {
    if (p.id !== personId(p.name)) causes.push(`tags.people.${i}.id: '${p.id}' is not the id of '${p.name}' (${personId(p.name)})`);
    if (p.org !== null && !isParty(known, p.org)) causes.push(`tags.people.${i}.org: '${p.org}' is neither a platform nor an actor in the taxonomy`);
  });
  for (const kind of KINDS)
    tags[CLAIM_FIELDS[kind]].forEach((claim, i) =>
      causes.push(...claimIdProblems(kind, claim as unknown as Record<string, unknown>, `tags.${CLAIM_FIELDS[kind]}.${i}`, known)),
    );
  return causes;
}

const FULL_CLAIM = { commitment: commitmentSchema, dispute: disputeSchema, demand: demandSchema, quote: quoteSchema };
const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether words stand verbatim (up to white space) in what the tagger read: the title and the text or our summary. */
function standsIn(s: Statement, words: string): boolean {
  return folded(`${s.title}\n${s.text}\n${s.summary?.text ?? ''}`).includes(folded(words));
}

function reviewProblems(review: ClaimReview, at: string, s: Statement, known: KnownIds | null, taken: Map<string, number>, i: number): string[] {
  const { kind } = review;
  if (review.review === 'add') {
    const claim = review.claim as Record<string, unknown>;
    const causes = known ? claimIdProblems(kind, claim, `${at}.claim`, known) : [];
    const words = kind === 'quote' ? { field: 'text', value: claim.text } : { field: 'evidence', value: claim.evidence };
    if (!standsIn(s, String(words.value)))
      causes.push(`${at}.claim.${words.field}: not found word for word in the statement's title, text or summary`);
    return causes;
  }
  const found = matchingClaims(s.tags, kind, review.match!);
  const named = `match ${JSON.stringify(review.match)}`;
  if (found.length === 0) return [`${at}: names no ${kind} the tagger found in the statement (${named})`];
  if (found.length > 1) return [`${at}: names ${found.length} ${kind}s of the statement (${named}); add a field to tell them apart`];
  const key = `${kind}:${found[0]}`;
  const earlier = taken.get(key);
  if (earlier !== undefined) return [`${at}: reviews the same ${kind} as claims.${earlier}`];
  taken.set(key, i);
  if (review.review !== 'fix') return [];
  const original = s.tags![CLAIM_FIELDS[kind]][found[0]!] as unknown as Record<string, unknown>;
  const fixed = { ...original, ...review.set };
  const parsed = FULL_CLAIM[kind].safeParse(fixed);
  if (!parsed.success) return [`${at}.set: ${describeIssues(parsed.error, 'the fixed claim')}`];
  return known ? claimIdProblems(kind, fixed, `${at}.set`, known) : [];
}

const overlaps = (a: unknown, b: unknown) => {
  const [x, y] = [folded(String(a ?? '')).toLowerCase(), folded(String(b ?? '')).toLowerCase()];
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x));
};
/** The tagger's claim and an editor's addition say the same: the same parties (and issue), and words one within the other. */
const SAME_CLAIM: Record<ClaimKind, (tagged: Record<string, unknown>, added: Record<string, unknown>) => boolean> = {
  commitment: (t, a) => t.by === a.by && overlaps(t.what, a.what),
  demand: (t, a) => t.by === a.by && t.on === a.on && overlaps(t.what, a.what),
  dispute: (t, a) => t.from === a.from && t.against === a.against && t.over === a.over,
  quote: (t, a) => overlaps(t.text, a.text),
};

/**
 * An editor's addition the tagger now finds itself (after a re-tag), with no review of the tagger's claim: the site
 * would show the claim twice, once unreviewed. The editor should confirm or fix the tagger's claim instead.
 */
function addedAndFound(correction: Correction, s: Statement): string[] {
  const reviewed = new Set<string>();
  for (const review of correction.claims) {
    if (review.review === 'add') continue;
    for (const i of matchingClaims(s.tags, review.kind, review.match!)) reviewed.add(`${review.kind}:${i}`);
  }
  return correction.claims.flatMap((review, at) => {
    if (review.review !== 'add') return [];
    const tagged = (s.tags?.[CLAIM_FIELDS[review.kind]] ?? []) as unknown as Record<string, unknown>[];
    const i = tagged.findIndex((t, j) => !reviewed.has(`${review.kind}:${j}`) && SAME_CLAIM[review.kind](t, review.claim as Record<string, unknown>));
    return i < 0 ? [] : [`claims.${at}: the tagger now finds this ${review.kind} itself (tags.${CLAIM_FIELDS[review.kind]}.${i}); confirm or fix that one instead of adding it`];
  });
}

/** Problems with a correction's claim reviews against the statement it corrects. */
export function claimReviewProblems(correction: Correction, s: Statement, known: KnownIds | null): string[] {
  const taken = new Map<string, number>();
  return [...correction.claims.flatMap((review, i) => reviewProblems(review, `claims.${i}`, s, known, taken, i)), ...addedAndFound(correction, s)];
}

