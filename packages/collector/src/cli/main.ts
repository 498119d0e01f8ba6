import { resolveAdminToken } from '../auth/admin-token.js';
import {
  CommandError,
  exportCommand,
  invitationsCommand,
  participantCommand,
  releaseCommand,
  programmeCommand,
  responsesCommand,
} from './admin-commands.js';
import { parse, storageFlags, UsageError } from './args.js';
import { loadConfig } from './load-config.js';
import { serveCommand } from './serve-command.js';
import { USAGE } from './usage.js';

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'serve':
      return serveCommand(rest, 'serve');
    case 'demo':
      return serveCommand(rest, 'demo');
    case 'programme':
      return programmeCommand(rest);
    case 'participant':
      return participantCommand(rest);
    case 'responses':
      return responsesCommand(rest);
    case 'invitations':
      return invitationsCommand(rest);
    case 'release':
    case 'releases':
      return releaseCommand(command, rest);
    case 'export':
    case 'report':
      return exportCommand(command, rest);
    case 'token': {
      const { values } = parse(rest, storageFlags);
      const config = loadConfig(values.config, { dataDir: values['data-dir'] });
      const token = resolveAdminToken({ token: config.adminToken, dataDir: config.dataDir });
      console.log(
        token.file
          ? `admin token (${token.source}): ${token.file}`
          : `admin token (${token.source})`,
      );
      return;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return;
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`genbridge-collector: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  const message =
    error instanceof CommandError || !(error instanceof Error)
      ? String(error instanceof Error ? error.message : error)
      : error.message;
  process.stderr.write(`genbridge-collector: ${message}\n`);
  if (!(error instanceof CommandError) && error instanceof Error && process.env.GENBRIDGE_DEBUG)
    console.error(error.stack);
  process.exit(1);
});
