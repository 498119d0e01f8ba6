import type { StoredRelease } from '../storage/storage.js';

/**
 * Released reports are immutable, so a copy kept in memory is never stale, on any number of
 * collectors: a GET reads the release's number and ETag (a small row) and the report text from
 * here. Open text makes a large programme's report megabytes; this keeps public GETs from reading
 * it from the database each time. Bounded by entry count, oldest dropped first.
 */
export class ReleaseCache {
  private readonly entries = new Map<string, StoredRelease>();
  constructor(private readonly maxEntries = 32) {}

  get(programmeId: string, number: number): StoredRelease | undefined {
    return this.entries.get(`${programmeId}\u0000${number}`);
  }

  set(programmeId: string, release: StoredRelease): StoredRelease {
    if (this.entries.size >= this.maxEntries)
      this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(`${programmeId}\u0000${release.number}`, release);
    return release;
  }
}
