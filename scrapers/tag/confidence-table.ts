// Written by `npm run measure:confidence -- --write`; do not edit by hand. [claims found, claims right] per shape
// on the claims sets' development halves; `all` is the kind as a whole. Measured on:
// - dev.jsonl
// - fresh-dev.jsonl
// - third-dev.jsonl
// - fourth-dev.jsonl
// - fifth-dev.jsonl
// - sixth-dev.jsonl
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';

export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {
  commitment: {
    all: [475, 461],
    'agreed one': [17, 17],
    'agreed several': [59, 59],
    'akan one': [91, 90],
    'akan several': [60, 59],
    'will one': [176, 167],
    'will several': [72, 69],
  },
  dispute: {
    all: [212, 186],
    'authority-act both-named': [63, 52],
    'opposition both-named': [57, 50],
    'opposition legislature': [2, 2],
    'opposition side-before': [42, 36],
    'sanction both-named': [31, 30],
    'sanction side-before': [11, 10],
    'warning both-named': [6, 6],
  },
  demand: {
    all: [132, 113],
    obligation: [11, 8],
    order: [28, 17],
    request: [93, 88],
  },
  quote: {
    all: [327, 318],
    continues: [18, 18],
    'last-speaker': [2, 2],
    'named-after': [267, 262],
    'subject-before': [40, 36],
  },
};
