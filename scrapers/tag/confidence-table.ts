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
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [1191, 1116],
    'agreed one': [43, 37],
    'agreed several': [118, 112],
    'akan one': [285, 270],
    'akan several': [145, 132],
    'will one': [396, 372],
    'will several': [204, 193],
  },
  dispute: {
    all: [582, 512],
    'authority-act both-named': [156, 134],
    'opposition both-named': [178, 161],
    'opposition legislature': [5, 5],
    'opposition member-states': [5, 5],
    'opposition side-before': [111, 91],
    'sanction both-named': [89, 83],
    'sanction member-states': [1, 1],
    'sanction side-before': [22, 18],
    'warning both-named': [14, 13],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [368, 312],
    obligation: [22, 16],
    order: [100, 69],
    request: [246, 227],
  },
  quote: {
    all: [966, 937],
    continues: [62, 61],
    'last-speaker': [2, 2],
    'named-after': [787, 770],
    'subject-before': [115, 104],
  },
};
