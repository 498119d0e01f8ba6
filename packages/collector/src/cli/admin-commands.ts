import { readFileSync, writeFileSync } from 'node:fs';
import { formatFieldError, parseInvitationList } from '@genbridge/schema';
import { responsesToCsv } from '@genbridge/scoring';
import { DomainError } from '../domain/errors.js';
import { issueInvitations, listInvitations, revokeInvitation } from '../domain/invitations.js';
import { changeProgramme } from '../domain/programme-changes.js';
import {
  createProgramme,
  describeProgramme,
  findProgramme,
  listProgrammes,
} from '../domain/programmes.js';
import { liveReport } from '../domain/reports.js';
import { createRelease, listReleases } from '../domain/releases.js';
import { eraseParticipant, purgeResponses } from '../domain/responses.js';
import type { Storage } from '../storage/storage.js';
import { integer, parse, positional, storageFlags, UsageError } from './args.js';
import { withStorage as openStorage } from './open-storage.js';

/** An administrative change failed for a reason the operator must fix (exit code 1). */
export class CommandError extends Error {}

/** Opens storage for a command; a domain error becomes a CommandError with its field details. */
async function withStorage<T>(
  values: Parameters<typeof openStorage>[0],
  run: (storage: Storage) => Promise<T>,
): Promise<T> {
  try {
    return await openStorage(values, run);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const details = error.errors?.map((e) => `\n  ${formatFieldError(e)}`).join('') ?? '';
    throw new CommandError(`${error.message}${details}`);
  }
}

const now = () => new Date();

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
    access: { type: 'string' },
    cohort: { type: 'string', multiple: true },
  });
  const action = positional(
    positionals,
    0,
    'programme action (list, show, create, open, close, set-k, set-instrument, set-public-report, set-access, set-cohorts)',
  );
  await withStorage(values, async (storage) => {
    const id = () => positional(positionals, 1, 'programme id');
    const change = async (patch: unknown) => {
      const { programme, release } = await changeProgramme(storage, id(), patch, now);
      print({ ...(await describeProgramme(storage, programme)), ...(release ? { release } : {}) });
    };
    switch (action) {
      case 'list':
        print(await listProgrammes(storage));
        return;
      case 'show':
        print(await describeProgramme(storage, await findProgramme(storage, id())));
        return;
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
          ...(values.access !== undefined ? { accessMode: values.access } : {}),
          ...(values.cohort !== undefined ? { cohorts: values.cohort.map(cohortFlag) } : {}),
        };
        print(await describeProgramme(storage, await createProgramme(storage, input)));
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
      case 'set-access':
        return change({ accessMode: positional(positionals, 2, 'invitation or open') });
      case 'set-cohorts':
        return change({ cohorts: positionals.slice(2).map(cohortFlag) });
      default:
        throw new UsageError(`unknown programme action "${action}"`);
    }
  });
}

/** `<id>=<label>` (or just `<id>`) → a cohort declaration. */
function cohortFlag(value: string) {
  const at = value.indexOf('=');
  return at < 0
    ? { id: value, label: value }
    : { id: value.slice(0, at), label: value.slice(at + 1) };
}

/** `genbridge-collector participant delete <programme> <code>`: erasure on request (GDPR art. 17). */
export async function participantCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, storageFlags);
  if (positionals[0] !== 'delete')
    throw new UsageError('usage: participant delete <programme> <participant-code>');
  const programmeId = positional(positionals, 1, 'programme id');
  const code = positional(positionals, 2, 'participant code');
  await withStorage(values, async (storage) =>
    print(await eraseParticipant(storage, programmeId, code)),
  );
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
  await withStorage(values, async (storage) =>
    print(await purgeResponses(storage, programmeId, before)),
  );
}

/**
 * `invitations create` flags as a batch: `--count <n>` alike invitations, or `--pairs <file>` with
 * one invitation per line (see `parseInvitationList`: a pair id per line, listed once for the
 * mentor and once for the mentee, or `pair_id`/`arm` columns); `--arm` for all of them. A bad line
 * is named with its line and column and nothing is created; the domain validates the rest.
 */
function invitationBatch(values: { count?: string; arm?: string; pairs?: string }): unknown {
  const arm = values.arm !== undefined ? { arm: values.arm } : {};
  if (values.pairs === undefined) return { count: integer(values.count ?? '1', '--count'), ...arm };
  if (values.count !== undefined) throw new UsageError('give --count or --pairs, not both');
  let text: string;
  try {
    text = readFileSync(values.pairs, 'utf8');
  } catch (error) {
    throw new CommandError(
      `${values.pairs}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const list = parseInvitationList(text, arm);
  if (!list.ok)
    throw new CommandError(
      list.errors
        .map((e) => `${values.pairs}: line ${e.line}, ${e.field}: ${e.message}`)
        .join('\n'),
    );
  return { ...arm, invitations: list.invitations };
}

/** `genbridge-collector invitations create|list|revoke <programme> …` */
export async function invitationsCommand(args: string[]): Promise<void> {
  const { values, positionals } = parse(args, {
    ...storageFlags,
    count: { type: 'string' },
    arm: { type: 'string' },
    pairs: { type: 'string' },
  });
  const action = positional(positionals, 0, 'invitations action (create, list, revoke)');
  const programmeId = positional(positionals, 1, 'programme id');
  await withStorage(values, async (storage) => {
    switch (action) {
      case 'create':
        print({
          programmeId,
          invitations: await issueInvitations(storage, programmeId, invitationBatch(values), now),
        });
        return;
      case 'list':
        print(await listInvitations(storage, programmeId));
        return;
      case 'revoke':
        print(
          await revokeInvitation(
            storage,
            programmeId,
            positional(positionals, 2, 'invitation id'),
            now,
          ),
        );
        return;
      default:
        throw new UsageError(`unknown invitations action "${action}"`);
    }
  });
}

/** `genbridge-collector release <programme>` and `releases <programme>`. */
export async function releaseCommand(kind: 'release' | 'releases', args: string[]): Promise<void> {
  const { values, positionals } = parse(args, storageFlags);
  const programmeId = positional(positionals, 0, 'programme id');
  await withStorage(values, async (storage) =>
    print(
      kind === 'release'
        ? await createRelease(storage, programmeId, 'manager_request', now)
        : await listReleases(storage, programmeId),
    ),
  );
}

/**
 * `genbridge-collector export|report <programme>`. `report` scores what is stored now: the
 * operator's own view (they hold the database anyway), never what report viewers get.
 */
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
    const programme = await findProgramme(storage, programmeId);
    if (kind === 'report')
      return `${JSON.stringify((await liveReport(storage, programme)).report, null, 2)}\n`;
    const responses = await storage.listResponses(programmeId);
    return format === 'csv'
      ? responsesToCsv(responses, programme.instrument)
      : `${JSON.stringify(responses, null, 2)}\n`;
  });
  if (values.output) writeFileSync(values.output, text);
  else process.stdout.write(text);
}
