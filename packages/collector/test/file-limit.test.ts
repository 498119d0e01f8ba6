import { defaultInstrument } from '@genbridge/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCollectorApp } from '../src/http/app.js';
import {
  bodyLimitForFile,
  dataUrlBytes,
  effectiveBodyLimit,
  oversizedFiles,
} from '../src/http/file-limit.js';
import { createStorage } from '../src/storage/create-storage.js';
import type { Storage } from '../src/storage/storage.js';
import { OPEN_PROGRAMME, oneResponse } from './helpers/fixtures.js';
import { removeDir, tempDataDir } from './helpers/server-process.js';

// Issue 10: a file question keeps the file in the answer (a data URL) up to the size the page
// sets; the collector's body cap must follow that size, and a larger file is refused naming its
// field. Before maxFileBytes a 90 KB file was a 413 for the whole response.

const TOKEN = 'file-limit-test-token-0123456789';
const MAX_FILE = 100_000;
const file = (bytes: number, name = 'cv.pdf') => ({
  name,
  type: 'application/pdf',
  content: `data:application/pdf;base64,${Buffer.alloc(bytes, 7).toString('base64')}`,
});

let storage: Storage;
let dataDir: string;
let app: ReturnType<typeof createCollectorApp>;

const post = (path: string, body: unknown, auth = false) =>
  app.request(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(auth ? { authorization: `Bearer ${TOKEN}` } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

beforeAll(async () => {
  dataDir = tempDataDir();
  storage = await createStorage({ dataDir });
  app = createCollectorApp({
    storage,
    adminToken: TOKEN,
    rateLimit: false,
    programmeRateLimit: false,
    maxFileBytes: MAX_FILE,
  });
  const created = await post(
    '/api/programmes',
    {
      ...OPEN_PROGRAMME,
      id: 'files-2026',
      name: 'Files',
      instrument: {
        ...defaultInstrument,
        additionalQuestions: [
          {
            name: 'documents',
            waves: ['baseline', 'exit'],
            position: 'end',
            elements: [{ type: 'file', name: 'cv', title: 'Your CV' }],
          },
        ],
      },
    },
    true,
  );
  expect(created.status, await created.clone().text()).toBe(201);
}, 60_000);

afterAll(async () => {
  await storage?.close();
  if (dataDir) removeDir(dataDir);
});

describe('file size limit and body cap', () => {
  it('sizes the body cap from the largest file (base64 + room for the rest)', () => {
    expect(bodyLimitForFile(3)).toBe(4 + 64 * 1024);
    expect(effectiveBodyLimit(64 * 1024, undefined)).toBe(64 * 1024);
    expect(effectiveBodyLimit(64 * 1024, 1024 * 1024)).toBe(bodyLimitForFile(1024 * 1024));
    expect(effectiveBodyLimit(10 * 1024 * 1024, 1024)).toBe(10 * 1024 * 1024);
    expect(dataUrlBytes(file(1000).content)).toBe(1000);
    expect(dataUrlBytes(file(1001).content)).toBe(1001);
    expect(dataUrlBytes('data:text/plain,a%20b')).toBe(3);
  });

  it('names every file over the limit by its path', () => {
    expect(
      oversizedFiles({ extra: { cv: [file(10), file(MAX_FILE + 1, 'big.pdf')] } }, MAX_FILE),
    ).toEqual([
      {
        path: 'extra.cv.1',
        message: `file "big.pdf" has ${MAX_FILE + 1} bytes; files may have at most ${MAX_FILE}`,
      },
    ]);
  });

  it('accepts a response carrying a file within the limit, larger than the default 64 KB body', async () => {
    const body = { ...oneResponse('files-2026', 'FILE-0001'), extra: { cv: [file(90_000)] } };
    expect(JSON.stringify(body).length).toBeGreaterThan(64 * 1024);
    const res = await post('/api/programmes/files-2026/responses', body);
    expect(res.status, await res.clone().text()).toBe(201);
  });

  it('400 file_too_large naming the field for a file over the limit', async () => {
    const body = { ...oneResponse('files-2026', 'FILE-0002'), extra: { cv: [file(120_000)] } };
    const res = await post('/api/programmes/files-2026/responses', body);
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { code: string; errors: { path: string }[] };
    expect(problem.code).toBe('file_too_large');
    expect(problem.errors.map((e) => e.path)).toEqual(['extra.cv.0']);
  });

  it('413 naming the per-file limit when the body is past the cap', async () => {
    const body = { ...oneResponse('files-2026', 'FILE-0003'), extra: { cv: [file(400_000)] } };
    const res = await post('/api/programmes/files-2026/responses', body);
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toContain(`${MAX_FILE} bytes`);
  });
});
