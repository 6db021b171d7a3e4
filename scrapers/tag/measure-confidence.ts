// Measuring the confidence table: tag the claims sets' development halves with each claim's confidence replaced by a
// mark that tells its shape, then count, per kind and shape, the claims found and those a label matches (as
// `npm run eval:tagger` scores them). `renderConfidenceTable` writes the result as confidence-table.ts.
import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';
import { withConfidenceProbe } from './confidence.ts';
import { claimOutcomes, tagLabelled, type ClaimsLabelled } from './evaluate-claims.ts';
import type { Taxonomy } from './index.ts';
import { renderGeneratedModule } from './generated-module.ts';

export type ConfidenceTable = Record<ClaimKind, Record<string, [number, number]>>;

// Marks start far above any real confidence (at most 1), so that a mark is never mistaken for one.
const FIRST_MARK = 1000;

/** [claims found, claims right] per kind and shape over `set`; `all` is the kind as a whole. */
export function measureShapes(set: readonly ClaimsLabelled[], taxonomy: Taxonomy): ConfidenceTable {
  const table: ConfidenceTable = { commitment: {}, dispute: {}, demand: {}, quote: {} };
  const count = (kind: ClaimKind, shape: string, right: boolean) => {
    const cell = (table[kind][shape] ??= [0, 0]);
    cell[0]++;
    if (right) cell[1]++;
  };
  for (const item of set) {
    const shapes: string[] = [];
    const tags = withConfidenceProbe(
      (_kind, shape) => FIRST_MARK + shapes.push(shape) - 1,
      () => tagLabelled(item, taxonomy),
    );
    for (const outcome of claimOutcomes(item.expected, tags, taxonomy)) {
      count(outcome.kind, shapes[outcome.confidence - FIRST_MARK]!, outcome.right);
      count(outcome.kind, 'all', outcome.right);
    }
  }
  return table;
}

const key = (shape: string) => (/^[A-Za-z_$][\w$]*$/.test(shape) ? shape : `'${shape}'`);

/** The table as the TypeScript module confidence.ts reads: kinds and shapes in a fixed order, so reruns diff cleanly. */
export function renderConfidenceTable(table: ConfidenceTable, sources: readonly string[]): string {
  const kinds = (Object.keys(table) as ClaimKind[]).map((kind) => {
    const { all, ...shapes } = table[kind];
    const rows = [['all', all ?? [0, 0]] as const, ...Object.entries(shapes).sort(([a], [b]) => a.localeCompare(b))];
    return `  ${kind}: {\n${rows.map(([shape, [found, right]]) => `    ${key(shape)}: [${found}, ${right}],`).join('\n')}\n  },`;
  });
  return renderGeneratedModule({
    header: [
      '// Written by `npm run measure:confidence -- --write`; do not edit by hand. [claims found, claims right] per shape',
      "// on the claims sets' development halves; `all` is the kind as a whole. Measured on:",
    ],
    sources,
    importLine: "import type { ClaimKind } from '../../src/lib/reviewed-claims.ts';",
    declaration: 'export const MEASURED: Record<ClaimKind, Record<string, readonly [number, number]>> = {',
    body: kinds,
  });
}
