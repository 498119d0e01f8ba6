import { defaultInstrument, formatIssues } from '@genbridge/schema';
import type { Programme } from '../programme.js';
import { ProgrammeCreate, ProgrammePatch } from '../programme.js';
import type { Storage } from '../storage/storage.js';
import type { FieldProblem } from './problem.js';

/** Outcome of an administrative change, shared by the admin API and the CLI. */
export type AdminResult<T> =
  | { ok: true; value: T }
  | { ok: false; status: 400 | 404 | 409; code: string; error: string; errors?: FieldProblem[] };

/** Creates a programme from untrusted input (admin API body or CLI flags). */
export async function createProgramme(
  storage: Storage,
  input: unknown,
): Promise<AdminResult<Programme>> {
  const parsed = ProgrammeCreate.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      status: 400,
      code: 'invalid_programme',
      error: 'the programme is not valid',
      errors: formatIssues(parsed.error),
    };
  }
  const p = parsed.data;
  const created = await storage.createProgramme({
    id: p.id,
    name: p.name ?? p.id,
    status: p.status,
    anonymityThreshold: p.anonymityThreshold,
    publicReport: p.publicReport,
    instrument: p.instrument ?? defaultInstrument,
  });
  if (!created)
    return {
      ok: false,
      status: 409,
      code: 'programme_exists',
      error: `programme "${p.id}" already exists`,
    };
  return { ok: true, value: created };
}

/**
 * Changes a programme. The instrument can only change while the programme has no responses:
 * stored answers were given to the old questions and would be scored against the wrong ones.
 */
export async function updateProgramme(
  storage: Storage,
  id: string,
  input: unknown,
): Promise<AdminResult<Programme>> {
  const parsed = ProgrammePatch.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      status: 400,
      code: 'invalid_change',
      error: 'the change is not valid',
      errors: formatIssues(parsed.error),
    };
  }
  const current = await storage.getProgramme(id);
  if (!current)
    return {
      ok: false,
      status: 404,
      code: 'programme_not_found',
      error: `there is no programme "${id}"`,
    };
  if (parsed.data.instrument !== undefined && (await storage.countResponses(id)) > 0) {
    return {
      ok: false,
      status: 409,
      code: 'instrument_locked',
      error: `programme "${id}" already has responses; its instrument can no longer change (create a new programme instead)`,
    };
  }
  const updated = await storage.updateProgramme(id, parsed.data);
  if (!updated)
    return {
      ok: false,
      status: 404,
      code: 'programme_not_found',
      error: `there is no programme "${id}"`,
    };
  return { ok: true, value: updated };
}

/** Summary of a programme for listings: settings plus the response count, never the instrument text. */
export async function describeProgramme(storage: Storage, p: Programme) {
  return {
    id: p.id,
    name: p.name,
    status: p.status,
    anonymityThreshold: p.anonymityThreshold,
    publicReport: p.publicReport,
    instrument: { id: p.instrument.id, version: p.instrument.version },
    responses: await storage.countResponses(p.id),
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}
