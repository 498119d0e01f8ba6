/**
 * localStorage that never throws: it is missing in some sandboxed iframes, throws in some private
 * modes and when full. Losing the local copy must not stop the survey itself.
 */
export const localStore = {
  get<T>(key: string): T | undefined {
    try {
      const raw = globalThis.localStorage?.getItem(key);
      return raw == null ? undefined : (JSON.parse(raw) as T);
    } catch {
      return undefined;
    }
  },
  set(key: string, value: unknown): boolean {
    try {
      globalThis.localStorage?.setItem(key, JSON.stringify(value));
      return true;
    } catch {
      return false;
    }
  },
  remove(key: string): void {
    try {
      globalThis.localStorage?.removeItem(key);
    } catch {
      // nothing to clean up if storage is unavailable
    }
  },
};
