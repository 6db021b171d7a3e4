// `tsx tests/commands/each-command.ts <option>...`: runs every command the README lists, as package.json calls it,
// with the given options, one after another in this one process (so the project is loaded once, not once per
// command), and prints one JSON line per command: its name, exit code, and what it printed.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '../..');

/** The `npm run` commands that are tsx entry points: name → the entry file and its arguments. */
function commands(): [string, string[]][] {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return Object.entries(scripts)
    .filter(([, line]) => /^tsx \S+\.ts( \w+)?$/.test(line))
    .map(([name, line]) => [name, line.split(' ').slice(1)]);
}

const options = process.argv.slice(2);
for (const [name, [entry, ...args]] of commands()) {
  const printed: string[] = [];
  const keep = (...parts: unknown[]) => void printed.push(parts.join(' '));
  Object.assign(console, { log: keep, error: keep });
  process.argv = [process.argv[0]!, join(ROOT, entry!), ...args, ...options];
  process.exitCode = undefined;
  // A query of its own makes each run a fresh module, so an entry shared by several commands runs each time.
  await import(`${pathToFileURL(join(ROOT, entry!)).href}?${name}`);
  process.stdout.write(`${JSON.stringify({ name, code: process.exitCode ?? 0, printed })}\n`);
}
process.exitCode = 0;
