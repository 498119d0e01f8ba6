import Database from 'better-sqlite3';
import { join } from 'node:path';

/** Reads the collector's database file directly: the ground truth, independent of the API. */
export function storedResponseIds(dataDir: string, programmeId: string): string[] {
  const db = new Database(join(dataDir, 'genbridge.sqlite'), { readonly: true });
  try {
    return (
      db.prepare('SELECT response_id FROM responses WHERE programme_id = ?').all(programmeId) as {
        response_id: string;
      }[]
    ).map((r) => r.response_id);
  } finally {
    db.close();
  }
}
