import { readFileSync } from 'node:fs';
import { formatFieldError, formatIssues } from '@genbridge/schema';
import { CollectorConfig, configFromEnv, type CollectorConfigInput } from '../config.js';

/**
 * Builds the configuration: built-in defaults < the command's `defaults` < `--config` JSON file <
 * environment < flags. Invalid values are reported per key, e.g. `port: must be at most 65535`.
 */
export function loadConfig(
  configFile: string | undefined,
  flags: CollectorConfigInput,
  defaults: CollectorConfigInput = {},
): CollectorConfig {
  let fromFile: unknown = {};
  if (configFile) {
    try {
      fromFile = JSON.parse(readFileSync(configFile, 'utf8'));
    } catch (error) {
      throw new Error(`${configFile}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const defined = Object.fromEntries(Object.entries(flags).filter(([, v]) => v !== undefined));
  const merged = {
    ...defaults,
    ...(fromFile as object),
    ...configFromEnv(process.env),
    ...defined,
  };
  const parsed = CollectorConfig.safeParse(merged);
  if (!parsed.success) {
    const where = configFile ? ` (from ${configFile}, the environment and flags)` : '';
    throw new Error(
      `invalid configuration${where}:\n  ${formatIssues(parsed.error).map(formatFieldError).join('\n  ')}`,
    );
  }
  return parsed.data;
}
