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
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [1720, 1600],
    'agreed one': [58, 50],
    'agreed several': [176, 167],
    'akan one': [420, 394],
    'akan several': [217, 198],
    'will one': [558, 522],
    'will several': [291, 269],
  },
  dispute: {
    all: [939, 842],
    'authority-act both-named': [232, 208],
    'authority-act side-before': [19, 16],
    'opposition both-named': [264, 240],
    'opposition legislature': [5, 5],
    'opposition member-states': [6, 5],
    'opposition side-before': [195, 164],
    'sanction both-named': [143, 138],
    'sanction member-states': [1, 1],
    'sanction side-before': [35, 28],
    'warning both-named': [38, 36],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [520, 447],
    obligation: [34, 24],
    order: [147, 111],
    request: [339, 312],
  },
  quote: {
    all: [1497, 1437],
    continues: [100, 99],
    'last-speaker': [4, 4],
    'named-after': [1225, 1189],
    'subject-before': [168, 145],
  },
};
