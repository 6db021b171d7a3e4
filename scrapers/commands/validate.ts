// `npm run validate [-- --data <dir>]`: checks every record under the data folder; one line per problem, then a
// summary. Exit code 0 when clean, 1 on any problem, 2 on bad arguments.
import { relative, resolve } from 'node:path';
import { DATA_DIR } from '../../src/lib/paths.ts';
import { checkDataDir } from '../validate/check-data.ts';

const USAGE = 'usage: pantau validate [--data <dir>]';

function parseArgs(args: string[]): { dataDir: string } | { error: string } {
  let dataDir = DATA_DIR;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--data' && args[i + 1] !== undefined) dataDir = resolve(args[++i]!);
    else if (arg.startsWith('--data=')) dataDir = resolve(arg.slice('--data='.length));
    else return { error: `unknown or incomplete option ${JSON.stringify(arg)}` };
  }
  return { dataDir };
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if ('error' in parsed) {
    console.error(`pantau validate: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const { problems, notes, counts } = await checkDataDir(parsed.dataDir);
  for (const p of problems) console.log(`${relative(process.cwd(), p.file) || p.file}: ${p.cause}`);
  for (const note of notes) console.log(`note: ${note}`);
  const files = new Set(problems.map((p) => p.file)).size;
  console.log(
    `validate: ${counts.statements} statements, ${counts.curated} curated events, ${counts.corrections} corrections, ` +
      `${counts.outcomes} outcomes checked in ${relative(process.cwd(), parsed.dataDir) || '.'}; ` +
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`,
  );
  return problems.length === 0 ? 0 : 1;
}
