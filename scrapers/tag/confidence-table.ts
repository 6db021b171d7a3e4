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
    all: [623, 600],
    'agreed one': [25, 24],
    'agreed several': [73, 73],
    'akan one': [134, 130],
    'akan several': [71, 70],
    'will one': [221, 211],
    'will several': [99, 92],
  },
  dispute: {
    all: [276, 239],
    'authority-act both-named': [77, 59],
    'opposition both-named': [76, 68],
    'opposition legislature': [2, 2],
    'opposition side-before': [58, 50],
    'sanction both-named': [43, 42],
    'sanction side-before': [11, 10],
    'warning both-named': [9, 8],
  },
  demand: {
    all: [167, 130],
    obligation: [12, 9],
    order: [40, 21],
    request: [115, 100],
  },
  quote: {
    all: [457, 440],
    continues: [26, 26],
    'last-speaker': [1, 1],
    'named-after': [366, 358],
    'subject-before': [64, 55],
  },
};
