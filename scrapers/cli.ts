// Pantau's command line: `tsx scrapers/cli.ts <command> [args]`. Each command lives in scrapers/commands/<command>.ts
// and exports `run(args): Promise<number>` (the exit code).
const COMMANDS: readonly string[] = ['scrape', 'extract', 'tag', 'retag', 'validate'];

const [name = '', ...args] = process.argv.slice(2);
if (!COMMANDS.includes(name)) {
  console.error(`usage: pantau <${COMMANDS.join('|')}> [options]`);
  process.exit(2);
}
const command = (await import(`./commands/${name}.ts`)) as { run(args: string[]): Promise<number> };
try {
  process.exitCode = await command.run(args);
} catch (error) {
  console.error(`pantau ${name}: ${(error as Error).message}`);
  process.exitCode = 1;
}
