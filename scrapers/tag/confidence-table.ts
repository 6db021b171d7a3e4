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
// - twentyfourth-dev.jsonl
// - twentyfifth-dev.jsonl
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [1784, 1656],
    'agreed one': [62, 54],
    'agreed several': [182, 170],
    'akan one': [435, 406],
    'akan several': [228, 209],
    'will one': [575, 538],
    'will several': [302, 279],
  },
  dispute: {
    all: [1007, 908],
    'authority-act both-named': [261, 236],
    'authority-act side-before': [21, 17],
    'opposition both-named': [273, 249],
    'opposition legislature': [5, 5],
    'opposition member-states': [6, 5],
    'opposition side-before': [206, 174],
    'sanction both-named': [161, 155],
    'sanction member-states': [1, 1],
    'sanction side-before': [33, 28],
    'warning both-named': [39, 37],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [540, 463],
    obligation: [38, 28],
    order: [153, 115],
    request: [349, 320],
  },
  quote: {
    all: [1543, 1481],
    continues: [101, 100],
    'last-speaker': [4, 4],
    'named-after': [1265, 1227],
    'subject-before': [173, 150],
  },
};
