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
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [739, 702],
    'agreed one': [28, 26],
    'agreed several': [83, 83],
    'akan one': [167, 158],
    'akan several': [83, 80],
    'will one': [261, 246],
    'will several': [117, 109],
  },
  dispute: {
    all: [326, 279],
    'authority-act both-named': [89, 68],
    'opposition both-named': [96, 86],
    'opposition legislature': [2, 2],
    'opposition member-states': [3, 3],
    'opposition side-before': [67, 55],
    'sanction both-named': [45, 44],
    'sanction member-states': [1, 1],
    'sanction side-before': [13, 11],
    'warning both-named': [9, 8],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [214, 165],
    obligation: [16, 13],
    order: [57, 29],
    request: [141, 123],
  },
  quote: {
    all: [591, 560],
    continues: [31, 31],
    'last-speaker': [2, 1],
    'named-after': [473, 455],
    'subject-before': [85, 73],
  },
};
