// Two parties in dispute, whichever way round: threads, counts and the tagger's evaluation compare pairs this way.
export function sortedPair(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

export function pairKey(a: string, b: string): string {
  return sortedPair(a, b).join('|');
}
