// The held-out halves of the claims set and of the fresh, third and fourth sets are frozen: rules are written from the development half only,
// and a change to a frozen set (an edited label, a dropped statement) would let it flatter them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FROZEN_HOLDOUT_SHA256 = '71ec82d1aa5e0b7b6decf7e8566d87c36192ed53142a9c86771173f206780cea';
// The held-out half of the fresh set, written after the rules by two more writers (README.md there).
const FROZEN_FRESH_HOLDOUT_SHA256 = '647ef05cb21105a1ddd1187f7fff1da3bb29c937a6e54c406e6e40f4eb2b4e58';
// The held-out half of the third set, written on 6 December by two more writers (README.md there).
const FROZEN_THIRD_HOLDOUT_SHA256 = '3a6440ea0115633bac51ab55d6d1a5bc30d0d8bda7cfdba0507877d5e476b19b';
// The held-out half of the fourth set, written on 6 December after that day's rules (README.md there).
const FROZEN_FOURTH_HOLDOUT_SHA256 = 'cbd591f5cee14bf775c440f121819b5db8ecdd53e6b43c6180e32724a2e7e462';
const read = (name: string) => readFileSync(`tests/tagger/claims/${name}.jsonl`, 'utf8');

describe('the claims set', () => {
  it('has a held-out half that has not changed since it was split', () => {
    expect(createHash('sha256').update(read('holdout')).digest('hex')).toBe(FROZEN_HOLDOUT_SHA256);
  });

  it('has a fresh held-out half that has not changed since it was split', () => {
    expect(createHash('sha256').update(read('fresh-holdout')).digest('hex')).toBe(FROZEN_FRESH_HOLDOUT_SHA256);
  });

  it('has a third held-out half that has not changed since it was split', () => {
    expect(createHash('sha256').update(read('third-holdout')).digest('hex')).toBe(FROZEN_THIRD_HOLDOUT_SHA256);
  });

  it('has a fourth held-out half that has not changed since it was split', () => {
    expect(createHash('sha256').update(read('fourth-holdout')).digest('hex')).toBe(FROZEN_FOURTH_HOLDOUT_SHA256);
  });

  it('keeps the sets apart: no statement in two of them', () => {
    const names = ['dev', 'holdout', 'fresh-dev', 'fresh-holdout', 'third-dev', 'third-holdout', 'fourth-dev', 'fourth-holdout'];
    const ids = names.map((name) => read(name).trim().split('\n').map((line) => JSON.parse(line).id as string));
    const all = ids.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(ids.map((list) => list.length)).toEqual([165, 165, 60, 60, 60, 60, 60, 60]);
  });
});
