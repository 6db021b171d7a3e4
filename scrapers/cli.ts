// Pantau's command line: `tsx scrapers/cli.ts <command> [args]`. Each command lives in scrapers/commands/<command>.ts
// and exports `run(args): Promise<number>` (the exit code), made by `command()` in scrapers/commands/options.ts.
const COMMANDS: readonly string[] = ['scrape', 'extract', 'tag', 'retag', 'validate'];

const [command = '', ...args] = process.argv.slice(2);
if (!COMMANDS.includes(command)) {
  console.error(`usage: pantau <${COMMANDS.join('|')}> [options]`);
  process.exit(2);
}
const { run } = (await import(`./commands/${command}.ts`)) as { run(args: string[]): Promise<number> };
process.exitCode = await run(args);

export {};
