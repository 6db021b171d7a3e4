// `npx tsx tests/scale/generate.ts <count> <dataDir>`: writes <count> clearly synthetic statements (bench/synthetic.ts)
// through the store into <dataDir>/statements and <dataDir>/curated, for measuring the site build at scale.
import { join } from 'node:path';
import { writeStatement } from '../../scrapers/store/statements.ts';
import { loadArticles, syntheticStatements } from '../../bench/synthetic.ts';

/** Writes the statements with a few writes in flight (each is an atomic write with fsync); returns their ids. */
export async function writeSyntheticData(count: number, dataDir: string): Promise<string[]> {
  const statements = syntheticStatements(count, await loadArticles());
  let next = 0;
  const worker = async () => {
    while (next < statements.length) {
      const s = statements[next++]!;
      await writeStatement(join(dataDir, s.origin === 'curated' ? 'curated' : 'statements'), s);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return statements.map((s) => s.id);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [countArg, dataDir] = process.argv.slice(2);
  const count = Number.parseInt(countArg ?? '', 10);
  if (!Number.isInteger(count) || count < 1 || !dataDir) {
    process.stderr.write('usage: tsx tests/scale/generate.ts <count> <dataDir>\n');
    process.exit(2);
  }
  const t = performance.now();
  await writeSyntheticData(count, dataDir);
  process.stdout.write(`wrote ${count} statements to ${dataDir} in ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
}
