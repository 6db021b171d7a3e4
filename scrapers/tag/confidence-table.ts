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
// - twelfth-dev.jsonl
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [895, 849],
    'agreed one': [33, 30],
    'agreed several': [86, 86],
    'akan one': [211, 200],
    'akan several': [99, 95],
    'will one': [318, 297],
    'will several': [148, 141],
  },
  dispute: {
    all: [400, 341],
    'authority-act both-named': [121, 97],
    'opposition both-named': [114, 101],
    'opposition legislature': [2, 2],
    'opposition member-states': [3, 3],
    'opposition side-before': [76, 61],
    'sanction both-named': [54, 50],
    'sanction member-states': [1, 1],
    'sanction side-before': [13, 11],
    'warning both-named': [15, 14],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [253, 203],
    obligation: [16, 13],
    order: [67, 36],
    request: [170, 154],
  },
  quote: {
    all: [710, 676],
    continues: [41, 40],
    'last-speaker': [2, 1],
    'named-after': [568, 550],
    'subject-before': [99, 85],
  },
};
