// Written by `npm run measure:confidence -- --write`; do not edit by hand. [claims found, claims right] per shape
// on the claims sets' development halves; `all` is the kind as a whole. Measured on:
// - dev.jsonl
// - fresh-dev.jsonl
// - third-dev.jsonl
// - fourth-dev.jsonl
// - fifth-dev.jsonl
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [408, 391],
    'agreed one': [16, 16],
    'agreed several': [43, 43],
    'akan one': [82, 80],
    'akan several': [47, 45],
    'will one': [158, 149],
    'will several': [62, 58],
  },
  dispute: {
    all: [183, 160],
    'authority-act both-named': [52, 43],
    'opposition both-named': [52, 46],
    'opposition legislature': [2, 2],
    'opposition side-before': [36, 30],
    'sanction both-named': [29, 28],
    'sanction side-before': [8, 7],
    'warning both-named': [4, 4],
  },
  demand: {
    all: [112, 94],
    obligation: [6, 4],
    order: [25, 14],
    request: [81, 76],
  },
  quote: {
    all: [261, 252],
    continues: [14, 14],
    'last-speaker': [1, 1],
    'named-after': [214, 209],
    'subject-before': [32, 28],
  },
};
