/**
 * Files in a survey answer travel inside the JSON as data URLs (`{ name, type, content:
 * "data:…;base64,…" }`), a third larger than the file. The page sets the largest file
 * (`<genbridge-survey max-file-size>`); the collector's body cap must follow it, or every such
 * survey is refused with 413.
 */

/** Room for everything in a response besides one file: answers, open texts, the file's own metadata. */
export const BODY_BYTES_BESIDE_FILE = 64 * 1024;

/** The body cap that admits one file of `maxFileBytes` (base64 grows it by 4/3) beside a full response. */
export function bodyLimitForFile(maxFileBytes: number): number {
  return Math.ceil(maxFileBytes / 3) * 4 + BODY_BYTES_BESIDE_FILE;
}

/** The body cap to enforce: the configured one, raised to fit the largest allowed file. */
export function effectiveBodyLimit(maxBodyBytes: number, maxFileBytes: number | undefined): number {
  return maxFileBytes === undefined
    ? maxBodyBytes
    : Math.max(maxBodyBytes, bodyLimitForFile(maxFileBytes));
}

/** Bytes of the file a data URL holds (base64 or percent-encoded). */
export function dataUrlBytes(url: string): number {
  const comma = url.indexOf(',');
  const payload = url.slice(comma + 1);
  if (/;base64$/i.test(url.slice(0, comma))) {
    const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
    return Math.floor((payload.length * 3) / 4) - padding;
  }
  return payload.replace(/%[0-9a-f]{2}/gi, '_').length;
}

export interface OversizedFile {
  /** Where the file sits in the body, e.g. `extra.cv.0` (the field the person answered). */
  path: string;
  message: string;
}

/** Every file object in `body` whose data URL holds more than `maxFileBytes`, by path. */
export function oversizedFiles(body: unknown, maxFileBytes: number): OversizedFile[] {
  const found: OversizedFile[] = [];
  const walk = (value: unknown, path: string[], depth: number): void => {
    if (depth > 12 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, [...path, String(i)], depth + 1));
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record.content === 'string' && record.content.startsWith('data:')) {
      const bytes = dataUrlBytes(record.content);
      if (bytes > maxFileBytes) {
        const name = typeof record.name === 'string' ? `"${record.name}" ` : '';
        found.push({
          path: path.join('.'),
          message: `file ${name}has ${bytes} bytes; files may have at most ${maxFileBytes}`,
        });
      }
      return;
    }
    for (const [k, v] of Object.entries(record)) walk(v, [...path, k], depth + 1);
  };
  walk(body, [], 0);
  return found;
}
