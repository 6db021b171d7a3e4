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
// - tenth-dev.jsonl
// - eleventh-dev.jsonl
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [811, 765],
    'agreed one': [30, 28],
    'agreed several': [86, 86],
    'akan one': [186, 176],
    'akan several': [92, 88],
    'will one': [289, 267],
    'will several': [128, 120],
  },
  dispute: {
    all: [355, 302],
    'authority-act both-named': [96, 73],
    'opposition both-named': [104, 91],
    'opposition legislature': [2, 2],
    'opposition member-states': [3, 3],
    'opposition side-before': [74, 62],
    'sanction both-named': [49, 47],
    'sanction member-states': [1, 1],
    'sanction side-before': [13, 11],
    'warning both-named': [12, 11],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [228, 175],
    obligation: [17, 13],
    order: [61, 31],
    request: [150, 131],
  },
  quote: {
    all: [653, 616],
    continues: [36, 34],
    'last-speaker': [2, 1],
    'named-after': [524, 504],
    'subject-before': [91, 77],
  },
};
