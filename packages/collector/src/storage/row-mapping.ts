import { Programme } from '../programme.js';
import type { InvitationRecord, ReleaseSummary } from './storage.js';

/** A programme row as both drivers return it, after dialect differences are smoothed over. */
export interface ProgrammeRow {
  id: string;
  name: string;
  status: string;
  anonymity_threshold: number;
  public_report: boolean | number;
  instrument: string | object;
  access_mode: string;
  cohorts: string | object;
  schedule?: string | object;
  created_at: string | Date;
  updated_at: string | Date;
  revision: number;
}

const iso = (value: string | Date): string => (value instanceof Date ? value.toISOString() : value);

/** Turns a stored row back into a {@link Programme}, re-checked so a hand-edited database cannot smuggle in bad data. */
export function programmeFromRow(row: ProgrammeRow): Programme {
  return Programme.parse({
    id: row.id,
    name: row.name,
    status: row.status,
    anonymityThreshold: Number(row.anonymity_threshold),
    publicReport: row.public_report === true || row.public_report === 1,
    instrument: typeof row.instrument === 'string' ? JSON.parse(row.instrument) : row.instrument,
    accessMode: row.access_mode,
    cohorts: typeof row.cohorts === 'string' ? JSON.parse(row.cohorts) : row.cohorts,
    schedule: scheduleFromColumn(row.schedule),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  });
}

function scheduleFromColumn(value: string | object | undefined): object | undefined {
  const schedule = typeof value === 'string' ? (JSON.parse(value) as object) : value;
  return schedule && Object.keys(schedule).length > 0 ? schedule : undefined;
}

/**
 * Every submission looks its programme up, and re-checking a whole instrument each time would cost
 * more than validating the response. The cache keeps checked programmes by id and revision (which
 * every update bumps); a lookup then reads only the revision.
 */
export class ProgrammeCache {
  private readonly entries = new Map<string, { revision: number; programme: Programme }>();

  get(id: string, revision: number): Programme | undefined {
    const hit = this.entries.get(id);
    return hit?.revision === revision ? hit.programme : undefined;
  }

  set(id: string, revision: number, programme: Programme): Programme {
    if (this.entries.size >= 1000) this.entries.clear();
    this.entries.set(id, { revision, programme });
    return programme;
  }
}

/** An invitation row as both drivers return it. */
export interface InvitationRow {
  id: string;
  programme_id: string;
  participant: string;
  created_at: string | Date;
  revoked_at: string | Date | null;
}

export function invitationFromRow(row: InvitationRow): InvitationRecord {
  return {
    id: row.id,
    programmeId: row.programme_id,
    participant: row.participant,
    createdAt: iso(row.created_at),
    revokedAt: row.revoked_at === null ? null : iso(row.revoked_at),
  };
}

/** A release row as both drivers return it. */
export interface ReleaseRow {
  number: number;
  created_at: string | Date;
  reason: string;
  etag: string;
  report?: string;
}

export function releaseFromRow(row: ReleaseRow): ReleaseSummary {
  return {
    number: Number(row.number),
    createdAt: iso(row.created_at),
    reason: row.reason,
    etag: row.etag,
  };
}
