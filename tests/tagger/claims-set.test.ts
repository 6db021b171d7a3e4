// The held-out half of the claims set and the fresh set are frozen: rules are written from the development half only,
// and a change to a frozen set (an edited label, a dropped statement) would let it flatter them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const FROZEN_HOLDOUT_SHA256 = '71ec82d1aa5e0b7b6decf7e8566d87c36192ed53142a9c86771173f206780cea';
// Written after the rules by two more writers (README.md there); only its scores are ever read.
const FROZEN_FRESH_SHA256 = 'e3be7b037299d510b52a6ddd5a38ea8a0628b1ec9a3a6d355cb46c0862c775e8';
const read = (name: string) => readFileSync(`tests/tagger/claims/${name}.jsonl`, 'utf8');

describe('the claims set', () => {
  it('has a held-out half that has not changed since it was split', () => {
    expect(createHash('sha256').update(read('holdout')).digest('hex')).toBe(FROZEN_HOLDOUT_SHA256);
  });

  it('has a fresh set that has not changed since it was written', () => {
    expect(createHash('sha256').update(read('fresh')).digest('hex')).toBe(FROZEN_FRESH_SHA256);
  });

  it('keeps the sets apart: no statement in two of them', () => {
    const ids = (name: string) => read(name).trim().split('\n').map((line) => JSON.parse(line).id as string);
    const dev = new Set(ids('dev'));
    const holdout = new Set(ids('holdout'));
    expect(ids('holdout').filter((id) => dev.has(id))).toEqual([]);
    expect(ids('fresh').filter((id) => dev.has(id) || holdout.has(id))).toEqual([]);
    expect([dev.size, holdout.size, new Set(ids('fresh')).size]).toEqual([165, 165, 120]);
  });
});
