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
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [973, 924],
    'agreed one': [35, 32],
    'agreed several': [95, 93],
    'akan one': [227, 218],
    'akan several': [105, 100],
    'will one': [349, 328],
    'will several': [162, 153],
  },
  dispute: {
    all: [439, 378],
    'authority-act both-named': [134, 111],
    'authority-act side-before': [2, 2],
    'opposition both-named': [121, 107],
    'opposition legislature': [2, 2],
    'opposition member-states': [5, 5],
    'opposition side-before': [80, 63],
    'sanction both-named': [65, 61],
    'sanction member-states': [1, 1],
    'sanction side-before': [13, 11],
    'warning both-named': [15, 14],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [271, 224],
    obligation: [16, 13],
    order: [70, 43],
    request: [185, 168],
  },
  quote: {
    all: [783, 751],
    continues: [51, 50],
    'last-speaker': [2, 2],
    'named-after': [630, 611],
    'subject-before': [100, 88],
  },
};
