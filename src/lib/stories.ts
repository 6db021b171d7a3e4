// Syndicated stories over years of statements, found a few weeks at a time, reading only those weeks' texts.
// Why: `findStories` keeps the shingle set of every document it is given until it returns (about 30 KB a statement),
// which at 100,000 statements is gigabytes. Copies are at most `SYNDICATION.maxDaysApart` apart and every step of
// it (LSH candidates, the time window, the resemblance check) looks at one pair at a time, so windows that overlap by
// that many days find every linked pair; linked groups are then joined across windows, and each group is passed to
// `findStories` once more so that its origin and copy order come from the one implementation.
import { findStories, SYNDICATION, type Story, type SyndicationDoc } from '../../scrapers/normalise/syndication.ts';

export type StoryCandidate = Omit<SyndicationDoc, 'text'>;
/** The texts of some documents, in their order (read when a window needs them, then let go). */
export type TextsOf<T> = (docs: readonly T[]) => Promise<string[]>;

const DAY_MS = 86_400_000;
const timeOf = (d: StoryCandidate) => Date.parse(d.published ?? d.firstSeen);

async function storiesAmong<T extends StoryCandidate>(docs: readonly T[], textsOf: TextsOf<T>): Promise<Story[]> {
  const texts = await textsOf(docs);
  return findStories(docs.map((d, i) => ({ id: d.id, published: d.published, firstSeen: d.firstSeen, text: texts[i]! })));
}

export async function findStoriesInWindows<T extends StoryCandidate>(docs: readonly T[], textsOf: TextsOf<T>, windowDays = 28): Promise<Story[]> {
  const sorted = [...docs].sort((a, b) => timeOf(a) - timeOf(b));
  const times = sorted.map(timeOf);
  const overlap = SYNDICATION.maxDaysApart * DAY_MS;
  const parent = sorted.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const position = new Map(sorted.map((d, i) => [d.id, i]));
  for (let start = 0; start < sorted.length; ) {
    // The window's own documents are [start, next); it also reads those up to `overlap` after the last of them.
    let next = start;
    while (next < sorted.length && times[next]! < times[start]! + windowDays * DAY_MS) next++;
    let end = next;
    while (end < sorted.length && times[end]! <= times[next - 1]! + overlap) end++;
    for (const story of await storiesAmong(sorted.slice(start, end), textsOf)) {
      const origin = root(position.get(story.originId)!);
      for (const id of story.copyIds) parent[root(position.get(id)!)] = origin;
    }
    start = next;
  }
  const groups = new Map<number, T[]>();
  sorted.forEach((d, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(d);
    else groups.set(r, [d]);
  });
  const stories: Story[] = [];
  for (const group of groups.values()) if (group.length > 1) stories.push(...(await storiesAmong(group, textsOf)));
  return stories.sort((a, b) => (a.originId < b.originId ? -1 : 1));
}
