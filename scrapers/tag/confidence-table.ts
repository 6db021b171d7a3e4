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
    'agreed one': [29, 27],
    'agreed several': [87, 87],
    'akan one': [186, 176],
    'akan several': [92, 88],
    'will one': [288, 266],
    'will several': [129, 121],
  },
  dispute: {
    all: [360, 306],
    'authority-act both-named': [100, 76],
    'opposition both-named': [106, 93],
    'opposition legislature': [2, 2],
    'opposition member-states': [3, 3],
    'opposition side-before': [73, 61],
    'sanction both-named': [49, 47],
    'sanction member-states': [1, 1],
    'sanction side-before': [13, 11],
    'warning both-named': [12, 11],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [231, 178],
    obligation: [17, 13],
    order: [62, 32],
    request: [152, 133],
  },
  quote: {
    all: [653, 616],
    continues: [36, 34],
    'last-speaker': [2, 1],
    'named-after': [524, 504],
    'subject-before': [91, 77],
  },
};
