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
// - twentysixth-dev.jsonl
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [1836, 1706],
    'agreed one': [66, 58],
    'agreed several': [187, 175],
    'akan one': [448, 419],
    'akan several': [237, 217],
    'will one': [590, 551],
    'will several': [308, 286],
  },
  dispute: {
    all: [1079, 975],
    'authority-act both-named': [274, 247],
    'authority-act side-before': [23, 19],
    'opposition both-named': [290, 265],
    'opposition legislature': [5, 5],
    'opposition member-states': [6, 5],
    'opposition side-before': [218, 186],
    'sanction both-named': [180, 173],
    'sanction member-states': [1, 1],
    'sanction side-before': [35, 30],
    'warning both-named': [46, 43],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [565, 485],
    obligation: [39, 28],
    order: [161, 122],
    request: [365, 335],
  },
  quote: {
    all: [1600, 1541],
    continues: [101, 100],
    'last-speaker': [4, 4],
    'named-after': [1309, 1275],
    'subject-before': [186, 162],
  },
};
