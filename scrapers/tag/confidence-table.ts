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
// - thirteenth-dev.jsonl
// - fourteenth-dev.jsonl
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [1042, 990],
    'agreed one': [36, 33],
    'agreed several': [100, 98],
    'akan one': [250, 241],
    'akan several': [120, 113],
    'will one': [361, 340],
    'will several': [175, 165],
  },
  dispute: {
    all: [476, 418],
    'authority-act both-named': [146, 123],
    'opposition both-named': [135, 124],
    'opposition legislature': [2, 2],
    'opposition member-states': [5, 5],
    'opposition side-before': [87, 71],
    'sanction both-named': [70, 65],
    'sanction member-states': [1, 1],
    'sanction side-before': [14, 12],
    'warning both-named': [15, 14],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [296, 249],
    obligation: [16, 13],
    order: [74, 47],
    request: [206, 189],
  },
  quote: {
    all: [842, 809],
    continues: [51, 50],
    'last-speaker': [3, 3],
    'named-after': [685, 665],
    'subject-before': [103, 91],
  },
};
