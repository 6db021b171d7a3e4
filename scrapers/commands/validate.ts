// `npm run validate [-- --data <dir>]`: checks every record under the data folder; one line per problem, then a
// summary. Exit code 0 when clean, 1 on any problem, 2 on bad arguments.
import { relative, resolve } from 'node:path';
import { DATA_DIR } from '../../src/lib/paths.ts';
import { checkDataDir } from '../validate/check-data.ts';
import { command } from './options.ts';

const USAGE = 'usage: npm run validate [-- --data <dir>]\n  --data <dir>  the data folder to check (default data/)';

export const run = command({
  name: 'pantau validate',
  usage: USAGE,
  options: { data: { type: 'string', default: DATA_DIR } },
  run: async ({ values }) => validate(resolve(values.data)),
});

async function validate(dataDir: string): Promise<number> {
  const { problems, notes, counts } = await checkDataDir(dataDir);
  for (const p of problems) console.log(`${relative(process.cwd(), p.file) || p.file}: ${p.cause}`);
  for (const note of notes) console.log(`note: ${note}`);
  const files = new Set(problems.map((p) => p.file)).size;
  console.log(
    `validate: ${counts.statements} statements, ${counts.curated} curated events, ${counts.corrections} corrections, ` +
      `${counts.outcomes} outcomes checked in ${relative(process.cwd(), dataDir) || '.'}; ` +
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`,
  );
  return problems.length === 0 ? 0 : 1;
}
