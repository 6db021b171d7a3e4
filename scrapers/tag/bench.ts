// Tagger throughput: `benchTagger()` tags N statements of about 3 KB each (built from the development set) and
// reports statements per second. bench/run.ts calls it; `npx tsx scrapers/tag/bench.ts` runs it alone.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadTaxonomy, tagStatement, tagStatements, type StatementInput } from './index.ts';
import { command, numberArgument } from '../commands/options.ts';

export interface TaggerBenchResult {
  statements: number;
  averageBytes: number;
  seconds: number;
  perSecond: number;
  /** CPU time of this process, a steadier figure than wall time on a shared machine. */
  cpuSeconds: number;
  perCpuSecond: number;
}

/** Statements of about `bytes` each, made by joining development-set texts in a fixed rotation. */
export function benchStatements(count: number, bytes = 3000): StatementInput[] {
  const path = fileURLToPath(new URL('../../tests/tagger/devset.jsonl', import.meta.url));
  const items = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { title: string; text: string; lang: string });
  return Array.from({ length: count }, (_, i) => {
    const parts: string[] = [];
    let size = 0;
    for (let j = 0; size < bytes; j++) {
      const item = items[(i * 7 + j) % items.length]!;
      parts.push(item.text);
      size += item.text.length + 2;
    }
    const first = items[i % items.length]!;
    return { title: first.title, text: parts.join('\n\n'), lang: first.lang };
  });
}

export async function benchTagger(count = 10_000): Promise<TaggerBenchResult> {
  const taxonomy = await loadTaxonomy();
  const statements = benchStatements(count);
  const averageBytes = Math.round(statements.reduce((n, s) => n + s.text.length, 0) / count);
  tagStatement(statements[0]!, taxonomy); // warm up the RegExps
  const cpu = process.cpuUsage();
  const started = process.hrtime.bigint();
  tagStatements(statements, taxonomy);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return {
    statements: count,
    averageBytes,
    seconds,
    perSecond: Math.round(count / seconds),
    cpuSeconds,
    perCpuSecond: Math.round(count / cpuSeconds),
  };
}

const run = command({
  name: 'scrapers/tag/bench.ts',
  usage: 'usage: npx tsx scrapers/tag/bench.ts [N]\n  N  how many statements of about 3 KB to tag (default 10000)',
  options: {},
  positionals: { min: 0, max: 1, what: 'count' },
  run: async ({ positionals }) => {
    const count = numberArgument('N', positionals[0], 'a whole number above 0', (n) => Number.isInteger(n) && n > 0);
    const result = await benchTagger(count);
    console.log(
      `tagger: ${result.statements} statements of ~${result.averageBytes} bytes in ${result.seconds.toFixed(2)} s ` +
        `(${result.perSecond}/s wall, ${result.perCpuSecond}/s of CPU time)`,
    );
    return 0;
  },
});

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await run(process.argv.slice(2));
