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
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [626, 604],
    'agreed one': [24, 23],
    'agreed several': [75, 75],
    'akan one': [134, 130],
    'akan several': [72, 71],
    'will one': [222, 213],
    'will several': [99, 92],
  },
  dispute: {
    all: [276, 239],
    'authority-act both-named': [77, 59],
    'opposition both-named': [76, 68],
    'opposition legislature': [2, 2],
    'opposition side-before': [57, 49],
    'sanction both-named': [44, 43],
    'sanction side-before': [11, 10],
    'warning both-named': [9, 8],
  },
  demand: {
    all: [177, 140],
    obligation: [14, 11],
    order: [44, 25],
    request: [119, 104],
  },
  quote: {
    all: [456, 440],
    continues: [26, 26],
    'last-speaker': [1, 1],
    'named-after': [366, 358],
    'subject-before': [63, 55],
  },
};
