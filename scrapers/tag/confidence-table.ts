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
    all: [549, 526],
    'agreed one': [21, 20],
    'agreed several': [66, 66],
    'akan one': [111, 109],
    'akan several': [66, 65],
    'will one': [199, 187],
    'will several': [86, 79],
  },
  dispute: {
    all: [230, 201],
    'authority-act both-named': [63, 52],
    'opposition both-named': [61, 54],
    'opposition legislature': [2, 2],
    'opposition side-before': [49, 41],
    'sanction both-named': [36, 35],
    'sanction side-before': [11, 10],
    'warning both-named': [8, 7],
  },
  demand: {
    all: [148, 124],
    obligation: [11, 8],
    order: [31, 19],
    request: [106, 97],
  },
  quote: {
    all: [392, 370],
    continues: [23, 23],
    'last-speaker': [2, 2],
    'named-after': [319, 304],
    'subject-before': [48, 41],
  },
};
