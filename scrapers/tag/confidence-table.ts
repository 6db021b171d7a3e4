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
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [1107, 1047],
    'agreed one': [41, 36],
    'agreed several': [108, 106],
    'akan one': [269, 257],
    'akan several': [129, 122],
    'will one': [377, 354],
    'will several': [183, 172],
  },
  dispute: {
    all: [551, 486],
    'authority-act both-named': [158, 135],
    'opposition both-named': [162, 149],
    'opposition legislature': [4, 4],
    'opposition member-states': [5, 5],
    'opposition side-before': [104, 86],
    'sanction both-named': [83, 77],
    'sanction member-states': [1, 1],
    'sanction side-before': [19, 15],
    'warning both-named': [14, 13],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [339, 287],
    obligation: [19, 13],
    order: [90, 61],
    request: [230, 213],
  },
  quote: {
    all: [911, 881],
    continues: [56, 55],
    'last-speaker': [3, 3],
    'named-after': [738, 721],
    'subject-before': [114, 102],
  },
};
