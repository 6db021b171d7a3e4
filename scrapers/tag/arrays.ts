// Arrays the tagger hands from one step to the next, built by pushing into one array literal. V8 then gives every one
// of them the same elements kind, empty or full. Array.prototype.map and filter give an empty array another kind, and
// map yet another (holey) once its caller is optimised: each kind the reading code has not seen deoptimises it, and
// the bench spent a third of its time recompiling after such deoptimisations.

/** `items.map(f)`, with the elements kind of every other array built here. */
export function mapped<T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(f(items[i]!, i));
  return out;
}

/** `items.filter(test)`, with the elements kind of every other array built here. */
export function kept<T>(items: readonly T[], test: (item: T, index: number) => boolean): T[] {
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) if (test(items[i]!, i)) out.push(items[i]!);
  return out;
}
