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
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [1448, 1352],
    'agreed one': [52, 46],
    'agreed several': [148, 141],
    'akan one': [366, 343],
    'akan several': [169, 154],
    'will one': [464, 433],
    'will several': [249, 235],
  },
  dispute: {
    all: [766, 675],
    'authority-act both-named': [204, 175],
    'authority-act side-before': [14, 11],
    'opposition both-named': [219, 199],
    'opposition legislature': [5, 5],
    'opposition member-states': [6, 5],
    'opposition side-before': [141, 116],
    'sanction both-named': [121, 115],
    'sanction member-states': [1, 1],
    'sanction side-before': [31, 25],
    'warning both-named': [23, 22],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [432, 373],
    obligation: [29, 22],
    order: [121, 89],
    request: [282, 262],
  },
  quote: {
    all: [1239, 1198],
    continues: [81, 80],
    'last-speaker': [3, 3],
    'named-after': [1014, 987],
    'subject-before': [141, 128],
  },
};
