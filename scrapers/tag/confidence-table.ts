// Written by `npm run measure:confidence -- --write`; do not edit by hand. [claims found, claims right] per shape
// on the claims sets' development halves; `all` is the kind as a whole. Measured on:
// - dev.jsonl
// - fresh-dev.jsonl
// - third-dev.jsonl
// - fourth-dev.jsonl
// - fifth-dev.jsonl
// - sixth-dev.jsonl
// - seventh-dev.jsonl
// - eighth-dev.jsonl
// - ninth-dev.jsonl
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [681, 651],
    'agreed one': [27, 25],
    'agreed several': [76, 76],
    'akan one': [150, 143],
    'akan several': [76, 75],
    'will one': [244, 232],
    'will several': [108, 100],
  },
  dispute: {
    all: [305, 265],
    'authority-act both-named': [85, 66],
    'opposition both-named': [85, 76],
    'opposition legislature': [2, 2],
    'opposition member-states': [3, 3],
    'opposition side-before': [62, 53],
    'sanction both-named': [45, 44],
    'sanction member-states': [1, 1],
    'sanction side-before': [12, 11],
    'warning both-named': [9, 8],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [193, 152],
    obligation: [16, 13],
    order: [46, 25],
    request: [131, 114],
  },
  quote: {
    all: [526, 501],
    continues: [30, 30],
    'last-speaker': [3, 1],
    'named-after': [428, 413],
    'subject-before': [65, 57],
  },
};
