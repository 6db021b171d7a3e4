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
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [1388, 1298],
    'agreed one': [50, 44],
    'agreed several': [139, 133],
    'akan one': [348, 325],
    'akan several': [163, 149],
    'will one': [448, 418],
    'will several': [240, 229],
  },
  dispute: {
    all: [702, 621],
    'authority-act both-named': [188, 162],
    'opposition both-named': [202, 184],
    'opposition legislature': [5, 5],
    'opposition member-states': [5, 5],
    'opposition side-before': [134, 110],
    'sanction both-named': [115, 109],
    'sanction member-states': [1, 1],
    'sanction side-before': [30, 24],
    'warning both-named': [21, 20],
    'warning member-states': [1, 1],
  },
  demand: {
    all: [412, 352],
    obligation: [25, 18],
    order: [116, 85],
    request: [271, 249],
  },
  quote: {
    all: [1170, 1135],
    continues: [77, 76],
    'last-speaker': [3, 3],
    'named-after': [955, 934],
    'subject-before': [135, 122],
  },
};
