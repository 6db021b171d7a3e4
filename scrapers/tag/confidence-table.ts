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
// - fifteenth-dev.jsonl
// - sixteenth-dev.jsonl
// - seventeenth-dev.jsonl
// - eighteenth-dev.jsonl
// - nineteenth-dev.jsonl
// - twentieth-dev.jsonl
// - twentyfirst-dev.jsonl
// - twentysecond-dev.jsonl
// - twentythird-dev.jsonl
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [1649, 1534],
    'agreed one': [56, 49],
    'agreed several': [172, 164],
    'akan one': [406, 380],
    'akan several': [204, 186],
    'will one': [534, 497],
    'will several': [277, 258],
  },
  dispute: {
    all: [903, 801],
    'authority-act both-named': [229, 199],
    'authority-act side-before': [18, 15],
    'opposition both-named': [258, 234],
    'opposition legislature': [5, 5],
    'opposition member-states': [6, 5],
    'opposition side-before': [180, 150],
    'sanction both-named': [140, 135],
    'sanction member-states': [2, 1],
    'sanction side-before': [36, 29],
    'warning both-named': [28, 27],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [500, 428],
    obligation: [30, 23],
    order: [143, 107],
    request: [327, 298],
  },
  quote: {
    all: [1438, 1384],
    continues: [99, 98],
    'last-speaker': [4, 4],
    'named-after': [1171, 1139],
    'subject-before': [164, 143],
  },
};
