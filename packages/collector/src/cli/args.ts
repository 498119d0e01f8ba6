import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A usage error: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

type Parsed<T extends NonNullable<ParseArgsConfig['options']>> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
>;

/** parseArgs with our error type, so a mistyped flag prints usage instead of a stack trace. */
export function parse<T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
): Parsed<T> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Flags shared by every command that opens the database. */
export const storageFlags = {
  config: { type: 'string' },
  'data-dir': { type: 'string' },
  'database-url': { type: 'string' },
} as const;

/** Reads an integer flag or positional, with the flag's name in the error. */
export function integer(value: string | undefined, name: string): number {
  if (value === undefined || !/^-?\d+$/.test(value))
    throw new UsageError(`${name} must be a whole number (got ${value ?? 'nothing'})`);
  return Number(value);
}

/** The positional at `index`, or a usage error naming what is missing. */
export function positional(positionals: string[], index: number, name: string): string {
  const value = positionals[index];
  if (value === undefined) throw new UsageError(`missing ${name}`);
  return value;
}
