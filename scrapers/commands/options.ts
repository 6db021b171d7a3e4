// How every command reads its command line: node:util's parseArgs (long options, `--name value` or `--name=value`),
// `--help` for the usage, and one line on stderr naming what could not be read (exit code 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;
type WithHelp<O extends OptionSpecs> = O & { help: { type: 'boolean' } };
/** What parseArgs reads for these options: `values` typed by them, `positionals` the other arguments. */
export type CommandLine<O extends OptionSpecs> = ReturnType<
  typeof parseArgs<{ options: WithHelp<O>; allowPositionals: true; strict: true }>
>;

/** A command line that cannot be read; the message is one line naming the option or argument and the cause. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CommandSpec<O extends OptionSpecs> {
  /** How the command names itself in its error lines, e.g. `pantau scrape`. */
  name: string;
  /** What `--help` prints. */
  usage: string;
  options: O;
  /** How many arguments that are not options it takes (none unless said). */
  positionals?: { min: number; max: number; what: string };
  run(line: CommandLine<O>): Promise<number>;
}

/** Node's parseArgs errors, as one line: the option they name and what is wrong with it. */
function describeParseError(error: NodeJS.ErrnoException): string {
  const named = /'([^']*)'/.exec(error.message)?.[1]?.replace(/ <value>$/, '') ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${named}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${JSON.stringify(named)}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(error.message) ? `${named} takes no value` : `${named} needs a value`;
    default:
      return error.message.split('\n')[0]!;
  }
}

/** Read `args` as the spec says; throws UsageError. */
function readCommandLine<O extends OptionSpecs>(args: string[], spec: Omit<CommandSpec<O>, 'run'>): CommandLine<O> {
  let line: CommandLine<O>;
  try {
    const options = { ...spec.options, help: { type: 'boolean' } } as WithHelp<O>;
    line = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code?.startsWith('ERR_PARSE_ARGS_')) throw new UsageError(describeParseError(e));
    throw error;
  }
  if ((line.values as { help?: boolean }).help) return line;
  const { min, max, what } = spec.positionals ?? { min: 0, max: 0, what: 'argument' };
  const count = line.positionals.length;
  if (count > max) throw new UsageError(max === 0 ? `unexpected argument ${JSON.stringify(line.positionals[0])}` : `at most ${max} ${what}, got ${count}`);
  if (count < min) throw new UsageError(`no ${what} given`);
  return line;
}

/**
 * A command: reads its command line, prints the usage for `--help`, and turns a UsageError (from the reading or from
 * checking a value) into one line on stderr with exit code 2, any other error into one line with exit code 1.
 * Returns the exit code.
 */
export function command<O extends OptionSpecs>(spec: CommandSpec<O>): (args: string[]) => Promise<number> {
  return async (args) => {
    try {
      const line = readCommandLine(args, spec);
      if ((line.values as { help?: boolean }).help) {
        console.log(spec.usage);
        return 0;
      }
      return await spec.run(line);
    } catch (error) {
      if (error instanceof UsageError) {
        console.error(`${spec.name}: ${error.message} (--help lists the options)`);
        return 2;
      }
      console.error(`${spec.name}: ${String((error as Error)?.message ?? error).split('\n')[0]}`);
      return 1;
    }
  };
}

/** A number given on the command line (`label` names it: `--deadline`, `N`), checked; undefined when not given. */
export function numberArgument(
  label: string,
  value: string | undefined,
  unit: string,
  accept: (n: number) => boolean,
): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !accept(number)) throw new UsageError(`${label} takes ${unit}, not ${JSON.stringify(value)}`);
  return number;
}
