import { Programme } from '../programme.js';

/** A programme row as both drivers return it, after dialect differences are smoothed over. */
export interface ProgrammeRow {
  id: string;
  name: string;
  status: string;
  anonymity_threshold: number;
  public_report: boolean | number;
  instrument: string | object;
  created_at: string | Date;
  updated_at: string | Date;
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
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  });
}
