// Written by `npm run measure:confidence -- --write`; do not edit by hand. [claims found, claims right] per shape
// on the claims sets' development halves; `all` is the kind as a whole. Measured on:
// - dev.jsonl
// - fresh-dev.jsonl
// - third-dev.jsonl
// - fourth-dev.jsonl
// - fifth-dev.jsonl
// - sixth-dev.jsonl
// - seventh-dev.jsonl
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [553, 533],
    'agreed one': [21, 20],
    'agreed several': [68, 68],
    'akan one': [114, 113],
    'akan several': [65, 64],
    'will one': [199, 189],
    'will several': [86, 79],
  },
  dispute: {
    all: [232, 203],
    'authority-act both-named': [63, 52],
    'opposition both-named': [61, 54],
    'opposition legislature': [2, 2],
    'opposition side-before': [49, 41],
    'sanction both-named': [37, 36],
    'sanction side-before': [11, 10],
    'warning both-named': [9, 8],
  },
  demand: {
    all: [148, 124],
    obligation: [11, 8],
    order: [31, 19],
    request: [106, 97],
  },
  quote: {
    all: [393, 382],
    continues: [23, 23],
    'last-speaker': [1, 1],
    'named-after': [321, 314],
    'subject-before': [48, 44],
  },
};
