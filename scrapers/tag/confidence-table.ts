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
    all: [680, 650],
    'agreed one': [27, 25],
    'agreed several': [76, 76],
    'akan one': [150, 143],
    'akan several': [76, 75],
    'will one': [244, 232],
    'will several': [107, 99],
  },
  dispute: {
    all: [304, 264],
    'authority-act both-named': [85, 66],
    'opposition both-named': [83, 74],
    'opposition legislature': [2, 2],
    'opposition member-states': [3, 3],
    'opposition side-before': [62, 53],
    'sanction both-named': [46, 45],
    'sanction member-states': [1, 1],
    'sanction side-before': [12, 11],
    'warning both-named': [9, 8],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [192, 151],
    obligation: [16, 13],
    order: [46, 25],
    request: [130, 113],
  },
  quote: {
    all: [526, 500],
    continues: [30, 30],
    'last-speaker': [3, 1],
    'named-after': [428, 412],
    'subject-before': [65, 57],
  },
};
