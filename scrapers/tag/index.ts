// The tagger: links a statement to platforms, actors and issues, scores its relevance, and extracts people,
// commitments and disputes. Pure and synchronous once the taxonomy is loaded.
import { personId } from '../../src/lib/person-id.ts';
import type { Speaker, Tags } from '../../src/lib/schema.ts';
import { findCommitments, mayHoldCommitment } from './commitments.ts';
import { findDemands, mayHoldDemand } from './demands.ts';
import { conflictMatch, findDisputes } from './disputes.ts';
import { findPeople } from './people.ts';
import { otherGovernmentMentions, shortForms, usCongressMentions, withShortForms } from './government-bodies.ts';
import { overlapsAny } from '../../src/lib/spans.ts';
import { findQuotes, findQuoteSpans } from './quotes.ts';
import { indexSpeakers, type SpeakerIndex } from './speakers.ts';
import { claimSpeaker } from './claim-speakers.ts';
import { author, voiceAt } from './voice.ts';
import { actorKind, attachOrganisations, resolveReferences, type PersonWithOrg } from './references.ts';
import { onlineLicensing, relevanceEvidence, scoreRelevance } from './relevance.ts';
import type { Taxonomy } from './taxonomy.ts';
import { kept, mapped } from './arrays.ts';
import { guessLanguage, isMalaysian, mentionsOnlineServices, splitSentences } from './text.ts';

const OTHER_GOVERNMENT = 'other-government';
const FOREIGN_POLICE = /\b(?:police|polis|policía|polícia)\b/i;

export { loadTaxonomy, compileTaxonomy } from './taxonomy.ts';
export type { Taxonomy } from './taxonomy.ts';

export interface StatementInput {
  title: string;
  text: string;
  /** 'en' or 'ms'; guessed from the text when absent. */
  lang?: string;
  /** The statement's date (ISO); gives the year to deadlines such as "by Jan 1". */
  date?: string;
}

const FIRST_PLURAL = /\b(?:[Ww]e|[Oo]ur|[Kk]ami|[Kk]ita)\b/;
const ONLINE_AUTHORITY_KINDS = new Set(['regulator', 'ministry']);
/** The ids once each, sorted: a loop over the few kept, about twice as fast as spreading a Set in Node 20. */
function distinct(ids: readonly string[]): string[] {
  const once: string[] = [];
  for (const id of ids) if (!once.includes(id)) once.push(id);
  return once.sort();
}

// "Caroline Dunne, our Head of Trust and Safety Policy in Europe": the writer's own.
const OUR_ROLE = /^(?:our|kami)\s/i;
/** People whose role is the writer's own ("our Head of …") belong to the writer, where it is known. */
function ownPeople(people: PersonWithOrg[], writer: () => ReturnType<typeof author>): PersonWithOrg[] {
  const ours = (p: PersonWithOrg) => p.org === null && OUR_ROLE.test(p.role ?? '');
  if (!people.some(ours)) return people;
  const own = writer();
  return own ? mapped(people, (p) => (ours(p) ? { ...p, org: own } : p)) : people;
}

export function tagStatement(input: StatementInput, taxonomy: Taxonomy): Tags {
  const steps = taggingSteps(input, taxonomy);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

// How many statements `tagStatements` takes through each step together: enough for a step's code to stay warm, few
// enough for their texts and findings to stay in the processor's caches too.
const STEP_BATCH = 50;

/**
 * Tag many statements, each as `tagStatement` tags it, a batch at a time and step by step: every statement of the
 * batch through one step before any goes on to the next. Taken through all the steps one statement after another,
 * each of the tagger's many RegExps and functions was evicted from the processor's caches before it ran again, and a
 * step cost nearly twice what it costs run over statement after statement (the issue vocabulary: about 87 against
 * 49 µs a statement).
 */
export function tagStatements(inputs: readonly StatementInput[], taxonomy: Taxonomy): Tags[] {
  const tagged: Tags[] = [];
  for (let from = 0; from < inputs.length; from += STEP_BATCH) {
    const batch = mapped(inputs.slice(from, from + STEP_BATCH), (input) => ({ steps: taggingSteps(input, taxonomy), tags: null as Tags | null }));
    for (let going = batch.length; going > 0; ) {
      for (const statement of batch) {
        if (statement.tags) continue;
        const step = statement.steps.next();
        if (step.done) {
          statement.tags = step.value;
          going--;
        }
      }
    }
    for (const statement of batch) tagged.push(statement.tags!);
  }
  return tagged;
}

/** The tagger's steps for one statement, yielding after each: the tags are what the last returns. */
function* taggingSteps(input: StatementInput, taxonomy: Taxonomy): Generator<void, Tags, void> {
  // The title is a sentence of its own: headlines carry findings too.
  const full = `${input.title.trim()}\n${input.text}`;
  const lang = input.lang ?? guessLanguage(full);
  const malaysian = isMalaysian(full, lang);
  // Lower-cased once for the three vocabularies.
  const lower = full.toLowerCase();
  const platformMentions = taxonomy.platforms.mentions(full, { malaysian, online: true }, lower);
  yield;
  const listedActors = taxonomy.actors.mentions(full, { malaysian, online: true }, lower);
  yield;
  // "The Senate" in a story about the United States is its Congress, not another government's unlisted house.
  const congress = usCongressMentions(full, listedActors);
  const foreignBodies = kept(otherGovernmentMentions(full, listedActors, malaysian), (m) => !overlapsAny(congress, m.start, m.end));
  const named = [...listedActors, ...congress, ...foreignBodies];
  const actors = withShortForms(full, named).sort((a, b) => a.start - b.start);
  yield;
  // Ambiguous names (Apple, Signal, Telegram) count only in a statement about online services: one that says so,
  // names an unambiguous platform, or names a communications or online regulator.
  const online =
    mentionsOnlineServices(full) ||
    platformMentions.some((m) => taxonomy.platformEntries.get(m.id)?.ambiguous === false) ||
    actors.some((m) => ONLINE_AUTHORITY_KINDS.has(actorKind(m.id, taxonomy)));
  const context = { malaysian, online };
  const platforms = online ? platformMentions : taxonomy.platforms.mentions(full, context, lower);
  const sentences = splitSentences(full);
  yield;
  const issues = onlineLicensing(taxonomy.issues.mentions(full, context, lower), full, sentences);
  yield;

  const platformIds = distinct(platforms.map((m) => m.id));
  const actorIds = distinct(actors.map((m) => m.id));
  // The issues named and those they imply; a loop, not flatMap, which Node 20 runs about ten times slower.
  const raisedIssueIds: string[] = [];
  for (const m of issues) {
    raisedIssueIds.push(m.id);
    for (const implied of taxonomy.issueEntries.get(m.id)?.implies ?? []) raisedIssueIds.push(implied);
  }
  const issueIds = distinct(raisedIssueIds);
  // Platforms named only as a channel ("follow our Telegram channel") do not count towards relevance.
  const authorities = actors.filter((m) => ONLINE_AUTHORITY_KINDS.has(actorKind(m.id, taxonomy)));
  const evidence = relevanceEvidence(full, sentences, { platforms, issues, authorities });
  yield;
  // Another country's bodies named only as its police ("Polis Delhi", "the cyber police") report a crime, as a police
  // force the vocabulary lists does.
  const foreign = kept(actors, (m) => m.id === OTHER_GOVERNMENT);
  const foreignPolice = foreign.length > 0 && foreign.every((m) => FOREIGN_POLICE.test(full.slice(m.start, m.end)));
  const police = kept(actorIds, (id) => actorKind(id, taxonomy) === 'police' || (foreignPolice && id === OTHER_GOVERNMENT));
  const relevance = scoreRelevance(evidence.text, { issues: issueIds, platforms: distinct(evidence.platforms.map((m) => m.id)), actors: actorIds, police, governed: evidence.governed });
  yield;

  const namedKinds = new Set(listedActors.map((m) => actorKind(m.id, taxonomy)));
  const platformNamedBefore = (name: string) => {
    const at = full.indexOf(name);
    return kept(platforms, (m) => m.end <= at).at(-1)?.id ?? null;
  };
  // The statement's writer, found once where it is needed (a person's "our", then the claims).
  let foundWriter: ReturnType<typeof author> | undefined;
  const writerOf = () => (foundWriter === undefined ? (foundWriter = author(platforms, actors, taxonomy, full)) : foundWriter);
  const people = ownPeople(
    attachOrganisations(
      findPeople(mapped(sentences, (s) => s.text)),
      taxonomy,
      malaysian,
      input.date?.slice(0, 10),
      namedKinds,
      shortForms(full, actors),
      platformNamedBefore,
    ),
    writerOf,
  );
  yield;
  // Quotes and claims are found in any statement, relevant or not: a reader searching a person's words wants them all,
  // and a promise is one whatever the statement is about (the site lists only relevant statements' claims).
  const quoted = /["“]/.test(full) ? findQuoteSpans(full) : [];
  let speakerIndex: SpeakerIndex | null = null;
  const speakers = () =>
    (speakerIndex ??= indexSpeakers(full, sentences, people, { platforms, actors }, taxonomy, malaysian, mapped(quoted, (q) => [q.open, q.close] as const)));
  const quotes = quoted.length ? findQuotes(full, quoted, sentences, speakers()) : [];
  yield;
  let commitments: Tags['commitments'] = [];
  let disputes: Tags['disputes'] = [];
  let demands: Tags['demands'] = [];
  // Each kind's cue is looked for once a sentence, into an array (cheaper than a memo asked in turn), and each finder
  // reads only the sentences that hold its cue. One kind is read through every sentence before the next, a little
  // cheaper again than the three taking turns: a RegExp run many times in a row stays warm in the processor's caches.
  const commitmentCues = mapped(sentences, (s) => mayHoldCommitment(s.text));
  yield;
  const disputeCues = mapped(sentences, (s) => conflictMatch(s.text));
  yield;
  const demandCues = mapped(sentences, (s) => mayHoldDemand(s.text));
  yield;
  const spans = mapped(sentences, (s, i) => ({
    start: s.start,
    end: s.start + s.text.length,
    focus: commitmentCues[i]! || disputeCues[i] !== null || demandCues[i]!,
  }));
  if (spans.some((s) => s.focus)) {
    const quoteSpeakers = mapped(quotes, (q) => ({ ...q.span, speaker: q.speaker }));
    const writer = writerOf();
    const voice = voiceAt(quoteSpeakers, writer, taxonomy);
    yield;
    const refs = resolveReferences(full, platforms, actors, people, taxonomy, malaysian, spans, voice);
    yield;
    const reference = input.date && !Number.isNaN(Date.parse(input.date)) ? new Date(input.date) : null;
    // The author speaks only where the statement is in its own words ("we will …" outside quotes).
    const ownWords = FIRST_PLURAL.test(quoted.reduce((t, q) => t.slice(0, q.open) + ' '.repeat(q.close - q.open) + t.slice(q.close), full));
    const ownWriter = writer && ownWords ? writer : null;
    const writerAt = (at: number) =>
      ownWriter && !quoted.some((q) => at >= q.open && at < q.close) ? { ...ownWriter, start: at, end: at, via: 'pronoun' as const } : null;
    const thirdPartyAt = (at: number) => voice(at) === false;
    commitments = findCommitments(kept(sentences, (_, i) => commitmentCues[i]!), refs, reference, writerAt, full, thirdPartyAt);
    yield;
    disputes = findDisputes(sentences, refs, issues, taxonomy, disputeCues);
    yield;
    demands = findDemands(kept(sentences, (_, i) => demandCues[i]!), refs, taxonomy);
    yield;
    const writerSpeaker = writer && ownWords && { name: taxonomy.platformEntries.get(writer.id)?.name ?? taxonomy.actorEntries.get(writer.id)?.name ?? writer.id, person: null, org: writer.id };
    const attribute = <T extends { evidence: string; speaker: Speaker | null }>(claims: T[]) =>
      mapped(claims, (c) => ({ ...c, speaker: claimSpeaker(full.indexOf(c.evidence), speakers(), quoteSpeakers, writerSpeaker || null) }));
    commitments = attribute(commitments);
    disputes = attribute(disputes);
    demands = attribute(demands);
  }
  return {
    relevant: relevance.relevant,
    relevance: relevance.relevance,
    reason: relevance.reason,
    platforms: platformIds,
    actors: actorIds,
    // Issues are what a relevant statement is about; in sport or earnings news a word like "tax" is not an issue.
    issues: relevance.relevant ? issueIds : [],
    people: kept(mapped(people, ({ name, role, org }) => ({ id: personId(name), name, role, org: org?.id ?? null })), (p) => p.id !== ''),
    quotes: mapped(quotes, ({ text, speaker, confidence }) => ({ text, speaker, confidence })),
    commitments,
    disputes,
    demands,
  };
}
