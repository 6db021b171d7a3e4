// A fixture set for measuring syndicated-copy linking: real article bodies from the extraction benchmark as wire
// stories, copies made with the edits outlets really make, and near-misses that must stay apart.
import { readFileSync } from 'node:fs';
import type { SyndicationDoc } from '../../scrapers/normalise/syndication.ts';

const CORPUS = '../shared/corpora/article-extraction-benchmark/ground-truth.json';

export interface LabelledDoc extends SyndicationDoc {
  story: string;
}

/** A small seeded generator (mulberry32): the same set every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Edit = (paragraphs: string[], rnd: () => number, vocabulary: string[]) => string[];

const edits: Record<string, Edit> = {
  credit: (p) => [...p, '— Bernama'],
  dropParagraph: (p, rnd) => (p.length > 3 ? p.filter((_, i) => i !== 1 + Math.floor(rnd() * (p.length - 2))) : p),
  rewordSome: (p, rnd, vocabulary) =>
    p.map((para) =>
      para.replace(/[\p{L}]{4,}/gu, (w) => (rnd() < 0.04 ? vocabulary[Math.floor(rnd() * vocabulary.length)]! : w)),
    ),
  swapParagraphs: (p, rnd) => {
    if (p.length < 3) return p;
    const i = Math.floor(rnd() * (p.length - 1));
    const copy = [...p];
    [copy[i], copy[i + 1]] = [copy[i + 1]!, copy[i]!];
    return copy;
  },
  trim: (p) => p.slice(0, Math.max(2, Math.ceil(p.length * 0.7))),
  editorsNote: (p) => [...p, 'Additional reporting by our own correspondent, who contributed to this report.'],
};

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

// Two different statements on one topic on one day, written here (fictional): they share stock phrases, not a text.
const NEAR_MISS_PAIRS: [string, string][] = [
  [
    'The Malaysian Communications and Multimedia Commission said on Tuesday that it had received 1,200 complaints about online scams in the first quarter, most of them involving fake investment pages on social media. The commission urged the public to verify offers before transferring money and said it was working with platforms to remove the pages quickly. It added that users could report suspicious pages through its complaints portal.',
    'The Malaysian Communications and Multimedia Commission said on Tuesday that it would meet representatives of three social media platforms next week to discuss the licensing framework. The commission said the meeting would cover the application timeline, the code of conduct and the handling of harmful content. It added that platforms which failed to apply would face enforcement under the law.',
  ],
  [
    'Communications Minister said the ministry would table amendments to the Communications and Multimedia Act in the coming parliamentary session. He told reporters after an event in Putrajaya that the amendments would raise the penalties for spreading harmful content online and give the regulator new powers to demand information from platforms.',
    'Communications Minister said the ministry had asked platforms to act faster on content involving race, religion and royalty. He told reporters after an event in Putrajaya that several posts had stayed online for days after being reported, and that the ministry expected platforms to respond within a day to such requests.',
  ],
  [
    'The eSafety Commissioner said the minimum age obligation for social media would apply from the date set by the government, and that platforms must take reasonable steps to prevent under-16s from holding accounts. The commissioner said guidance on age assurance methods would be published before the start date, after consultation with industry and the public.',
    'The eSafety Commissioner said it had issued transparency notices to several platforms asking how they detect and remove child sexual exploitation material. The commissioner said the platforms had a set period to respond and that a failure to respond could lead to civil penalties under the Online Safety Act.',
  ],
  [
    'The European Commission said it had opened formal proceedings to assess whether a very large online platform breached the Digital Services Act in areas linked to the protection of minors. The Commission said the opening of proceedings did not prejudge the outcome and that it would continue to gather evidence.',
    'The European Commission said it had sent a request for information to a very large online platform under the Digital Services Act about its recommender systems. The Commission said the platform must reply by a set date and that incorrect or incomplete answers could lead to fines.',
  ],
];

export function syndicationFixtureSet(): LabelledDoc[] {
  const truth = JSON.parse(readFileSync(CORPUS, 'utf8')) as Record<string, { articleBody: string }>;
  const bodies = Object.keys(truth)
    .sort()
    .map((k) => truth[k]!.articleBody.split(/\n+/).map((p) => p.trim()).filter(Boolean))
    .filter((p) => p.join(' ').length > 1500);
  const vocabulary = [...new Set(bodies.flat().join(' ').match(/[\p{L}]{5,}/gu) ?? [])].slice(0, 5000);
  const rnd = random(20241030);
  const docs: LabelledDoc[] = [];
  const day0 = Date.parse('2025-01-06T01:00:00Z');
  const stories = bodies.slice(0, 45);
  const editNames = Object.keys(edits);

  stories.forEach((paragraphs, n) => {
    const story = `story-${n}`;
    // Several stories share each day, so same-day pairs that are not copies abound.
    const start = day0 + Math.floor(n / 5) * 24 * HOUR + (n % 5) * HOUR;
    docs.push({ id: `${story}-origin`, story, text: paragraphs.join('\n\n'), published: iso(start), firstSeen: iso(start) });
    const copies = 1 + (n % 3);
    for (let c = 0; c < copies; c++) {
      const chosen = [editNames[(n + c) % editNames.length]!, editNames[(n * 3 + c + 2) % editNames.length]!];
      const edited = chosen.reduce((p, name) => edits[name]!(p, rnd, vocabulary), paragraphs);
      const at = start + (1 + c * 3 + Math.floor(rnd() * 3)) * HOUR;
      docs.push({ id: `${story}-copy-${c}`, story, text: edited.join('\n\n'), published: iso(at), firstSeen: iso(at + HOUR) });
    }
    // A follow-up on the same day by another outlet that reuses one background paragraph: not a copy.
    if (n % 3 === 0) {
      const other = bodies[(n + 60) % bodies.length]!;
      const borrowed = paragraphs[Math.min(1, paragraphs.length - 1)]!;
      const at = start + 5 * HOUR;
      docs.push({ id: `${story}-follow-up`, story: `${story}-follow-up`, text: [...other, borrowed].join('\n\n'), published: iso(at), firstSeen: iso(at) });
    }
  });

  NEAR_MISS_PAIRS.forEach(([a, b], n) => {
    const at = day0 + n * 24 * HOUR;
    docs.push({ id: `near-${n}-a`, story: `near-${n}-a`, text: a, published: iso(at), firstSeen: iso(at) });
    docs.push({ id: `near-${n}-b`, story: `near-${n}-b`, text: b, published: iso(at + 2 * HOUR), firstSeen: iso(at + 2 * HOUR) });
  });
  return docs;
}

/** Pairwise precision and recall of linked documents against the true stories. */
export function pairwiseScores(docs: LabelledDoc[], linked: Map<string, string>): { precision: number; recall: number; pairs: number } {
  let truePositive = 0;
  let predicted = 0;
  let actual = 0;
  for (let i = 0; i < docs.length; i++)
    for (let j = i + 1; j < docs.length; j++) {
      const same = docs[i]!.story === docs[j]!.story;
      const linkedTogether = linked.get(docs[i]!.id) === linked.get(docs[j]!.id);
      if (same) actual++;
      if (linkedTogether) predicted++;
      if (same && linkedTogether) truePositive++;
    }
  return { precision: predicted ? truePositive / predicted : 1, recall: actual ? truePositive / actual : 1, pairs: actual };
}
