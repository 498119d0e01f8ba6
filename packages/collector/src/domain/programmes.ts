import { defaultInstrument, formatIssues } from '@genbridge/schema';
import { ProgrammeCreate, ProgrammePatch, type Programme } from '../programme.js';
import type { Storage } from '../storage/storage.js';
import { DomainError, programmeNotFound } from './errors.js';
import { liveResponseCount } from './arrivals.js';

/** The one programme lookup: the programme, or a `programme_not_found` error. */
export async function findProgramme(storage: Storage, id: string): Promise<Programme> {
  const programme = await storage.getProgramme(id);
  if (!programme) throw programmeNotFound(id);
  return programme;
}

/** Creates a programme from untrusted input (admin API body or CLI flags). */
export async function createProgramme(storage: Storage, input: unknown): Promise<Programme> {
  const parsed = ProgrammeCreate.safeParse(input);
  if (!parsed.success)
    throw new DomainError(
      'invalid',
      'invalid_programme',
      'the programme is not valid',
      formatIssues(parsed.error),
    );
  const p = parsed.data;
  const created = await storage.createProgramme({
    id: p.id,
    name: p.name ?? p.id,
    status: p.status,
    anonymityThreshold: p.anonymityThreshold,
    publicReport: p.publicReport,
    instrument: p.instrument ?? defaultInstrument,
    accessMode: p.accessMode,
    cohorts: p.cohorts,
    ...(p.schedule ? { schedule: p.schedule } : {}),
  });
  if (!created)
    throw new DomainError('conflict', 'programme_exists', `programme "${p.id}" already exists`);
  return created;
}

/**
 * Changes a programme. The instrument can only change while the programme has no responses:
 * stored answers were given to the old questions and would be scored against the wrong ones.
 */
export async function updateProgramme(
  storage: Storage,
  id: string,
  input: unknown,
): Promise<Programme> {
  const parsed = ProgrammePatch.safeParse(input);
  if (!parsed.success)
    throw new DomainError(
      'invalid',
      'invalid_change',
      'the change is not valid',
      formatIssues(parsed.error),
    );
  await findProgramme(storage, id);
  if (parsed.data.instrument !== undefined && (await storage.countResponses(id)) > 0) {
    throw new DomainError(
      'conflict',
      'instrument_locked',
      `programme "${id}" already has responses; its instrument can no longer change (create a new programme instead)`,
    );
  }
  const updated = await storage.updateProgramme(id, parsed.data);
  if (!updated) throw programmeNotFound(id);
  return updated;
}

/**
 * Summary of a programme for listings: settings plus the counts, never the instrument text.
 * `responses` counts stored responses (resubmissions too), exactly; `liveResponses` is what a
 * manager may see instead (`liveResponseCount`, chosen by `summaryFor`).
 */
export async function describeProgramme(storage: Storage, p: Programme) {
  const releases = await storage.listReleases(p.id);
  return {
    id: p.id,
    name: p.name,
    status: p.status,
    anonymityThreshold: p.anonymityThreshold,
    publicReport: p.publicReport,
    accessMode: p.accessMode,
    cohorts: p.cohorts,
    schedule: p.schedule ?? {},
    instrument: { id: p.instrument.id, version: p.instrument.version },
    responses: await storage.countResponses(p.id),
    liveResponses: liveResponseCount(await storage.listResponseKeys(p.id), p.anonymityThreshold),
    releases: releases.length,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}

/** Every programme, summarised. */
export async function listProgrammes(storage: Storage) {
  const programmes = await storage.listProgrammes();
  return Promise.all(programmes.map((p) => describeProgramme(storage, p)));
}
