// The CSV and XLSX exports opened in a real spreadsheet: LibreOffice headless converts each file
// to flat ODS (XML), once per separator a reader might choose, with formula evaluation switched
// on; no cell may come out as a formula, and the text must still be there.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_PROGRAMME, oneResponse } from './helpers/fixtures.js';
import {
  adminFetch,
  postJson,
  removeDir,
  startServer,
  type ServerProcess,
} from './helpers/server-process.js';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
if (!SOFFICE && process.env.CI === 'true') {
  throw new Error('LibreOffice is not installed: run scripts/setup.sh (libreoffice-calc-nogui)');
}

// Each text is a way to smuggle a formula into a spreadsheet (issue 13).
const HOSTILE = [
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(1,1)',
  '\uFF1D1+1 fullwidth',
  '\uFF0B1+1 fullwidth',
  '\uFF0D1+1 fullwidth',
  '\uFF20SUM(1) fullwidth',
  '\u200B=1+1 zero width',
  'text;=1+1',
  'text,=1+1',
  'text;@SUM(2)',
  'one\ttwo\t=3+3',
  'pipe|=4+4',
  'line\n=5+5',
  "'=6+6",
  'plain "quoted" text; fine',
];

let server: ServerProcess;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'gb-sheets-'));
  server = await startServer({ args: ['--rate-limit', 'off'] });
  const created = await adminFetch(`${server.url}/api/programmes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id: 'sheets', ...OPEN_PROGRAMME }),
  });
  expect(created.status).toBe(201);
  for (const [i, text] of HOSTILE.entries()) {
    const r = { ...oneResponse('sheets', `SHEET-${1000 + i}`), wave: 'exit' };
    const res = await postJson(`${server.url}/api/programmes/sheets/responses`, {
      ...r,
      feedback: { valuableLearning: text, improvement: `${text} (again)` },
    });
    expect(res.status, await res.clone().text()).toBe(201);
  }
});

afterAll(async () => {
  await server?.stop('SIGKILL');
  if (server) removeDir(server.dataDir);
  if (work) rmSync(work, { recursive: true, force: true });
});

/**
 * GET with one retry: LibreOffice runs for seconds between requests, long enough for the
 * server's keep-alive timeout to race fetch reusing the idle connection.
 */
async function download(path: string): Promise<Response> {
  try {
    return await adminFetch(`${server.url}${path}`);
  } catch {
    return adminFetch(`${server.url}${path}`);
  }
}

/** Converts a file with LibreOffice to flat ODS and returns the XML. */
function openInLibreOffice(file: string, infilter?: string): string {
  const out = join(work, `out-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  execFileSync(
    SOFFICE!,
    [
      // A private profile: LibreOffice allows one running instance per profile.
      `-env:UserInstallation=file://${join(work, 'profile')}`,
      '--headless',
      '--norestore',
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      'fods',
      '--outdir',
      out,
      file,
    ],
    { stdio: 'ignore', timeout: 180_000 },
  );
  const name = file
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '.fods');
  return readFileSync(join(out, name), 'utf8');
}

const formulas = (fods: string) => [...fods.matchAll(/table:formula="([^"]*)"/g)].map((m) => m[1]);
const decodeXml = (s: string) =>
  s
    .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n) => ' '.repeat(Number(n ?? 1)))
    .replace(/<text:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe.skipIf(!SOFFICE)('exports opened in LibreOffice', { timeout: 600_000 }, () => {
  // CSV filter options: separator, text delimiter ("), UTF-8 (76), from line 1, default column
  // formats, language, quoted field as text off, detect special numbers off, ..., token 13
  // "evaluate formulas" on: the worst case a reader can choose.
  const csvFilter = (separator: number) =>
    `CSV:${separator},34,76,1,,1033,false,false,false,false,false,-1,true`;

  it.each([
    ['comma', 44],
    ['semicolon', 59],
    ['tab', 9],
  ])('export.csv read with the %s separator has no formula cell', async (_, separator) => {
    const res = await download('/api/programmes/sheets/export.csv');
    expect(res.status).toBe(200);
    const file = join(work, `responses-${separator}.csv`);
    writeFileSync(file, await res.text());
    const fods = openInLibreOffice(file, csvFilter(separator));
    expect(formulas(fods)).toEqual([]);
    // The file was read: the participants and the text are there.
    expect(fods).toContain('SHEET-1000');
    expect(decodeXml(fods)).toContain('SUM(1,1)');
  });

  it('export.xlsx opens with every text as text, unchanged, and no formula cell', async () => {
    const res = await download('/api/programmes/sheets/export.xlsx');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const file = join(work, 'responses.xlsx');
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const fods = openInLibreOffice(file);
    expect(formulas(fods)).toEqual([]);
    // A cell's text is its paragraphs joined by line breaks.
    const cells = [...fods.matchAll(/<table:table-cell[^>]*>([\s\S]*?)<\/table:table-cell>/g)].map(
      (m) =>
        [...m[1]!.matchAll(/<text:p[^>]*>([\s\S]*?)<\/text:p>/g)]
          .map((p) => decodeXml(p[1]!))
          .join('\n'),
    );
    for (const text of HOSTILE) expect(cells).toContain(text);
    expect(cells).toContain('response_id');
  });
});
