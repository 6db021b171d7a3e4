// The frame of a module a measuring command writes (confidence-table.ts, relevance-weights.ts): who wrote it and from
// what, one import, one exported constant, in a fixed order so that reruns diff cleanly.
export interface GeneratedModule {
  /** Comment lines before the list of sources, each with its leading "// ". */
  header: readonly string[];
  sources: readonly string[];
  importLine: string;
  /** The constant's opening line, ending in "{". */
  declaration: string;
  body: readonly string[];
}

export const renderGeneratedModule = ({ header, sources, importLine, declaration, body }: GeneratedModule): string =>
  [...header, ...sources.map((source) => `// - ${source}`), importLine, '', declaration, ...body, '};', ''].join('\n');
