import { readFileSync, writeFileSync } from 'node:fs';
import { formatFieldError } from '@genbridge/schema';
import { responsesToCsv } from '@genbridge/scoring';
import {
  describeProgramme,
  createProgramme,
  updateProgramme,
  type AdminResult,
} from '../http/programme-admin.js';
import { programmeReport } from '../http/programme-report.js';
import { integer, parse, positional, storageFlags, UsageError } from './args.js';
import { withStorage } from './open-storage.js';

/** An administrative change failed for a reason the operator must fix (exit code 1). */
export class CommandError extends Error {}

function unwrap<T>(result: AdminResult<T>): T {
  if (result.ok) return result.value;
  const details = result.errors?.map((e) => `\n  ${formatFieldError(e)}`).join('') ?? '';
  throw new CommandError(`${result.error}${details}`);
}

function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new CommandError(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function bool(value: string): boolean {
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new UsageError(`expected true or false (got ${value})`);
}

const print = (value: unknown) => console.log(JSON.stringify(value, null, 2));

/** `genbridge-collector programme <action> …` */
export async function programmeCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, {
    ...storageFlags,
    name: { type: 'string' },
    k: { type: 'string' },
    instrument: { type: 'string' },
    closed: { type: 'boolean' },
    'public-report': { type: 'boolean' },
  });
  const action = positional(
    positionals,
    0,
    'programme action (list, show, create, open, close, set-k, set-instrument, set-public-report)',
  );
  await withStorage(values, async (storage) => {
    const id = () => positional(positionals, 1, 'programme id');
    const change = async (patch: unknown) =>
      print(await describeProgramme(storage, unwrap(await updateProgramme(storage, id(), patch))));
    switch (action) {
      case 'list': {
        const programmes = await storage.listProgrammes();
        print(await Promise.all(programmes.map((p) => describeProgramme(storage, p))));
        return;
      }
      case 'show': {
        const p = await storage.getProgramme(id());
        if (!p) throw new CommandError(`there is no programme "${id()}"`);
        print(await describeProgramme(storage, p));
        return;
      }
      case 'create': {
        const input = {
          id: id(),
          ...(values.name !== undefined ? { name: values.name } : {}),
          ...(values.k !== undefined ? { anonymityThreshold: integer(values.k, '--k') } : {}),
          ...(values.instrument !== undefined
            ? { instrument: readJsonFile(values.instrument) }
            : {}),
          ...(values.closed ? { status: 'closed' } : {}),
          ...(values['public-report'] ? { publicReport: true } : {}),
        };
        print(await describeProgramme(storage, unwrap(await createProgramme(storage, input))));
        return;
      }
      case 'open':
        return change({ status: 'open' });
      case 'close':
        return change({ status: 'closed' });
      case 'set-k':
        return change({ anonymityThreshold: integer(positionals[2], 'k') });
      case 'set-instrument':
        return change({ instrument: readJsonFile(positional(positionals, 2, 'instrument file')) });
      case 'set-public-report':
        return change({ publicReport: bool(positional(positionals, 2, 'true or false')) });
      default:
        throw new UsageError(`unknown programme action "${action}"`);
    }
  });
}

/** `genbridge-collector participant delete <programme> <code>`: erasure on request (GDPR art. 17). */
export async function participantCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, storageFlags);
  if (positionals[0] !== 'delete')
    throw new UsageError('usage: participant delete <programme> <participant-code>');
  const programmeId = positional(positionals, 1, 'programme id');
  const code = positional(positionals, 2, 'participant code');
  await withStorage(values, async (storage) => {
    if (!(await storage.getProgramme(programmeId)))
      throw new CommandError(`there is no programme "${programmeId}"`);
    const deleted = await storage.deleteParticipant(programmeId, code);
    print({ programmeId, participant: code, deleted });
  });
}

/** `genbridge-collector responses purge <programme> --before <date>`: retention. */
export async function responsesCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, { ...storageFlags, before: { type: 'string' } });
  if (positionals[0] !== 'purge')
    throw new UsageError('usage: responses purge <programme> --before <ISO date>');
  const programmeId = positional(positionals, 1, 'programme id');
  const before = values.before ?? '';
  if (!/^\d{4}-\d{2}-\d{2}/.test(before) || Number.isNaN(Date.parse(before)))
    throw new UsageError('--before must be an ISO 8601 date');
  await withStorage(values, async (storage) => {
    if (!(await storage.getProgramme(programmeId)))
      throw new CommandError(`there is no programme "${programmeId}"`);
    print({
      programmeId,
      before: new Date(before).toISOString(),
      deleted: await storage.deleteResponsesBefore(programmeId, before),
    });
  });
}

/** `genbridge-collector export|report <programme>` */
export async function exportCommand(kind: 'export' | 'report', args: string[]): Promise<void> {
  const { values, positionals } = parse(args, {
    ...storageFlags,
    format: { type: 'string' },
    output: { type: 'string' },
  });
  const programmeId = positional(positionals, 0, 'programme id');
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'csv') throw new UsageError('--format must be json or csv');
  const text = await withStorage(values, async (storage) => {
    const programme = await storage.getProgramme(programmeId);
    if (!programme) throw new CommandError(`there is no programme "${programmeId}"`);
    if (kind === 'report')
      return `${JSON.stringify(await programmeReport(storage, programme), null, 2)}\n`;
    const responses = await storage.listResponses(programmeId);
    return format === 'csv'
      ? responsesToCsv(responses, programme.instrument)
      : `${JSON.stringify(responses, null, 2)}\n`;
  });
  if (values.output) writeFileSync(values.output, text);
  else process.stdout.write(text);
}
