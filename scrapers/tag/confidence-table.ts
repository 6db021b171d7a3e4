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
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [1502, 1393],
    'agreed one': [52, 46],
    'agreed several': [150, 142],
    'akan one': [375, 351],
    'akan several': [176, 160],
    'will one': [490, 452],
    'will several': [259, 242],
  },
  dispute: {
    all: [823, 726],
    'authority-act both-named': [222, 190],
    'authority-act side-before': [14, 11],
    'opposition both-named': [230, 209],
    'opposition legislature': [5, 5],
    'opposition member-states': [6, 5],
    'opposition side-before': [151, 126],
    'sanction both-named': [134, 128],
    'sanction member-states': [2, 1],
    'sanction side-before': [34, 27],
    'warning both-named': [24, 23],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [448, 387],
    obligation: [29, 22],
    order: [129, 97],
    request: [290, 268],
  },
  quote: {
    all: [1307, 1260],
    continues: [89, 88],
    'last-speaker': [3, 3],
    'named-after': [1067, 1037],
    'subject-before': [148, 132],
  },
};
