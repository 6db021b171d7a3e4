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
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [1239, 1160],
    'agreed one': [45, 39],
    'agreed several': [126, 120],
    'akan one': [303, 286],
    'akan several': [149, 135],
    'will one': [409, 383],
    'will several': [207, 197],
  },
  dispute: {
    all: [622, 552],
    'authority-act both-named': [169, 147],
    'opposition both-named': [188, 171],
    'opposition legislature': [5, 5],
    'opposition member-states': [5, 5],
    'opposition side-before': [120, 100],
    'sanction both-named': [94, 88],
    'sanction member-states': [1, 1],
    'sanction side-before': [25, 21],
    'warning both-named': [14, 13],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [379, 322],
    obligation: [24, 18],
    order: [103, 72],
    request: [252, 232],
  },
  quote: {
    all: [1020, 990],
    continues: [64, 63],
    'last-speaker': [2, 2],
    'named-after': [834, 816],
    'subject-before': [120, 109],
  },
};
