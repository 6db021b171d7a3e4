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
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [1573, 1467],
    'agreed one': [53, 47],
    'agreed several': [156, 148],
    'akan one': [389, 365],
    'akan several': [194, 177],
    'will one': [513, 481],
    'will several': [268, 249],
  },
  dispute: {
    all: [884, 780],
    'authority-act both-named': [225, 196],
    'authority-act side-before': [18, 15],
    'opposition both-named': [251, 225],
    'opposition legislature': [5, 5],
    'opposition member-states': [6, 5],
    'opposition side-before': [174, 144],
    'sanction both-named': [138, 132],
    'sanction member-states': [2, 1],
    'sanction side-before': [36, 29],
    'warning both-named': [28, 27],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [475, 409],
    obligation: [30, 23],
    order: [136, 102],
    request: [309, 284],
  },
  quote: {
    all: [1374, 1326],
    continues: [96, 95],
    'last-speaker': [4, 4],
    'named-after': [1121, 1091],
    'subject-before': [153, 136],
  },
};
