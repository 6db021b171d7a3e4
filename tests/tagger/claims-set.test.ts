// The held-out half of the claims set is frozen: rules are written from the development half only, and a change to
// the held-out half (an edited label, a dropped statement) would let it flatter them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FROZEN_HOLDOUT_SHA256 = '71ec82d1aa5e0b7b6decf7e8566d87c36192ed53142a9c86771173f206780cea';
const read = (name: string) => readFileSync(`tests/tagger/claims/${name}.jsonl`, 'utf8');

describe('the claims set', () => {
  it('has a held-out half that has not changed since it was split', () => {
    expect(createHash('sha256').update(read('holdout')).digest('hex')).toBe(FROZEN_HOLDOUT_SHA256);
  });

  it('keeps the two halves apart: no statement in both', () => {
    const ids = (name: string) => read(name).trim().split('\n').map((line) => JSON.parse(line).id as string);
    const dev = new Set(ids('dev'));
    expect(ids('holdout').filter((id) => dev.has(id))).toEqual([]);
    expect(dev.size).toBe(165);
  });
});
