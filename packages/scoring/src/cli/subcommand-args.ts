import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
import { UsageError } from './args.js';

/** parseArgs for a subcommand's string options (plus -h/--help), errors as {@link UsageError}. */
export function parseSubcommand(
  argv: string[],
  options: Options,
): { values: Record<string, string | undefined>; help: boolean; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { ...options, help: { type: 'boolean', short: 'h', default: false } },
    });
    const { help, ...rest } = values;
    return { values: rest as Record<string, string | undefined>, help: help === true, positionals };
  } catch (cause) {
    throw new UsageError((cause as Error).message);
  }
}

/** A number option: `undefined` when absent, a UsageError naming the option when not a number. */
export function numberOption(name: string, value: unknown, integer = false): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    throw new UsageError(
      `--${name} must be ${integer ? 'a whole number' : 'a number'} (got "${text}")`,
    );
  }
  return n;
}
