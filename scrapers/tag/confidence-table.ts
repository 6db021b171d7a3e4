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
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [1320, 1238],
    'agreed one': [45, 39],
    'agreed several': [134, 128],
    'akan one': [328, 310],
    'akan several': [159, 145],
    'will one': [429, 401],
    'will several': [225, 215],
  },
  dispute: {
    all: [658, 581],
    'authority-act both-named': [176, 151],
    'opposition both-named': [189, 171],
    'opposition legislature': [5, 5],
    'opposition member-states': [5, 5],
    'opposition side-before': [126, 105],
    'sanction both-named': [107, 101],
    'sanction member-states': [1, 1],
    'sanction side-before': [30, 24],
    'warning both-named': [18, 17],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [396, 336],
    obligation: [25, 18],
    order: [108, 77],
    request: [263, 241],
  },
  quote: {
    all: [1090, 1059],
    continues: [69, 68],
    'last-speaker': [3, 3],
    'named-after': [893, 874],
    'subject-before': [125, 114],
  },
};
